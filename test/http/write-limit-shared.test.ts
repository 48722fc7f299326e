// WRITE_RATE_LIMIT is kept in the database: every process on it draws from the same bucket per client, and the
// sweep deletes a bucket once it has been idle long enough to be full again.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rawQuery } from '../helpers/raw-db';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/server';
import type { ErrorBody } from '../../server/contract/errors';

const servers: TestServer[] = [];
let dir = '';
afterEach(async () => {
  for (const s of servers.splice(0)) await s.stop();
  rmSync(dir, { recursive: true, force: true });
});
const startPair = async (now?: () => number) => {
  dir = mkdtempSync(join(tmpdir(), 'earful-write-limit-'));
  for (let i = 0; i < 2; i++) servers.push(await startTestServer({ writeRateLimit: 3 }, { dir, now, sweepEveryMs: 20 }));
  return servers as [TestServer, TestServer];
};
/** A write that is refused past the limit whatever it would otherwise answer: probing costs as writing does. */
const vote = (server: TestServer) => server.request<ErrorBody>('/api/reviews/999999/helpful', { method: 'POST', json: {} });
const buckets = async (server: TestServer) => (await rawQuery<{ n: number }>(server, 'select count(*) as n from write_buckets'))[0]!.n;

describe('the write limit across processes', () => {
  it('is shared by two servers on one database', async () => {
    const [first, second] = await startPair();
    for (let i = 0; i < 3; i++) expect((await vote(first)).status).not.toBe(429);
    const refused = await vote(second);
    expect(refused.status).toBe(429);
    expect(refused.body.error.code).toBe('rate_limited');
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(20);
  });

  it('refills over time, and the sweep deletes a bucket once it has been idle a minute', async () => {
    let clock = Date.now();
    const [first, second] = await startPair(() => clock);
    for (let i = 0; i < 3; i++) await vote(first);
    expect((await vote(second)).status).toBe(429);
    // One write a 20 seconds comes back.
    clock += 20_000;
    expect((await vote(second)).status).not.toBe(429);
    expect((await vote(first)).status).toBe(429);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await buckets(first)).toBe(1);
    clock += 61_000;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await buckets(first)).toBe(0);
  });
});
