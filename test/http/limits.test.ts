import { describe, expect, it } from 'vitest';
import { REVIEW_LIMITS } from '../../server/contract/review';
import { useTestServer } from '../helpers/server';
import { buildReview } from '../helpers/fixtures';
import { rawRequest } from '../helpers/raw-http';
import { signInAs } from '../helpers/moderator';
import type { ErrorBody } from '../../server/contract/errors';

const server = useTestServer({ writeRateLimit: 4 }, { webRoot: null });

const MEGABYTE = Buffer.alloc(1024 * 1024, 'a');
/** Each case writes as its own client, so the write limit under test elsewhere does not interfere. */
let clients = 0;
const nextClient = () => `127.0.1.${++clients}`;

describe('body size', () => {
  it.each([
    ['POST', '/api/companies/netflix/reviews'],
    ['POST', '/api/reviews/1/report'],
    ['PUT', '/api/companies/netflix'],
    ['POST', '/'],
    ['POST', '/companies/netflix'],
  ])('refuses a 1 MB body on %s %s with 413, declared or chunked', async (method, path) => {
    const localAddress = nextClient();
    const declared = await rawRequest(server.url + path, {
      method,
      headers: { 'content-type': 'application/json' },
      body: MEGABYTE,
      localAddress,
    });
    expect(declared.status).toBe(413);
    expect(JSON.parse(declared.text).error.code).toBe('payload_too_large');
    // Without Content-Length the limit counts bytes as they arrive.
    const chunked = await rawRequest(server.url + path, {
      method,
      headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
      body: MEGABYTE,
      localAddress,
    });
    expect(chunked.status).toBe(413);
  });
});

describe('field lengths and pagination caps', () => {
  it.each([
    ['title', 'x'.repeat(REVIEW_LIMITS.titleMax + 1)],
    ['body', 'x'.repeat(REVIEW_LIMITS.bodyMax + 1)],
    ['displayName', 'x'.repeat(REVIEW_LIMITS.displayNameMax + 1)],
    ['device', 'x'.repeat(REVIEW_LIMITS.deviceMax + 1)],
    ['issueType', 'x'.repeat(65)],
  ])('answers 400 naming %s when it is too long', async (field, value) => {
    const res = await rawRequest(`${server.url}/api/companies/netflix/reviews`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(buildReview({ [field]: value })),
      localAddress: nextClient(),
    });
    expect(res.status).toBe(400);
    expect(Object.keys(JSON.parse(res.text).error.fields)).toContain(field);
  });

  it('caps a page of reviews at 50 and refuses more', async () => {
    expect((await server.request('/api/companies/netflix/reviews?limit=50')).status).toBe(200);
    const res = await server.request<ErrorBody>('/api/companies/netflix/reviews?limit=51');
    expect(res.status).toBe(400);
    expect(res.body.error.fields).toHaveProperty('limit');
    expect((await server.request(`/api/companies/netflix/reviews?cursor=${'a'.repeat(501)}`)).status).toBe(400);
  });

  it('answers 431 to a query string larger than the header limit', async () => {
    const res = await rawRequest(`${server.url}/api/companies/netflix/reviews?cursor=${'a'.repeat(64 * 1024)}`);
    expect(res.status).toBe(431);
  });
});

describe('write rate limit', () => {
  it('limits public writes per client with 429 and Retry-After, and leaves reads alone', async () => {
    const from = { localAddress: '127.0.0.3' };
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const res = await rawRequest(`${server.url}/api/companies/netflix/reviews`, {
        ...from,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(buildReview({ body: `Review ${i}: the refund arrived after two weeks of asking.` })),
      });
      statuses.push(res.status);
      if (res.status === 429) expect(Number(res.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    }
    expect(statuses).toEqual([201, 201, 201, 201, 429, 429]);
    for (let i = 0; i < 10; i++) expect((await rawRequest(`${server.url}/api/companies/netflix/reviews`, from)).status).toBe(200);
    // Invalid writes count too: probing costs the same as writing.
    const probe = await rawRequest(`${server.url}/api/reviews/1/helpful`, { ...from, method: 'POST' });
    expect(probe.status).toBe(429);
  });

  it('leaves a signed-in moderator working the queue alone', async () => {
    const moderator = await signInAs(server);
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) {
      statuses.push(
        (await moderator.request('/api/moderation/reviews/999999/decision', { method: 'POST', json: { action: 'approve' } })).status,
      );
    }
    expect(statuses).not.toContain(429);
  });
});
