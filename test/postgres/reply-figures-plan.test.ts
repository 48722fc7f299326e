// The reply figures on PostgreSQL count and walk to the median along review_replies_figures, sorting nothing: the
// twin of test/db/reply-figures-plan.test.ts.
import { drizzle } from 'drizzle-orm/node-postgres';
import { describe, expect, inject, it } from 'vitest';
import { openPostgres, type PgDb } from '../../db/postgres/connection';
import * as schema from '../../db/postgres/schema';
import { findReplyFigures } from '../../db/postgres/queries/reply-figures';
import { useTestDatabase } from '../helpers/postgres-cluster';

describe.skipIf(!inject('postgresAdminUrl'))('the reply figures query plan on PostgreSQL', () => {
  const database = useTestDatabase();

  it('counts and walks to the median along review_replies_figures, sorting nothing', async () => {
    const conn = await openPostgres(database.url, 1);
    const client = await conn.pool.connect();
    try {
      await client.query(`insert into companies (id, slug, name, category, created_at) values (1, 'acme', 'Acme', 'x', 0)`);
      await client.query(`insert into reviews (id, company_id, rating, body, display_name, issue_type, contact_method, billing_party,
        resolved, status, created_at, updated_at) values (1, 1, 2, 'b', 'Sam', 'billing', 'phone', 'company', 'no', 'published', 0, 0)`);
      await client.query(`insert into review_replies (review_id, company_id, body, status, created_at, updated_at, answer_ms)
        values (1, 1, 'Sorry', 'published', 5, 5, 5)`);
      // A near-empty table: the planner must be told not to prefer a scan and a sort, which it may still choose.
      for (const setting of ['enable_seqscan', 'enable_bitmapscan', 'enable_sort']) await client.query(`set ${setting} = off`);
      const statements: { query: string; params: unknown[] }[] = [];
      const db = drizzle(client, { schema, logger: { logQuery: (query, params) => void statements.push({ query, params }) } });
      expect(await findReplyFigures(db as unknown as PgDb, 1)).toMatchObject({ answered: 1, medianAnswerMs: 5 });
      const plans = [];
      for (const { query, params } of statements) {
        const { rows } = await client.query(`explain ${query}`, params);
        plans.push(rows.map((row: { 'QUERY PLAN': string }) => row['QUERY PLAN']).join('\n'));
      }
      const [counts, unpublished, walk] = plans;
      for (const plan of [counts!, walk!]) {
        expect(plan).toMatch(/Index Only Scan using review_replies_figures/);
        expect(plan).not.toMatch(/Sort|Seq Scan/);
      }
      expect(unpublished).toMatch(/Index (Only )?Scan using reviews_\w+ on reviews/);
      expect(unpublished).not.toMatch(/Sort|Seq Scan/);
    } finally {
      client.release();
      await conn.close();
    }
  });
});
