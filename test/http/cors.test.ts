// CORS answers only the widget's routes: any origin may read a company and read or post its reviews.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReview } from '../helpers/fixtures';
import { startTestServer, type TestServer } from '../helpers/server';
import type { ErrorBody } from '../../server/contract/errors';

const ORIGIN = 'https://blog.example';
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ writeRateLimit: 0 });
});

afterAll(async () => {
  await server.stop();
  server.remove();
});

const preflight = (path: string, method = 'POST') =>
  server.request(path, {
    method: 'OPTIONS',
    headers: { origin: ORIGIN, 'access-control-request-method': method, 'access-control-request-headers': 'content-type' },
  });

describe('widget CORS', () => {
  it('allows a preflighted review post from any origin, without credentials', async () => {
    const res = await preflight('/api/companies/netflix/reviews');
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-methods')).toContain('POST');
    expect(res.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('content-type');
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('lets the widget read answers and errors of the review endpoints', async () => {
    const headers = { origin: ORIGIN };
    for (const path of ['/api/companies/netflix', '/api/companies/netflix/reviews', '/api/companies/netflix/hints']) {
      const res = await server.request(path, { headers });
      expect({ path, status: res.status, allow: res.headers.get('access-control-allow-origin') }).toEqual({
        path,
        status: 200,
        allow: '*',
      });
    }
    const posted = await server.request('/api/companies/netflix/reviews', { method: 'POST', json: buildReview(), headers });
    expect(posted.status).toBe(201);
    expect(posted.headers.get('access-control-allow-origin')).toBe('*');
    const refused = await server.request<ErrorBody>('/api/companies/netflix/reviews', {
      method: 'POST',
      json: buildReview({ body: 'short' }),
      headers,
    });
    expect(refused.status).toBe(400);
    expect(refused.headers.get('access-control-allow-origin')).toBe('*');
    expect(refused.body.error.fields!.body).toBeDefined();
  });

  it('answers no other route across origins', async () => {
    for (const path of [
      '/api/companies',
      '/api/companies/netflix/patterns',
      '/api/reviews/1/helpful',
      '/api/reviews/1/report',
      '/api/auth/login',
      '/api/moderation/queue',
    ]) {
      const pre = await preflight(path);
      const get = await server.request(path, { headers: { origin: ORIGIN } });
      expect({ path, pre: pre.headers.get('access-control-allow-origin'), get: get.headers.get('access-control-allow-origin') }).toEqual({
        path,
        pre: null,
        get: null,
      });
    }
  });
});
