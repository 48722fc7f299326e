// Two server processes on one SQLite file, a moderator on each deciding the same held review at the same
// moment: one decision wins, the other hears 409, and no database error ever reaches a moderator as a 500.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnServer, type ServerProcess } from '../helpers/server-process';
import { addModeratorByCommand, decide, postHeldReview, signIn, summaryCount, type Session } from '../helpers/instances';

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
      const answers = await Promise.all([a, b].map((server) => decide(server.url, session, id, { action: 'approve' })));
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
});
