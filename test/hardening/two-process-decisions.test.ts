// Two server processes on one SQLite file, a moderator on each deciding the same held review at the same
// moment: one decision wins, the other hears 409, and no database error ever reaches a moderator as a 500.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnServer, type ServerProcess } from '../helpers/server-process';
import { addModeratorByCommand, call, decide, postHeldReview, signIn, summaryCount, type Session } from '../helpers/instances';
import { buildReview } from '../helpers/fixtures';
import { uniqueBody } from '../helpers/moderator';
import type { OrError } from '../helpers/server';
import type { SubmissionResponse } from '../../server/contract/manage';
import type { DecisionResponse } from '../../server/contract/moderation';

const ROUNDS = 8;
const dir = mkdtempSync(join(tmpdir(), 'earful-two-process-'));
const databasePath = join(dir, 'earful.db');
let a: ServerProcess;
let b: ServerProcess;
let session: Session;

beforeAll(async () => {
  // The first process creates the file; the second opens it migrated, as a second instance would.
  a = await spawnServer(databasePath);
  b = await spawnServer(databasePath);
  session = await signIn(a.url, addModeratorByCommand({ DATABASE_PATH: databasePath }));
}, 60_000);

afterAll(async () => {
  for (const server of [a, b]) {
    if (!server) continue;
    server.child.kill('SIGTERM');
    await server.exited;
  }
  rmSync(dir, { recursive: true, force: true });
});

describe('two processes on one SQLite file', () => {
  it('signs a moderator in on both with the one session', async () => {
    for (const server of [a, b]) {
      const res = await fetch(`${server.url}/api/auth/session`, { headers: { cookie: session.cookie } });
      expect(await res.json()).toMatchObject({ signedIn: true });
    }
  });

  it(`answers 200 to one and 409 to the other of two simultaneous approvals, ${ROUNDS} times over`, { timeout: 60_000 }, async () => {
    const held: number[] = [];
    for (let i = 0; i < ROUNDS; i++) held.push(await postHeldReview(i % 2 ? b.url : a.url));
    const before = await summaryCount(a.url);

    const outcomes: string[] = [];
    for (const id of held) {
      const answers = await Promise.all(
        [a, b].map((server) => decide<OrError<DecisionResponse>>(server.url, session, id, { action: 'approve' })),
      );
      // "200/409", or with the loser's error code when it is anything else ("200/500 internal").
      const loser = answers.find((r) => r.status !== 200);
      const statuses = answers.map((r) => r.status).sort();
      outcomes.push(statuses.join('/') + (loser && loser.status !== 409 ? ` ${loser.body?.error?.code}` : ''));
    }
    expect(outcomes).toEqual(held.map(() => '200/409'));
    // Each approved review entered the summary once, whichever process approved it.
    expect(await summaryCount(a.url)).toBe(before + ROUNDS);
    expect(await summaryCount(b.url)).toBe(before + ROUNDS);
  });

  it('answers no 5xx to a burst of submissions, votes and reports split over both', { timeout: 60_000 }, async () => {
    const published = await call<SubmissionResponse>(a.url, '/api/companies/netflix/reviews', {
      method: 'POST',
      json: buildReview({ body: uniqueBody() }),
    });
    expect(published.status).toBe(201);
    const id = published.body.review.id;
    const writes = Array.from({ length: 60 }, (_, i) => {
      const base = (i % 2 ? b : a).url;
      // Each a client of its own (spawnServer trusts no proxy, so every request is 127.0.0.1: one client).
      if (i % 3 === 0) return call(base, '/api/companies/netflix/reviews', { method: 'POST', json: buildReview({ body: uniqueBody() }) });
      if (i % 3 === 1) return call(base, `/api/reviews/${id}/helpful`, { method: 'POST', json: {} });
      return call(base, `/api/reviews/${id}/report`, { method: 'POST', json: { reason: 'spam' } });
    });
    const statuses = (await Promise.all(writes)).map((r) => r.status);
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
    // One client: one vote and one report counted, the rest refused as repeats.
    expect(statuses.filter((s) => s === 201)).toHaveLength(20 + 1 + 1);
  });
});
