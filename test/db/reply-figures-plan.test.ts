// The reply figures read a company's replies from their figures index alone (company, status, time to answer, offer,
// answer): the counts as one range of it, the median as a walk in its order to the middle entry; the replies under
// reviews taken down come through the reviews' own index. SQLite's plans show no sort and no table scan.
import { describe, expect, it } from 'vitest';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { usePlanDatabase } from '../helpers/plan-database';
import * as schema from '../../db/sqlite/schema';
import { replyFigureQueries } from '../../db/sqlite/queries/reply-figures';

const openPlanDatabase = usePlanDatabase('reply-plan');

/** The statements findReplyFigures runs for a company with one timed reply, with SQLite's plan for each. */
async function plansOfReplyFigures() {
  const conn = openPlanDatabase();
  const sqlite = conn.sqlite;
  sqlite.exec(`insert into companies (id, slug, name, category, created_at) values (1, 'acme', 'Acme', 'x', 0);
    insert into reviews (id, company_id, rating, body, display_name, issue_type, contact_method, billing_party, resolved, status,
      created_at, updated_at) values (1, 1, 2, 'b', 'Sam', 'billing', 'phone', 'company', 'no', 'published', 0, 0);
    insert into review_replies (review_id, company_id, body, status, created_at, updated_at, answer_ms)
      values (1, 1, 'Sorry', 'published', 5, 5, 5);`);
  const statements: string[] = [];
  const db = drizzle(sqlite, { schema, logger: { logQuery: (query) => void statements.push(query) } });
  expect(await replyFigureQueries(db).findReplyFigures(1)).toMatchObject({ answered: 1, medianAnswerMs: 5 });
  return statements.map((statement) => {
    const parameters = new Array<number>(statement.match(/\?/g)?.length ?? 0).fill(1);
    const plan = sqlite.prepare(`explain query plan ${statement}`).all(...parameters) as { detail: string }[];
    return plan.map((row) => row.detail).join('\n');
  });
}

describe('the reply figures query plan', () => {
  it('counts and walks to the median along review_replies_figures alone, sorting nothing', async () => {
    const [counts, unpublished, walk] = await plansOfReplyFigures();
    for (const plan of [counts!, walk!]) {
      expect(plan).toMatch(/^SEARCH review_replies USING COVERING INDEX review_replies_figures \(company_id=\? AND status=\?/);
      expect(plan).not.toMatch(/TEMP B-TREE|SCAN|reviews/);
    }
    // The replies under the company's unpublished reviews: a range of the reviews' own index, each reply by its key.
    expect(unpublished).toMatch(/SEARCH reviews USING (COVERING )?INDEX reviews_\w+ \(company_id=\? AND status=\?\)/);
    expect(unpublished).toMatch(/SEARCH review_replies USING INTEGER PRIMARY KEY/);
    expect(unpublished).not.toMatch(/TEMP B-TREE|SCAN/);
  });
});
