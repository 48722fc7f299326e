import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/server';

let server: TestServer;
beforeAll(async () => {
  // A built front end in miniature: the page shell, one hashed asset and the widget script.
  server = await startTestServer(
    {},
    {
      webFiles: {
        'index.html': '<!doctype html><title>Earful</title><script type="module" src="/assets/app.js"></script>',
        'assets/app.js': 'export {};',
        'widget.js': 'export {};',
      },
    },
  );
});
afterAll(async () => {
  await server.stop();
  server.remove();
});

const directives = (csp: string | null) =>
  Object.fromEntries(
    (csp ?? '')
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name, values]),
  );

describe('security headers', () => {
  it.each([
    ['the home page', '/'],
    ['a company page', '/companies/netflix'],
    ['an unknown page', '/no/such/page'],
  ])('give %s a strict Content-Security-Policy, nosniff and no framing', async (_what, path) => {
    const res = await server.request(path);
    const csp = directives(res.headers.get('content-security-policy'));
    expect(csp['script-src']).toEqual(["'self'"]);
    expect(csp['default-src']).toEqual(["'self'"]);
    expect(csp['style-src']).toEqual(["'self'"]);
    expect(csp['object-src']).toEqual(["'none'"]);
    expect(csp['base-uri']).toEqual(["'none'"]);
    expect(csp['frame-ancestors']).toEqual(["'none'"]);
    // Nothing may re-open inline script or eval.
    expect(Object.values(csp).flat()).not.toContain("'unsafe-inline'");
    expect(Object.values(csp).flat()).not.toContain("'unsafe-eval'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('cross-origin-resource-policy')).toBe('same-origin');
    expect(res.headers.get('referrer-policy')).toBe('same-origin');
    expect(res.headers.get('x-powered-by')).toBeNull();
  });

  it.each([
    ['an API answer', '/api/companies', 'GET'],
    ['an API error', '/api/companies/no-such-company', 'GET'],
    ['an unknown API route', '/api/nothing-here', 'POST'],
  ])('give %s the headers JSON needs: load nothing, frame nowhere, never sniffed', async (_what, path, method) => {
    const res = await server.request(path, { method });
    expect(directives(res.headers.get('content-security-policy'))).toEqual({ 'default-src': ["'none'"], 'frame-ancestors': ["'none'"] });
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('cross-origin-resource-policy')).toBe('same-origin');
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  });

  it('lets other sites load the widget script with a plain script tag', async () => {
    const res = await server.request('/widget.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-type')).toMatch(/javascript/);
  });

  it('keeps the app bundle same-origin', async () => {
    const res = await server.request('/assets/app.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('cross-origin-resource-policy')).toBe('same-origin');
  });

  it('sends the headers on a refused oversized body too', async () => {
    const res = await server.request('/api/companies/netflix/reviews', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: 'x'.repeat(200_000),
    });
    expect(res.status).toBe(413);
    expect(res.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
