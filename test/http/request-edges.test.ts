// Edges of the request a client controls: keys named like Object.prototype's, the request id, and Range.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/server';
import { rawRequest } from '../helpers/raw-http';
import { buildReview } from '../helpers/fixtures';
import type { ErrorBody } from '../../server/contract/errors';

const WIDGET = 'x'.repeat(1000);
let server: TestServer;
let proxied: TestServer;
let webRoot: string;
beforeAll(async () => {
  webRoot = mkdtempSync(join(tmpdir(), 'earful-edges-'));
  mkdirSync(join(webRoot, 'assets'));
  writeFileSync(join(webRoot, 'widget.js'), WIDGET);
  server = await startTestServer({}, { webRoot });
  proxied = await startTestServer({ trustedProxies: ['127.0.0.1'] });
});
afterAll(async () => {
  for (const s of [server, proxied]) {
    await s.stop();
    s.remove();
  }
  rmSync(webRoot, { recursive: true, force: true });
});

describe('a __proto__ key', () => {
  it('in a body is refused as an unknown field, named, in the documented error shape', async () => {
    const body = `{"__proto__": {"rating": 5}, ${JSON.stringify(buildReview()).slice(1)}`;
    const res = await server.request<ErrorBody>('/api/companies/netflix/reviews', {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json' },
    });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({
      code: 'validation_failed',
      message: 'Invalid __proto__',
      fields: { __proto__: 'Unknown field' },
    });
    expect(Object.keys(res.body.error.fields!)).toEqual(['__proto__']);
  });

  it('in a query is refused as an unknown field, named', async () => {
    const res = await server.request<ErrorBody>('/api/companies/netflix/reviews?__proto__=x&sort=newest');
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe('Invalid __proto__');
    expect(Object.keys(res.body.error.fields!)).toEqual(['__proto__']);
  });
});

describe('request ids', () => {
  it('are made by the server, whatever id a client sends', async () => {
    const res = await server.request('/api/companies/netflix', { headers: { 'x-request-id': 'forged-id-1234' } });
    const id = res.headers.get('x-request-id');
    expect(id).toMatch(/^[\w-]{16,}$/);
    expect(id).not.toBe('forged-id-1234');
    const error = await server.request<ErrorBody>('/api/nothing', { headers: { 'x-request-id': 'forged-id-1234' } });
    expect(error.body.error.requestId).not.toBe('forged-id-1234');
    expect(JSON.stringify(server.logs)).not.toContain('forged-id-1234');
  });

  it('are taken from a trusted proxy, when well formed', async () => {
    const res = await proxied.request('/api/companies/netflix', { headers: { 'x-request-id': 'edge-7f3a-0001' } });
    expect(res.headers.get('x-request-id')).toBe('edge-7f3a-0001');
    const junk = await proxied.request('/api/companies/netflix', { headers: { 'x-request-id': 'bad id <script>' } });
    expect(junk.headers.get('x-request-id')).not.toBe('bad id <script>');
  });
});

describe('Range', () => {
  const get = (range: string) => rawRequest(`${server.url}/widget.js`, { headers: { range, 'accept-encoding': 'identity' } });

  it('serves one satisfiable range as 206 with just those bytes', async () => {
    const res = await get('bytes=0-9');
    expect(res.status).toBe(206);
    expect(res.headers['content-range']).toBe(`bytes 0-9/${WIDGET.length}`);
    expect(res.text).toHaveLength(10);
  });

  it.each(['bytes=abc', 'bytes=', 'bytes=0-1,5-9', 'bytes=0-1, 3-4', 'items=0-9', 'bytes=--1', '0-9x'])(
    'answers "%s" (malformed, multi-range or another unit) with 200 and the whole file, as if no Range were sent',
    async (range) => {
      const res = await get(range);
      expect(res.status).toBe(200);
      expect(res.headers['content-range']).toBeUndefined();
      expect(res.text).toBe(WIDGET);
    },
  );

  it('answers an unsatisfiable range with 416 and the file size', async () => {
    const res = await get('bytes=5000-6000');
    expect(res.status).toBe(416);
    expect(res.headers['content-range']).toBe(`bytes */${WIDGET.length}`);
  });
});
