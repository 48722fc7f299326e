// Client hashes are keyed by a secret outside the database, and are forgotten once no rule needs them: a copy
// of the database (a backup) cannot be turned back into the addresses of the site's readers.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/sqlite/connection';
import { hashClient } from '../../server/http/client-identity';
import { buildReview } from '../helpers/fixtures';
import { readConfig } from '../../server/env';
import { uniqueBody } from '../helpers/moderator';
import type { SubmissionResponse } from '../../server/contract/manage';
import type { ReviewResponse } from '../../server/contract/review';
import { startTestServer, type TestServer } from '../helpers/server';
import { spawnServer, PROJECT_ROOT } from '../helpers/server-process';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const dirs: string[] = [];
const servers: TestServer[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.stop().catch(() => {});
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'earful-key-'));
  dirs.push(dir);
  return dir;
};
const start = async (...args: Parameters<typeof startTestServer>) => {
  const server = await startTestServer(...args);
  servers.push(server);
  return server;
};
const stop = async (server: TestServer) => {
  servers.splice(servers.indexOf(server), 1);
  await server.stop();
};
const rows = (path: string, query: string) => {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare(query).all() as Record<string, unknown>[];
  } finally {
    db.close();
  }
};
const publish = async (server: TestServer) =>
  (
    await server.request<SubmissionResponse>('/api/companies/netflix/reviews', {
      method: 'POST',
      json: buildReview({ body: uniqueBody() }),
    })
  ).body.review;
const vote = (server: TestServer, id: number) => server.request(`/api/reviews/${id}/helpful`, { method: 'POST', json: {} });

describe('the client-hash key', () => {
  it('is made at first start in a file beside the database, owner-only, and kept across restarts', async () => {
    const dir = tempDir();
    const first = await start({}, { dir });
    const file = join(dir, 'client-hash.key');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const key = readFileSync(file, 'utf8').trim();
    expect(key.length).toBeGreaterThanOrEqual(32);
    const review = await publish(first);
    expect((await vote(first, review.id)).status).toBe(201);
    // The stored hash is the keyed one, and nothing in the database holds the key or an older salt.
    expect(rows(first.databasePath, 'select client_hash from helpful_votes')).toEqual([{ client_hash: hashClient(key, '127.0.0.1') }]);
    expect(rows(first.databasePath, 'select key, value from settings').map((r) => r.key)).toEqual(['client-hash-key-id']);
    expect(JSON.stringify(rows(first.databasePath, 'select * from settings'))).not.toContain(key);
    await stop(first);

    const again = await start({}, { dir });
    expect(readFileSync(file, 'utf8').trim()).toBe(key);
    expect((await vote(again, review.id)).status).toBe(409);
  });

  it('comes from CLIENT_HASH_KEY when set, and then no file is written', async () => {
    const dir = tempDir();
    const key = 'k'.repeat(40);
    const server = await start({ clientHashKey: key }, { dir });
    expect(existsSync(join(dir, 'client-hash.key'))).toBe(false);
    const review = await publish(server);
    await vote(server, review.id);
    expect(rows(server.databasePath, 'select client_hash from helpful_votes')).toEqual([{ client_hash: hashClient(key, '127.0.0.1') }]);
  });

  it('refuses a key file other users can read', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'client-hash.key'), 'x'.repeat(43), { mode: 0o644 });
    await expect(startTestServer({}, { dir })).rejects.toThrow(/chmod 600/);
  });

  it('rotated, drops every hash made with the old key at the next start', async () => {
    const dir = tempDir();
    const first = await start({ clientHashKey: 'a'.repeat(40) }, { dir });
    const review = await publish(first);
    await vote(first, review.id);
    await stop(first);
    const rotated = await start({ clientHashKey: 'b'.repeat(40) }, { dir });
    expect(rows(rotated.databasePath, 'select count(*) as n from helpful_votes')).toEqual([{ n: 0 }]);
    expect(rows(rotated.databasePath, 'select count(*) as n from reviews where client_hash is not null')).toEqual([{ n: 0 }]);
    // The vote count stays; the once-per-client rule starts afresh.
    expect((await rotated.request<ReviewResponse>(`/api/reviews/${review.id}`)).body.review.helpfulCount).toBe(1);
    expect((await vote(rotated, review.id)).status).toBe(201);
  });
});

describe('moving the key out of the database', () => {
  it('removes the salt a database kept before, and every hash made with it', () => {
    const dir = tempDir();
    const path = join(dir, 'earful.db');
    // The database as the last release left it: every migration before this one, a salt and hashes made with it.
    const migrations = join(dir, 'migrations');
    cpSync(join(PROJECT_ROOT, 'db/sqlite/migrations'), migrations, { recursive: true });
    const journalPath = join(migrations, 'meta/_journal.json');
    const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: { tag: string }[] };
    const at = journal.entries.findIndex((e) => e.tag === '0014_client_hash_key');
    journal.entries = journal.entries.slice(0, at);
    writeFileSync(journalPath, JSON.stringify(journal));
    const old = new Database(path);
    migrate(drizzle(old), { migrationsFolder: migrations });
    old.prepare(`insert into settings (key, value) values ('secret:client-hash', 'the-old-salt')`).run();
    old.prepare(`insert into login_failures (key, at) values ('client:abc', 1)`).run();
    old.close();

    openDatabase(path).close();
    expect(rows(path, 'select * from settings')).toEqual([]);
    expect(rows(path, 'select * from login_failures')).toEqual([]);
  });
});

describe('forgetting client hashes', () => {
  it('clears each kind once its window has passed, on the running server', async () => {
    let clock = Date.now();
    const server = await start({ trustedProxies: ['127.0.0.1'], reviewRateLimit: 5 }, { now: () => clock, sweepEveryMs: 20 });
    const review = await publish(server);
    await server.request(`/api/reviews/${review.id}/helpful`, { method: 'POST', json: {}, headers: { 'x-forwarded-for': '10.50.0.1' } });
    await server.request(`/api/reviews/${review.id}/report`, {
      method: 'POST',
      json: { reason: 'spam' },
      headers: { 'x-forwarded-for': '10.50.0.2' },
    });
    const count = (query: string) => (rows(server.databasePath, query)[0] as { n: number }).n;
    const reviewHashes = `select count(*) as n from reviews where id = ${review.id} and client_hash is not null`;
    const votes = `select count(*) as n from helpful_votes where review_id = ${review.id}`;
    const reportHashes = `select count(*) as n from review_reports where review_id = ${review.id} and client_hash is not null`;
    const sweepSoon = () => new Promise((resolve) => setTimeout(resolve, 200));
    expect([count(reviewHashes), count(votes), count(reportHashes)]).toEqual([1, 1, 1]);

    clock += 23 * HOUR;
    await sweepSoon();
    expect(count(reviewHashes)).toBe(1);
    // The burst notice looks back 24 hours; then the review's hash goes.
    clock += 2 * HOUR;
    await sweepSoon();
    expect([count(reviewHashes), count(votes), count(reportHashes)]).toEqual([0, 1, 1]);
    // One vote and one report per client hold 30 days.
    clock += 30 * DAY;
    await sweepSoon();
    expect([count(votes), count(reportHashes)]).toEqual([0, 0]);
    expect(count(`select count(*) as n from review_reports where review_id = ${review.id}`)).toBe(1);
    expect((await server.request<ReviewResponse>(`/api/reviews/${review.id}`)).body.review.helpfulCount).toBe(1);
  });

  it('are cleared when the real server starts, for hashes that aged while it was stopped', async () => {
    const dir = tempDir();
    const twoDaysAgo = Date.now() - 2 * DAY;
    const before = await start({}, { dir, now: () => twoDaysAgo });
    await publish(before);
    await stop(before);
    expect(rows(before.databasePath, 'select count(*) as n from reviews where client_hash is not null')).toEqual([{ n: 1 }]);

    const real = await spawnServer(before.databasePath);
    try {
      expect(rows(before.databasePath, 'select count(*) as n from reviews where client_hash is not null')).toEqual([{ n: 0 }]);
    } finally {
      real.child.kill('SIGTERM');
      await real.exited;
    }
  });
});

describe('CLIENT_HASH_KEY on PostgreSQL', () => {
  it('is required with DATABASE_URL, since every instance must hash clients alike', () => {
    const url = 'postgres://earful@db.example.com:5432/earful';
    expect(() => readConfig({ DATABASE_URL: url })).toThrow(/CLIENT_HASH_KEY must be set when DATABASE_URL is/);
    const key = 'k'.repeat(40);
    expect(readConfig({ DATABASE_URL: url, CLIENT_HASH_KEY: key })).toMatchObject({ databaseUrl: url, clientHashKey: key });
    expect(readConfig({}).databaseUrl).toBeUndefined();
  });

  it('names DATABASE_URL when it is not a postgres:// URL', () => {
    expect(() => readConfig({ DATABASE_URL: 'mysql://db/earful', CLIENT_HASH_KEY: 'k'.repeat(40) })).toThrow(
      /DATABASE_URL must be a postgres:\/\/ URL/,
    );
  });
});
