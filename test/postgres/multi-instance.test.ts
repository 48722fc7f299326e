// Two server processes on one PostgreSQL database, as two instances behind a load balancer: what one writes the
// other shows within a second, a session and every per-client rule hold across both, and concurrent decisions
// on both have one winner.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/postgres-cluster';
import { spawnServer, type ServerProcess } from '../helpers/server-process';
import { buildReview } from '../helpers/fixtures';
import { uniqueBody } from '../helpers/moderator';
import { RECHECK_MS } from '../../server/domain/company-version-cache';
import type { SubmissionResponse } from '../../server/contract/manage';
import type { ReviewPage, ReviewResponse } from '../../server/contract/review';
import type { CompanyList } from '../../server/contract/patterns';
import { addModeratorByCommand, asModerator, call, decide, postHeldReview, signIn, summaryCount, type Session } from '../helpers/instances';

const WRITE_LIMIT = 6;
const REVIEW_LIMIT = 4;

describe.skipIf(!inject('postgresAdminUrl'))('two instances on one PostgreSQL database', () => {
  let dir: string;
  let database: TestDatabase;
  let env: Record<string, string>;
  let a: ServerProcess;
  let b: ServerProcess;
  let moderator: { email: string; password: string };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'earful-instances-'));
    database = await createTestDatabase(inject('postgresAdminUrl'));
    env = {
      DATABASE_URL: database.url,
      // Unused on PostgreSQL but for the key file's place; the key itself is given, the same to both, as it must be.
      DATABASE_PATH: join(dir, 'unused.db'),
      CLIENT_HASH_KEY: 'one key for every instance of this test site, 32+',
      // A trusted local proxy lets X-Forwarded-For stand for different clients.
      TRUSTED_PROXIES: '127.0.0.1',
      WRITE_RATE_LIMIT: String(WRITE_LIMIT),
      REVIEW_RATE_LIMIT: String(REVIEW_LIMIT),
    };
    // Started together on an empty database: both migrate at start, one after the other under an advisory lock.
    [a, b] = await Promise.all([spawnServer(join(dir, 'a.db'), env), spawnServer(join(dir, 'b.db'), env)]);
    moderator = addModeratorByCommand(env);
  }, 120_000);

  afterAll(async () => {
    for (const server of [a, b]) {
      if (!server) continue;
      server.child.kill('SIGTERM');
      await server.exited;
    }
    await database?.drop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  let clients = 0;
  /** A client address of its own, so each test meets the rate limits afresh. */
  const newClient = () => ({ 'x-forwarded-for': `10.80.${Math.floor(++clients / 250)}.${(clients % 250) + 1}` });
  const sessionOf = (base: string, session: Session) => call(base, '/api/auth/session', { headers: { cookie: session.cookie } });
  const publish = async (base: string) => {
    const res = await call<SubmissionResponse>(base, '/api/companies/netflix/reviews', {
      method: 'POST',
      json: buildReview({ body: uniqueBody() }),
      headers: newClient(),
    });
    expect(res.status).toBe(201);
    return res.body.review;
  };
  /**
   * Polls `read` every 20 ms (5 s at most) until `fresh` holds. staleFor: when, after `since`, the last request
   * answered stale was sent (one sent RECHECK_MS or more after the write saw it too late); seenAfter: Infinity if never.
   */
  async function seenWithinRecheck<T>(read: () => Promise<T>, fresh: (value: T) => boolean, since: number) {
    let lastStaleSent = since;
    for (;;) {
      const sent = performance.now();
      if (fresh(await read())) return { staleFor: lastStaleSent - since, seenAfter: performance.now() - since };
      lastStaleSent = sent;
      if (sent - since > 5_000) return { staleFor: lastStaleSent - since, seenAfter: Infinity };
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  it('started both on the one migrated database, and on no SQLite file', async () => {
    for (const server of [a, b]) expect((await call(server.url, '/api/companies/netflix')).status).toBe(200);
    expect(readdirSync(dir).filter((f) => f.endsWith('.db'))).toEqual([]);
  });

  it('counts a review posted to one instance on the other within a second, in its summary, its list and the ranking', async () => {
    // B has the company's answers cached before the review arrives: the cache must notice the other's write.
    const before = await summaryCount(b.url);
    expect((await call(b.url, '/api/companies/netflix/reviews?sort=newest')).status).toBe(200);
    const rankedCount = async () =>
      (await call<CompanyList>(b.url, '/api/companies')).body.companies.find((c) => c.slug === 'netflix')!.summary.count;
    expect(await rankedCount()).toBe(before);
    const review = await publish(a.url);
    const posted = performance.now();

    const summary = await seenWithinRecheck(
      () => summaryCount(b.url),
      (n) => n === before + 1,
      posted,
    );
    expect(summary.seenAfter).toBeLessThan(Infinity);
    expect(summary.staleFor).toBeLessThan(RECHECK_MS);
    const list = await seenWithinRecheck(
      async () => (await call<ReviewPage>(b.url, '/api/companies/netflix/reviews?sort=newest')).body.reviews,
      (reviews) => reviews.some((r) => r.id === review.id),
      posted,
    );
    expect(list.seenAfter).toBeLessThan(Infinity);
    expect(list.staleFor).toBeLessThan(RECHECK_MS);
    // The ranking (the home page keeps its own copy by the same rule).
    const ranked = await seenWithinRecheck(rankedCount, (n) => n === before + 1, posted);
    expect(ranked.seenAfter).toBeLessThan(Infinity);
    expect(ranked.staleFor).toBeLessThan(RECHECK_MS);
    // And the review itself at once, uncached.
    expect((await call(b.url, `/api/reviews/${review.id}`)).status).toBe(200);
  });

  it('signs a moderator in on both with one sign-in, and out of both with one sign-out', async () => {
    const session = await signIn(a.url, moderator);
    expect((await sessionOf(b.url, session)).body).toMatchObject({ signedIn: true, moderator: { email: moderator.email } });
    expect((await asModerator(b.url, session, '/api/moderation/queue')).status).toBe(200);

    expect((await asModerator(b.url, session, '/api/auth/logout', { method: 'POST' })).status).toBe(204);
    expect((await sessionOf(a.url, session)).body).toEqual({ signedIn: false });
    expect((await asModerator(a.url, session, '/api/moderation/queue')).status).toBe(401);
  });

  it(`holds WRITE_RATE_LIMIT=${WRITE_LIMIT} for one client writing to both in turn`, async () => {
    const client = newClient();
    // A vote for no review: refused past the limit like any write, and otherwise a 404 that changes nothing.
    const vote = (server: ServerProcess) =>
      call(server.url, '/api/reviews/999999999/helpful', { method: 'POST', json: {}, headers: client });
    const answers = [];
    for (let i = 0; i <= WRITE_LIMIT; i++) answers.push((await vote(i % 2 ? b : a)).status);
    expect(answers).toEqual([...Array(WRITE_LIMIT).fill(404), 429]);
    expect((await vote(a)).status).toBe(429);
  });

  it(`lets exactly WRITE_RATE_LIMIT=${WRITE_LIMIT} of one client's simultaneous writes to both through`, async () => {
    const client = newClient();
    const answers = await Promise.all(
      Array.from({ length: WRITE_LIMIT * 3 }, (_, i) =>
        call((i % 2 ? b : a).url, '/api/reviews/999999999/helpful', { method: 'POST', json: {}, headers: client }),
      ),
    );
    const statuses = answers.map((r) => r.status);
    expect(statuses.filter((s) => s === 404)).toHaveLength(WRITE_LIMIT);
    expect(statuses.filter((s) => s === 429)).toHaveLength(WRITE_LIMIT * 2);
  });

  it(`holds REVIEW_RATE_LIMIT=${REVIEW_LIMIT} for one client submitting to both in turn, and at the same moment`, async () => {
    const client = newClient();
    const submit = (server: ServerProcess) =>
      call(server.url, '/api/companies/netflix/reviews', { method: 'POST', json: buildReview({ body: uniqueBody() }), headers: client });
    const answers = [];
    for (let i = 0; i <= REVIEW_LIMIT; i++) answers.push((await submit(i % 2 ? b : a)).status);
    expect(answers).toEqual([...Array(REVIEW_LIMIT).fill(201), 429]);

    const other = newClient();
    const burst = await Promise.all(
      Array.from({ length: REVIEW_LIMIT + 2 }, (_, i) =>
        call((i % 2 ? b : a).url, '/api/companies/netflix/reviews', {
          method: 'POST',
          json: buildReview({ body: uniqueBody() }),
          headers: other,
        }),
      ),
    );
    const statuses = burst.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(REVIEW_LIMIT);
    expect(statuses.filter((s) => s === 429)).toHaveLength(2);
  });

  it('answers 200 to one and 409 to the other of simultaneous approvals on both, round after round', { timeout: 60_000 }, async () => {
    const session = await signIn(a.url, moderator);
    const held: number[] = [];
    for (let i = 0; i < 8; i++) held.push(await postHeldReview(i % 2 ? b.url : a.url, 'hulu', newClient()));
    const before = await summaryCount(a.url, 'hulu');

    const outcomes: string[] = [];
    for (const id of held) {
      const answers = await Promise.all([a, b].map((server) => decide(server.url, session, id, { action: 'approve' })));
      const loser = answers.find((r) => r.status !== 200);
      const statuses = answers.map((r) => r.status).sort();
      outcomes.push(statuses.join('/') + (loser && loser.status !== 409 ? ` ${JSON.stringify(loser.body)}` : ''));
    }
    expect(outcomes).toEqual(held.map(() => '200/409'));
    // Counted once each, as both instances tell (B within its recheck).
    expect(await summaryCount(a.url, 'hulu')).toBe(before + held.length);
    const onB = await seenWithinRecheck(
      () => summaryCount(b.url, 'hulu'),
      (n) => n === before + held.length,
      performance.now(),
    );
    expect(onB.seenAfter).toBeLessThan(Infinity);
  });

  it('counts one helpful vote and one report per client, whichever instances it sends them to', async () => {
    const review = await publish(a.url);
    const helpful = (server: ServerProcess, client: Record<string, string>) =>
      call(server.url, `/api/reviews/${review.id}/helpful`, { method: 'POST', json: {}, headers: client });
    const report = (server: ServerProcess, client: Record<string, string>) =>
      call(server.url, `/api/reviews/${review.id}/report`, { method: 'POST', json: { reason: 'spam' }, headers: client });

    const voter = newClient();
    expect((await helpful(a, voter)).status).toBe(201);
    expect((await helpful(b, voter)).status).toBe(409);
    const together = newClient();
    expect((await Promise.all([helpful(a, together), helpful(b, together)])).map((r) => r.status).sort()).toEqual([201, 409]);
    expect((await call<ReviewResponse>(b.url, `/api/reviews/${review.id}`)).body.review.helpfulCount).toBe(2);

    const reporter = newClient();
    expect((await report(b, reporter)).status).toBe(201);
    expect((await report(a, reporter)).status).toBe(409);
    const both = newClient();
    expect((await Promise.all([report(a, both), report(b, both)])).map((r) => r.status).sort()).toEqual([201, 409]);
    // Two readers reported it, one fewer than REPORT_THRESHOLD: still published.
    expect((await call(a.url, `/api/reviews/${review.id}`)).status).toBe(200);
  });
});
