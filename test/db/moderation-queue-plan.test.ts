// The moderator queue reads its first pages in index order instead of sorting every pending review (150 ms a
// page at 50,000 pending, measured), and the index it walks holds only pending reviews, so published
// submissions do not pay for it. SQLite's plan for the queue's own statements shows both. The plans are those of a
// database never analyzed, as the site's never is: at a million reviews without statistics, a company's count of
// reported reviews walked all of its reviews (130 ms a request), and a reason's count read all 50,000 pending
// reviews' moderation records (130 ms), before they took the paths asserted below.
import { describe, expect, it } from 'vitest';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { usePlanDatabase } from '../helpers/plan-database';
import * as schema from '../../db/sqlite/schema';
import { moderationQueueQueries, type QueueFilter } from '../../db/sqlite/queries/moderation-queue';

const openPlanDatabase = usePlanDatabase('queue-plan');
type QueueQueries = ReturnType<typeof moderationQueueQueries>;

/** The reason the tests filter by: the kept counts say five pending reviews carry it (a page reads none without). */
const REASON = 'link shortener';

/** The statements `read` runs on a new database, and a way to explain each there. */
function statementsOf(read: (queue: QueueQueries) => unknown) {
  const { sqlite } = openPlanDatabase();
  sqlite.pragma('foreign_keys = OFF');
  sqlite.prepare(`insert into queue_reason_counts (company_id, reason, count) values (1, ?, 5)`).run(REASON);
  const statements: string[] = [];
  read(moderationQueueQueries(drizzle(sqlite, { schema, logger: { logQuery: (query) => void statements.push(query) } })));
  const explain = (how: 'explain' | 'explain query plan', statement: string) =>
    sqlite.prepare(`${how} ${statement}`).all(...new Array<number>(statement.match(/\?/g)?.length ?? 0).fill(1));
  return { statements, explain };
}

/** The statements `read` runs, with SQLite's plan for each. */
function plansOf(read: (queue: QueueQueries) => unknown) {
  const { statements, explain } = statementsOf(read);
  return statements.map((statement) => {
    const plan = explain('explain query plan', statement) as { detail: string }[];
    return { statement, plan: plan.map((row) => row.detail).join('\n') };
  });
}

/** The statements one queue page runs, with SQLite's plan for each. */
function plansOfQueuePage(filter: QueueFilter, after: [number, number, number, number, number] | null) {
  return plansOf((queue) => queue.listQueue(filter, after, 21));
}

type Op = { addr: number; opcode: string; p1: number; p4: unknown };

/** The bytecode SQLite runs for the pending part of the reason's first queue page. */
function programOfReasonPage(): Op[] {
  const { statements, explain } = statementsOf((queue) => queue.listQueue({ reason: REASON }, null, 21));
  return explain(
    'explain',
    statements.find((statement) => statement.includes("= 'pending' and not"))!,
  ) as Op[];
}

describe('the moderator queue query plan', () => {
  for (const [name, filter, after] of [
    ['first page', {}, null],
    ['one company, next page', { companyId: 1 }, [2, 5, 0, 1_700_000_000_000, 9]],
    ['one reason', { reason: REASON }, null],
  ] as const) {
    it(`walks the pending-only index in queue order, sorting nothing (${name})`, () => {
      const pending = plansOfQueuePage(filter, after ? [...after] : null).filter(({ statement }) => statement.includes("= 'pending'"));
      expect(pending).toHaveLength(1);
      expect(pending[0]!.plan).toMatch(/USING INDEX reviews_queue_order/);
      expect(pending[0]!.plan).not.toMatch(/TEMP B-TREE FOR ORDER BY/);
    });
  }

  it("counts one company's reported reviews from the open reports, not by walking the company's reviews", () => {
    for (const read of [
      (queue: QueueQueries) => queue.countQueue({ companyId: 1 }),
      (queue: QueueQueries) => queue.countQueue({ companyId: 1, reported: true }),
      (queue: QueueQueries) => queue.countQueueReasons(1),
    ]) {
      for (const { statement, plan } of plansOf(read)) {
        expect(plan, statement).not.toMatch(/SEARCH reviews USING (COVERING )?INDEX \w+ \(company_id=\?\)$/m);
        expect(plan, statement).not.toMatch(/SCAN reviews\b/);
      }
    }
  });

  it("counts a reason's pending reviews from the kept counts, not from every pending review's record", () => {
    for (const filter of [{ reason: REASON }, { reason: REASON, companyId: 1 }]) {
      const plans = plansOf((queue) => queue.countQueue(filter));
      for (const { statement, plan } of plans) {
        expect(plan, statement).not.toMatch(/reviews_queue_order|reviews_list_\w+ \(company_id=\? AND status=\?\)|SCAN reviews\b/);
      }
      expect(plans.some(({ statement }) => statement.includes('queue_reason_counts'))).toBe(true);
    }
  });

  it("tests a reason in the queue's index, reading no review's row before it passes", () => {
    // The walk passes every pending review: reading each row to test its reasons took 150-170 ms at 50,000.
    const program = programOfReasonPage();
    // The table's cursor: the one opened without an index's key description ("k(…)").
    const table = program.find((op) => op.opcode === 'OpenRead' && !String(op.p4).startsWith('k('))!.p1;
    const filter = program.find((op) => op.opcode === 'VFilter')!.addr;
    const rowReads = program.filter((op) => op.opcode === 'Column' && op.p1 === table && op.addr < filter);
    expect(rowReads).toEqual([]);
  });
});
