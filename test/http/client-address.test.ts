import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Config } from '../../server/env';
import { startTestServer, type TestServer } from '../helpers/server';
import { buildReview } from '../helpers/fixtures';
import { rawRequest } from '../helpers/raw-http';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.stop();
  server?.remove();
  server = undefined;
});

const LIMIT = 3;
let serial = 0;

/** Both per-client limits on submissions: the in-memory write limit and the hourly review limit. */
const LIMITS: [string, Partial<Config>][] = [
  ['WRITE_RATE_LIMIT', { writeRateLimit: LIMIT, reviewRateLimit: 0 }],
  ['REVIEW_RATE_LIMIT', { writeRateLimit: 0, reviewRateLimit: LIMIT }],
];
let limit: Partial<Config> = {};

async function start(overrides: Partial<Config>) {
  server = await startTestServer({ ...limit, ...overrides });
  return server;
}

/** One review submission as a given socket peer with the given headers; returns the status. */
async function submit(s: TestServer, headers: Record<string, string> = {}, localAddress = '127.0.0.1') {
  const body = JSON.stringify(buildReview({ body: `Review number ${++serial}: the agent refunded the double charge within a day.` }));
  const res = await rawRequest(`${s.url}/api/companies/netflix/reviews`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
    localAddress,
  });
  return res;
}

async function useUpLimit(s: TestServer, headers: Record<string, string> = {}, localAddress?: string) {
  for (let i = 0; i < LIMIT; i++) expect((await submit(s, headers, localAddress)).status).toBe(201);
}

describe.each(LIMITS)('%s by client address', (_name, config) => {
  beforeEach(() => {
    limit = config;
  });

  describe('without trusted proxies', () => {
    it('refuses with 429 and Retry-After once the limit is used, whatever forwarding headers the client invents', async () => {
      const s = await start({ trustedProxies: [] });
      await useUpLimit(s, { 'x-forwarded-for': '198.51.100.1' });
      const spoofs: Record<string, string>[] = [
        { 'x-forwarded-for': '198.51.100.2' },
        { 'x-forwarded-for': '203.0.113.9, 198.51.100.3' },
        { 'x-real-ip': '198.51.100.4' },
        { 'x-forwarded-for': '::1', 'x-real-ip': '10.0.0.1' },
        {},
      ];
      for (const headers of spoofs) {
        const res = await submit(s, headers);
        expect(res.status).toBe(429);
        expect(Number(res.headers['retry-after'])).toBeGreaterThanOrEqual(1);
        expect(JSON.parse(res.text).error.code).toBe('rate_limited');
      }
    });

    it('counts another socket address as another client', async () => {
      const s = await start({ trustedProxies: [] });
      await useUpLimit(s);
      expect((await submit(s)).status).toBe(429);
      expect((await submit(s, {}, '127.0.0.2')).status).toBe(201);
    });
  });

  describe('behind a trusted proxy', () => {
    it('separates clients by the address the proxy forwards', async () => {
      const s = await start({ trustedProxies: ['127.0.0.1'] });
      await useUpLimit(s, { 'x-forwarded-for': '203.0.113.1' });
      expect((await submit(s, { 'x-forwarded-for': '203.0.113.1' })).status).toBe(429);
      expect((await submit(s, { 'x-forwarded-for': '203.0.113.2' })).status).toBe(201);
      expect((await submit(s, { 'x-real-ip': '203.0.113.3' })).status).toBe(201);
    });

    it('believes only the hop the proxy added, not what the client wrote to the left of it', async () => {
      const s = await start({ trustedProxies: ['127.0.0.1'] });
      await useUpLimit(s, { 'x-forwarded-for': '203.0.113.1' });
      expect((await submit(s, { 'x-forwarded-for': '192.0.2.77, 203.0.113.1' })).status).toBe(429);
      expect((await submit(s, { 'x-forwarded-for': 'not-an-address, 203.0.113.1' })).status).toBe(429);
    });

    it('skips every trusted hop of a proxy chain given as a CIDR range', async () => {
      const s = await start({ trustedProxies: ['127.0.0.0/8', '10.0.0.0/8'] });
      await useUpLimit(s, { 'x-forwarded-for': '203.0.113.1, 10.1.2.3' });
      expect((await submit(s, { 'x-forwarded-for': '203.0.113.1' }, '127.0.0.5')).status).toBe(429);
      expect((await submit(s, { 'x-forwarded-for': '203.0.113.2, 10.9.9.9' })).status).toBe(201);
    });

    it('ignores the headers from a peer that is not in the list', async () => {
      const s = await start({ trustedProxies: ['127.0.0.1'] });
      await useUpLimit(s, { 'x-forwarded-for': '203.0.113.1' }, '127.0.0.2');
      expect((await submit(s, { 'x-forwarded-for': '203.0.113.2' }, '127.0.0.2')).status).toBe(429);
    });

    it('counts a whole IPv6 /64 as one client, since every household holds one', async () => {
      const s = await start({ trustedProxies: ['127.0.0.1'] });
      await useUpLimit(s, { 'x-forwarded-for': '2001:db8:0:1::1' });
      expect((await submit(s, { 'x-forwarded-for': '2001:db8:0:1:ffff:ffff:ffff:fff0' })).status).toBe(429);
      expect((await submit(s, { 'x-forwarded-for': '2001:0db8:0000:0001::7' })).status).toBe(429);
      expect((await submit(s, { 'x-forwarded-for': '2001:db8:0:2::1' })).status).toBe(201);
    });
  });
});
