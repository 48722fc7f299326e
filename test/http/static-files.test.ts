import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/server';
import { rawRequest } from '../helpers/raw-http';

const SECRET = 'SECRET-OUTSIDE-THE-WEB-ROOT-41c7';
let server: TestServer;
let outside: string;
beforeAll(async () => {
  // web/ next to a file that must never be served: the layout of a checkout (web/dist beside package.json, data/).
  outside = mkdtempSync(join(tmpdir(), 'earful-static-'));
  const webRoot = join(outside, 'web');
  mkdirSync(join(webRoot, 'assets'), { recursive: true });
  writeFileSync(join(outside, 'secret.txt'), SECRET);
  writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>Earful</title>');
  writeFileSync(join(webRoot, 'not-found.html'), '<!doctype html><title>Not found</title>');
  writeFileSync(join(webRoot, 'assets', 'app.js'), 'export {};');
  writeFileSync(join(webRoot, 'widget.js'), 'export {};');
  server = await startTestServer({}, { webRoot });
});
afterAll(async () => {
  await server.stop();
  server.remove();
  rmSync(outside, { recursive: true, force: true });
});

describe('static files', () => {
  it.each([
    '/assets/../../secret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/assets/%2e%2e/%2e%2e/secret.txt',
    '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    '/assets/..%5c..%5csecret.txt',
    '/assets/....//....//secret.txt',
    '/assets/%252e%252e/%252e%252e/secret.txt',
    '/%2e%2e/secret.txt',
    '/..%2fsecret.txt',
    '/widget.js/..%2f..%2fsecret.txt',
    '/assets/%00../../secret.txt',
    '/assets/app.js%00.html',
  ])('never serves a file outside the web root: %s', async (path) => {
    const res = await rawRequest(server.url + path);
    expect(res.status).toBeLessThan(500);
    expect(res.text).not.toContain(SECRET);
  });

  it('still serves the files inside it', async () => {
    expect((await rawRequest(`${server.url}/assets/app.js`)).status).toBe(200);
    expect((await rawRequest(`${server.url}/widget.js`)).status).toBe(200);
  });

  it('serves the build it started with, when the folder is rebuilt under it', async () => {
    // The page shells naming these files are read at start; a new build deletes the old hashed files.
    const built = join(outside, 'web', 'assets', 'built-1a2b3c.js');
    writeFileSync(built, 'export const built = 1;');
    const late = await startTestServer({}, { webRoot: join(outside, 'web') });
    try {
      rmSync(built);
      const res = await rawRequest(`${late.url}/assets/built-1a2b3c.js`);
      expect(res.status).toBe(200);
      expect(res.text).toBe('export const built = 1;');
    } finally {
      await late.stop();
      late.remove();
    }
  });
});
