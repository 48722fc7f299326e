// The moderator queue's pending part on PostgreSQL walks the partial index reviews_queue_order in queue order, which
// it can only when its tier is written as the index writes it: the twin of test/db/moderation-queue-plan.test.ts.
import { drizzle } from 'drizzle-orm/node-postgres';
import { describe, expect, inject, it } from 'vitest';
import { openPostgres, type PgDb } from '../../db/postgres/connection';
import * as schema from '../../db/postgres/schema';
import { moderationQueueQueries } from '../../db/postgres/queries/moderation-queue';
import type { QueueFilter, QueueKey } from '../../server/domain/store';
import { useTestDatabase } from '../helpers/postgres-cluster';

describe.skipIf(!inject('postgresAdminUrl'))('the moderator queue query plan on PostgreSQL', () => {
  const database = useTestDatabase();

  /** The statements one queue page runs, with PostgreSQL's plan for each. */
  async function plansOfQueuePage(filter: QueueFilter, after: QueueKey | null) {
    const conn = await openPostgres(database.url, 1);
    const client = await conn.pool.connect();
    try {
      // An empty table: the planner must be told not to prefer a scan and a sort, which it may still choose.
      for (const setting of ['enable_seqscan', 'enable_bitmapscan', 'enable_sort']) await client.query(`set ${setting} = off`);
      // Pending reviews with the tests' reason, as the kept counts say (no company row: its key is not checked
      // here): a page reads no pending reviews without.
      await client.query(`set session_replication_role = replica`);
      await client.query(
        `insert into queue_reason_counts (company_id, reason, count) values (1, 'link in text', 5) on conflict do nothing`,
      );
      const statements: { query: string; params: unknown[] }[] = [];
      const db = drizzle(client, { schema, logger: { logQuery: (query, params) => void statements.push({ query, params }) } });
      await moderationQueueQueries(db as unknown as PgDb).listQueue(filter, after, 21);
      const plans = [];
      for (const { query, params } of statements) {
        const { rows } = await client.query(`explain ${query}`, params);
        plans.push({ query, plan: rows.map((row: { 'QUERY PLAN': string }) => row['QUERY PLAN']).join('\n') });
      }
      return plans;
    } finally {
      client.release();
      await conn.close();
    }
  }

  /**
   * The branch of a plan that reads through `index`: the plan's topmost nodes under its root (an Append's parts, or
   * the one node under a Limit) each start one; undefined when no branch uses the index.
   */
  function branchUsing(plan: string, index: string): string | undefined {
    const lines = plan.split('\n');
    const depth = (line: string) => line.indexOf('->');
    const top = Math.min(...lines.map(depth).filter((d) => d >= 0));
    const branches: string[][] = [[]];
    for (const line of lines) {
      if (depth(line) === top) branches.push([]);
      branches.at(-1)!.push(line);
    }
    return branches.map((branch) => branch.join('\n')).find((branch) => branch.includes(`using ${index}`));
  }

  for (const [name, filter, after] of [
    ['first page', {}, null],
    ['one company, next page', { companyId: 1 }, [2, 1, 0, 1_700_000_000_000, 9]],
    ['one reason', { reason: 'link in text' }, null],
  ] as const) {
    it(`walks the pending-only index in queue order, sorting nothing (${name})`, async () => {
      const plans = await plansOfQueuePage(filter, after ? [...after] : null);
      const pending = plans.filter(({ query }) => query.includes("= 'pending' and not"));
      expect(pending).toHaveLength(1);
      // The page reads its pending and its reported reviews in one statement: the pending part's own branch.
      const walk = branchUsing(pending[0]!.plan, 'reviews_queue_order');
      expect(walk).toMatch(/Index Scan using reviews_queue_order/);
      expect(walk).not.toMatch(/Sort/);
      if (after) expect(walk).toMatch(/Index Cond: \(+risk_score <=/);
    });
  }
});
