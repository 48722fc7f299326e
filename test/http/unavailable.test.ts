// While the database cannot be reached, clients are told to come back (503, Retry-After) in the house error
// shape, pages get a short page, and the log gets one short warning: shown on SQLite, whose outage is a lock.
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type Answer, type TestServer } from '../helpers/server';
import { buildReview } from '../helpers/fixtures';
import { onPostgres } from '../helpers/test-store';
import type { ErrorBody } from '../../server/contract/errors';

let server: TestServer;
beforeAll(async () => {
  const company = '<!doctype html><html><head><title>Company</title></head><body></body></html>';
  server = await startTestServer({}, { webFiles: { 'company.html': company } });
});
afterAll(async () => {
  await server.stop();
  server.remove();
});

describe.skipIf(onPostgres)('a database that cannot be reached', () => {
  it(
    'answers a submission 503 unavailable with Retry-After when another connection holds the write lock past the busy timeout',
    { timeout: 20_000 },
    async () => {
      const holder = new Database(server.databasePath);
      holder.exec('begin immediate');
      const started = Date.now();
      let refused: Answer<ErrorBody>;
      try {
        refused = await server.request<ErrorBody>('/api/companies/netflix/reviews', { method: 'POST', json: buildReview() });
      } finally {
        holder.exec('rollback');
        holder.close();
      }
      const waited = Date.now() - started;
      expect(refused.status).toBe(503);
      expect(refused.headers.get('retry-after')).toBe('5');
      expect(refused.body).toEqual({
        error: { code: 'unavailable', message: expect.stringMatching(/try again shortly/), requestId: refused.headers.get('x-request-id') },
      });
      // The busy timeout (5 s) is waited out first: a lock that clears sooner is never seen by the client.
      expect(waited).toBeGreaterThanOrEqual(4_900);
      expect(waited).toBeLessThan(10_000);
      const logged = server.logs.filter((e) => e.requestId === refused.body.error.requestId && e.level !== 'info');
      expect(logged).toEqual([
        { level: 'warn', requestId: refused.body.error.requestId, msg: 'database unavailable', error: 'SqliteError' },
      ]);

      const accepted = await server.request('/api/companies/netflix/reviews', { method: 'POST', json: buildReview() });
      expect(accepted.status).toBe(201);
    },
  );

  it('answers a page request with a short 503 page, and other errors stay a 500', async () => {
    const findCompanyBySlug = server.store.findCompanyBySlug;
    server.store.findCompanyBySlug = () => Promise.reject(new Database.SqliteError('database is locked', 'SQLITE_BUSY'));
    try {
      const page = await server.request('/companies/netflix', { headers: { accept: 'text/html,application/xhtml+xml' } });
      expect(page.status).toBe(503);
      expect(page.headers.get('content-type')).toMatch(/^text\/html/);
      expect(page.headers.get('retry-after')).toBe('5');
      expect(page.body).toMatch(/Back in a moment/);

      const api = await server.request<ErrorBody>('/api/companies/netflix/reviews');
      expect(api.status).toBe(503);
      expect(api.body.error.code).toBe('unavailable');

      server.store.findCompanyBySlug = () => Promise.reject(new Database.SqliteError('database or disk is full', 'SQLITE_FULL'));
      const full = await server.request<ErrorBody>('/api/companies/netflix/reviews');
      expect(full.status).toBe(500);
      expect(full.body.error.code).toBe('internal');
      expect(full.headers.get('retry-after')).toBeNull();
    } finally {
      server.store.findCompanyBySlug = findCompanyBySlug;
    }
  });
});
