// npm run db:copy, as an operator moving a site: a SQLite site with real content (built through the app) copied
// into an empty PostgreSQL database, every table and figure the same, a second copy refused, ids moving on.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { sql } from 'drizzle-orm';
import { sqliteTable, integer } from 'drizzle-orm/sqlite-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openDatabase } from '../../db/sqlite/connection';
import * as sqliteSchema from '../../db/sqlite/schema';
import { isSearchIndexTable } from '../../db/search-index';
import { openPostgres, type PostgresConnection } from '../../db/postgres/connection';
import { auditLog, loginFailures, reviews } from '../../db/postgres/schema';
import { pairTables } from '../../db/postgres/copy/table-pairs';
import { copyStoreToPostgres } from '../../server/store-factory';
import { createTestDatabase, type TestDatabase } from '../helpers/postgres-cluster';
import { startTestServer, type TestServer } from '../helpers/server';
import { buildReview } from '../helpers/fixtures';
import { createModerator, insertHeldReview, signInAs, uniqueBody } from '../helpers/moderator';
import { PROJECT_ROOT } from '../helpers/server-process';
import type { SubmissionResponse } from '../../server/contract/manage';

const pgJournal = JSON.parse(readFileSync(join(PROJECT_ROOT, 'db/postgres/migrations/meta/_journal.json'), 'utf8')) as {
  entries: unknown[];
};

/** The npm script as an operator runs it, on the SQLite file at DATABASE_PATH. */
const dbCopy = (databasePath: string, args: string[]) =>
  new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_PATH: databasePath };
    delete env.DATABASE_URL;
    execFile('npm', ['run', '--silent', 'db:copy', '--', ...args], { cwd: PROJECT_ROOT, env }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
    );
  });

/** The copied tables: the search index is not one (the copy writes PostgreSQL's own, checked below). */
const sqliteTables = (db: Database.Database) =>
  (
    db
      .prepare(
        `select name from sqlite_master where type = 'table' and name not like 'sqlite\\_%' escape '\\' and name <> '__drizzle_migrations'`,
      )
      .pluck()
      .all() as string[]
  ).filter((name) => !isSearchIndexTable(name));

async function pgCounts(conn: PostgresConnection, tables: string[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const t of tables) counts[t] = (await conn.pool.query(`select count(*)::int as n from "${t}"`)).rows[0].n;
  return counts;
}

/** Built through the real app on SQLite (whatever store the project tests), then stopped, as before a move. */
async function buildSqliteSite(dir: string): Promise<TestServer> {
  const server = await startTestServer(
    { databaseUrl: undefined, trustedProxies: ['127.0.0.1'], reviewRateLimit: 100, writeRateLimit: 100 },
    { dir },
  );
  try {
    const as = (reader: string) => ({ 'x-forwarded-for': reader });
    const publish = async (slug: string, rating: number) => {
      const res = await server.request<SubmissionResponse>(`/api/companies/${slug}/reviews`, {
        method: 'POST',
        json: buildReview({ body: uniqueBody(), rating }),
        headers: as('10.9.0.1'),
      });
      expect(res.status).toBe(201);
      return res.body.review;
    };
    const published = [];
    for (const [i, slug] of ['netflix', 'netflix', 'hulu', 'max', 'max', 'peacock'].entries())
      published.push(await publish(slug, (i % 5) + 1));
    const moderator = await signInAs(server);
    const held = await Promise.all([
      insertHeldReview(server, { company: 'netflix', reasons: ['link in text'] }),
      insertHeldReview(server, { company: 'hulu', reasons: ['link in text', 'shouting'] }),
      insertHeldReview(server, { company: 'hulu', reasons: ['shouting'] }),
    ]);
    const rejected = await moderator.request(`/api/moderation/reviews/${held[0]!.id}/decision`, {
      method: 'POST',
      json: { action: 'reject', reason: 'spam' },
    });
    expect(rejected.status).toBe(200);
    for (const reader of ['10.9.1.1', '10.9.1.2']) {
      const report = await server.request(`/api/reviews/${published[0]!.id}/report`, {
        method: 'POST',
        json: { reason: 'fake' },
        headers: as(reader),
      });
      expect(report.status).toBe(201);
      const vote = await server.request(`/api/reviews/${published[1]!.id}/helpful`, { method: 'POST', json: {}, headers: as(reader) });
      expect(vote.status).toBeLessThan(300);
    }
    const other = await createModerator(server);
    const failed = await server.request('/api/auth/login', {
      method: 'POST',
      json: { email: other.email, password: 'not the password' },
      headers: { origin: server.url, ...as('10.9.2.1') },
    });
    expect(failed.status).toBe(401);
  } finally {
    await server.stop();
  }
  return server;
}

describe.skipIf(!inject('postgresAdminUrl'))('npm run db:copy', () => {
  let dir: string;
  let target: TestDatabase;
  let site: TestServer | undefined;
  let databasePath: string;
  // A password the server (trust) ignores, so the test can see it never printed.
  const withPassword = () => {
    const url = new URL(target.url);
    url.password = 'never-printed-pw';
    return url.toString();
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'earful-copy-'));
    target = await createTestDatabase(inject('postgresAdminUrl'));
    site = await buildSqliteSite(dir);
    databasePath = site.databasePath;
  }, 120_000);
  afterAll(async () => {
    await target?.drop();
    // The folder goes with the site (and the PostgreSQL database the test server made, unused, with it).
    if (site) site.remove();
    else if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('copies every table into the empty database, figures equal, and refuses a second copy', async () => {
    const copied = await dbCopy(databasePath, ['--to', withPassword()]);
    expect(copied.code, copied.stderr).toBe(0);
    expect(copied.stderr).toBe('');
    expect(copied.stdout).toMatch(/^ {2}reviews +9 rows$/m);
    expect(copied.stdout).toMatch(/figures equal/);
    expect(copied.stdout + copied.stderr).not.toContain('never-printed-pw');

    const sqlite = new Database(databasePath, { readonly: true });
    const pg = await openPostgres(target.url, 1);
    try {
      const tables = sqliteTables(sqlite);
      expect(tables.length).toBeGreaterThanOrEqual(23);
      const counts = Object.fromEntries(tables.map((t) => [t, sqlite.prepare(`select count(*) from "${t}"`).pluck().get() as number]));
      for (const t of ['reviews', 'review_reports', 'helpful_votes', 'moderators', 'moderator_sessions', 'guide_sections', 'audit_log']) {
        expect(counts[t], t).toBeGreaterThan(0);
      }
      for (const t of ['login_failures', 'submission_attempts', 'write_buckets', 'queue_counts', 'queue_reason_counts'])
        expect(counts[t], t).toBeGreaterThan(0);
      expect(await pgCounts(pg, tables)).toEqual(counts);
      // Each side keeps its own record of migrations: SQLite's is not copied over PostgreSQL's.
      expect((await pg.pool.query(`select to_regclass('public.__drizzle_migrations') as t`)).rows[0].t).toBeNull();
      const applied = (await pg.pool.query('select count(*)::int as n from drizzle.__drizzle_migrations')).rows[0].n;
      expect(applied).toBe(pgJournal.entries.length);
      const statuses = sqlite.prepare('select status, count(*) as n from reviews group by status order by status').all();
      expect((await pg.pool.query('select status, count(*)::int as n from reviews group by status order by status')).rows).toEqual(
        statuses,
      );
      expect(statuses.map((s) => (s as { status: string }).status)).toEqual(['pending', 'published', 'rejected']);
      const published = (statuses as { status: string; n: number }[]).find((s) => s.status === 'published')!.n;
      expect((await pg.pool.query('select count(*)::int as n from review_search')).rows[0].n).toBe(published);
      // Left vacuumed and analyzed: the site's first index-only walks need not visit the table for every entry.
      const maintained = await pg.pool.query<{ relname: string; vacuumed: boolean; analyzed: boolean }>(
        `select relname, last_vacuum is not null as vacuumed, last_analyze is not null as analyzed
           from pg_stat_user_tables where relname in ('reviews', 'review_search') order by relname`,
      );
      expect(maintained.rows).toEqual([
        { relname: 'review_search', vacuumed: true, analyzed: true },
        { relname: 'reviews', vacuumed: true, analyzed: true },
      ]);

      const summaries = 'select company_id, review_count, rating_sum, stars_1, stars_5 from company_summaries order by company_id';
      expect((await pg.pool.query(summaries)).rows).toEqual(sqlite.prepare(summaries).all());
      const queue = 'select company_id, reason, count from queue_reason_counts order by company_id, reason';
      expect((await pg.pool.query(queue)).rows).toEqual(sqlite.prepare(queue).all());
      const review = sqlite
        .prepare('select id, next_steps_explained, moderation, helpful_count from reviews where helpful_count > 0')
        .get() as {
        id: number;
        next_steps_explained: number;
        moderation: string;
      };
      const [same] = (
        await pg.pool.query('select id, next_steps_explained, moderation, helpful_count from reviews where id = $1', [review.id])
      ).rows;
      expect(same).toEqual({ ...review, next_steps_explained: true, moderation: JSON.parse(review.moderation) });

      const again = await dbCopy(databasePath, ['--to', withPassword()]);
      expect(again.code).toBe(1);
      expect(again.stderr).toMatch(/not empty \(.*companies 7.*reviews 9/);
      expect(again.stderr).not.toContain('never-printed-pw');
      expect(await pgCounts(pg, tables)).toEqual(counts);

      // Identities start past the copied ids, so the site's next rows take new ones.
      const maxId = (t: string) => sqlite.prepare(`select max(id) from "${t}"`).pluck().get() as number;
      const [audit] = await pg.db.insert(auditLog).values({ at: 1, action: 'test', targetType: 'test' }).returning();
      expect(audit!.id).toBe(maxId('audit_log') + 1);
      const [failure] = await pg.db.insert(loginFailures).values({ key: 'k', at: 1 }).returning();
      expect(failure!.id).toBe(maxId('login_failures') + 1);
      const [row] = await pg.db
        .insert(reviews)
        .values({
          companyId: 1,
          rating: 3,
          body: 'b',
          displayName: 'd',
          issueType: 'billing',
          contactMethod: 'phone',
          billingParty: 'company',
          resolved: 'no',
          status: 'pending',
          createdAt: 1,
          updatedAt: 1,
        })
        .returning({ id: reviews.id });
      expect(row!.id).toBe(maxId('reviews') + 1);
    } finally {
      sqlite.close();
      await pg.close();
    }
  }, 120_000);

  it('answers a usage error without --to or with a URL that is not PostgreSQL', async () => {
    for (const args of [[], ['--to'], ['--to', 'mysql://root@localhost/earful'], ['--to', './copy.db']]) {
      const result = await dbCopy(databasePath, args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toMatch(/Usage: npm run db:copy -- --to postgres:\/\//);
    }
  }, 60_000);

  it('refuses a SQLite table without a PostgreSQL twin, in the schema or only in the file', async () => {
    const extra = sqliteTable('extra_things', { id: integer('id').primaryKey() });
    expect(() => pairTables({ ...sqliteSchema, extra })).toThrow(/extra_things has no PostgreSQL twin/);

    const path = join(dir, 'extra.db');
    const conn = openDatabase(path);
    conn.db.run(sql`create table extra_things (id integer primary key)`);
    conn.close();
    const fresh = await createTestDatabase(inject('postgresAdminUrl'));
    try {
      await expect(copyStoreToPostgres(path, fresh.url)).rejects.toThrow(/tables db\/sqlite\/schema does not name: extra_things/);
      await expect(copyStoreToPostgres(join(dir, 'missing.db'), fresh.url)).rejects.toThrow(/no SQLite database/);
    } finally {
      await fresh.drop();
    }
  }, 60_000);

  it('rolls everything back, naming the table, when a figure comes out different', async () => {
    const fresh = await createTestDatabase(inject('postgresAdminUrl'));
    try {
      // A stray trigger on the target stands for any difference the copy could make.
      const pg = await openPostgres(fresh.url, 1);
      await pg.pool
        .query(`create function skew() returns trigger language plpgsql as $$ begin new.rating_sum := new.rating_sum + 1; return new; end $$;
        create trigger skew before insert on company_summaries for each row execute function skew()`);
      try {
        await expect(copyStoreToPostgres(databasePath, fresh.url)).rejects.toThrow(
          /^company_summaries differs after the copy: SQLite has \[/,
        );
        const file = new Database(databasePath, { readonly: true });
        const tables = sqliteTables(file);
        file.close();
        expect(Object.values(await pgCounts(pg, tables)).every((n) => n === 0)).toBe(true);
      } finally {
        await pg.close();
      }
    } finally {
      await fresh.drop();
    }
  }, 60_000);
});
