// The PostgreSQL store's migrations on a real server: a fresh database gets the whole schema, every instance can
// open it (together too), and rows come back with the types the SQLite store's row mappers expect.
import { readFileSync } from 'node:fs';
import { eq, sql } from 'drizzle-orm';
import { describe, expect, inject, it } from 'vitest';
import { openPostgres } from '../../db/postgres/connection';
import { companies, reviews } from '../../db/postgres/schema';
import { queueTierSql } from '../../db/postgres/schema/queue-tier';
import { createTestDatabase, useTestDatabase } from '../helpers/postgres-cluster';

const journal = JSON.parse(readFileSync(new URL('../../db/postgres/migrations/meta/_journal.json', import.meta.url), 'utf8')) as {
  entries: unknown[];
};

describe.skipIf(!inject('postgresAdminUrl'))('openPostgres', () => {
  const database = useTestDatabase();

  it('applies every migration to a fresh database', async () => {
    const conn = await openPostgres(database.url, 2);
    try {
      const applied = await conn.pool.query('select count(*)::int as n from drizzle.__drizzle_migrations');
      expect(applied.rows[0].n).toBe(journal.entries.length);
      const tables = await conn.pool.query(`select table_name from information_schema.tables where table_schema = 'public'`);
      expect(tables.rows.map((r) => r.table_name)).toEqual(
        expect.arrayContaining(['companies', 'reviews', 'audit_log', 'submission_attempts']),
      );
    } finally {
      await conn.close();
    }
  });

  it('opens a database it migrated before without applying anything again', async () => {
    const first = await openPostgres(database.url, 1);
    await first.close();
    const second = await openPostgres(database.url, 1);
    try {
      const applied = await second.pool.query('select count(*)::int as n from drizzle.__drizzle_migrations');
      expect(applied.rows[0].n).toBe(journal.entries.length);
    } finally {
      await second.close();
    }
  });

  it('lets instances that start together all open a fresh database', async () => {
    const fresh = await createTestDatabase(inject('postgresAdminUrl'));
    try {
      const opened = await Promise.all([1, 2, 3].map(() => openPostgres(fresh.url, 1)));
      await Promise.all(opened.map((conn) => conn.close()));
    } finally {
      await fresh.drop();
    }
  });

  it('gives rows back with the types the row mappers expect', async () => {
    const conn = await openPostgres(database.url, 2);
    try {
      // Past 2^31: timestamps in ms do not fit a 32-bit integer.
      const at = Date.UTC(2026, 11, 7);
      const [company] = await conn.db
        .insert(companies)
        .values({ slug: `acme-${at}`, name: 'Acme', category: 'Mobile', createdAt: at })
        .returning();
      const moderation = JSON.stringify({ decision: 'hold', reasons: ['slur'], redactions: {} });
      const [review] = await conn.db
        .insert(reviews)
        .values({
          companyId: company!.id,
          rating: 2,
          body: 'They never called back.',
          displayName: 'Ann',
          issueType: 'billing',
          contactMethod: 'phone',
          billingParty: 'company',
          resolved: 'no',
          nextStepsExplained: true,
          status: 'pending',
          moderation,
          riskScore: 6.5,
          createdAt: at,
          updatedAt: at,
        })
        .returning();
      const [read] = await conn.db.select().from(reviews).where(eq(reviews.id, review!.id));
      expect(read).toMatchObject({ createdAt: at, nextStepsExplained: true, riskScore: 6.5, status: 'pending', helpfulCount: 0 });
      expect(typeof read!.moderation).toBe('string');
      expect(JSON.parse(read!.moderation)).toEqual(JSON.parse(moderation));
      const [tier] = await conn.db
        .select({ tier: queueTierSql(reviews.moderation) })
        .from(reviews)
        .where(eq(reviews.id, review!.id));
      expect(tier!.tier).toBe(2);
    } finally {
      await conn.close();
    }
  });

  it('walks the queue index for the queue order when the query writes the tier as the schema does', async () => {
    const conn = await openPostgres(database.url, 1);
    const client = await conn.pool.connect();
    try {
      // No rows to speak of, so the planner must be told not to prefer a scan and a sort.
      await client.query('set enable_seqscan = off');
      await client.query('set enable_sort = off');
      const query = conn.db
        .select({ id: reviews.id })
        .from(reviews)
        .where(sql`${reviews.status} = 'pending'`)
        .orderBy(
          sql`${reviews.riskScore} desc`,
          sql`${queueTierSql(reviews.moderation)} desc`,
          sql`${reviews.reportCount} desc`,
          reviews.createdAt,
          reviews.id,
        )
        .limit(20)
        .toSQL();
      const plan = await client.query(`explain ${query.sql}`, query.params);
      expect(plan.rows.map((r) => r['QUERY PLAN']).join('\n')).toContain('reviews_queue_order');
    } finally {
      client.release();
      await conn.close();
    }
  });
});
