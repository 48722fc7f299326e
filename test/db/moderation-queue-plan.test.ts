// The moderator queue reads its first pages in index order instead of sorting every pending review (150 ms a
// page at 50,000 pending, measured), and the index it walks holds only pending reviews, so published
// submissions do not pay for it. SQLite's plan for the queue's own statements shows both.
import { describe, expect, it } from 'vitest';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { usePlanDatabase } from '../helpers/plan-database';
import * as schema from '../../db/sqlite/schema';
import { moderationQueueQueries, type QueueFilter } from '../../db/sqlite/queries/moderation-queue';

const openPlanDatabase = usePlanDatabase('queue-plan');

/** The statements one queue page runs, with SQLite's plan for each. */
function plansOfQueuePage(filter: QueueFilter, after: [number, number, number, number, number] | null) {
  const conn = openPlanDatabase();
  const statements: string[] = [];
  const db = drizzle(conn.sqlite, { schema, logger: { logQuery: (query) => void statements.push(query) } });
  moderationQueueQueries(db).listQueue(filter, after, 21);
  const sqlite = conn.sqlite;
  return statements.map((statement) => {
    const explain = sqlite.prepare(`explain query plan ${statement}`);
    const plan = explain.all(...new Array<number>(countParameters(statement)).fill(1)) as { detail: string }[];
    return { statement, plan: plan.map((row) => row.detail).join('\n') };
  });
}

const countParameters = (statement: string) => statement.match(/\?/g)?.length ?? 0;

describe('the moderator queue query plan', () => {
  for (const [name, filter, after] of [
    ['first page', {}, null],
    ['one company, next page', { companyId: 1 }, [2, 5, 0, 1_700_000_000_000, 9]],
    ['one reason', { reason: 'link shortener' }, null],
  ] as const) {
    it(`walks the pending-only index in queue order, sorting nothing (${name})`, () => {
      const pending = plansOfQueuePage(filter, after ? [...after] : null).filter(({ statement }) => statement.includes("= 'pending'"));
      expect(pending).toHaveLength(1);
      expect(pending[0]!.plan).toMatch(/USING INDEX reviews_queue_order/);
      expect(pending[0]!.plan).not.toMatch(/TEMP B-TREE FOR ORDER BY/);
    });
  }
});
