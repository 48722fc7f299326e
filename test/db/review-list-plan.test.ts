// A later page of the review list seeks to its cursor in the sort's index instead of walking the company's list
// from its first entry and filtering (70 ms a page half-way down a million reviews, measured). SQLite's plan for
// every statement of such a page shows the index searched beyond company and status.
import { describe, expect, it } from 'vitest';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { usePlanDatabase } from '../helpers/plan-database';
import * as schema from '../../db/sqlite/schema';
import { reviewListQueries, type ListSort } from '../../db/sqlite/queries/review-list';
import { REVIEW_SORT_KEYS } from '../../server/domain/review-sort-keys';

const openPlanDatabase = usePlanDatabase('list-plan');

/** SQLite's plan for each statement a later page runs. */
function plansOfLaterPage(sort: ListSort, filtered: boolean): string[] {
  const conn = openPlanDatabase();
  const statements: string[] = [];
  const db = drizzle(conn.sqlite, { schema, logger: { logQuery: (query) => void statements.push(query) } });
  const after = REVIEW_SORT_KEYS[sort].map((_, i) => 1_700_000_000_000 + i);
  const filter = { companyId: 1, status: 'published' as const, ...(filtered ? { issueType: 'billing' } : {}) };
  reviewListQueries(db, REVIEW_SORT_KEYS).listReviews(filter, sort, after, 21);
  return statements.map((statement) => {
    const parameters = new Array<number>(statement.match(/\?/g)?.length ?? 0).fill(1);
    const plan = conn.sqlite.prepare(`explain query plan ${statement}`).all(...parameters) as { detail: string }[];
    return plan.map((row) => row.detail).join('\n');
  });
}

describe('the review list query plan after a cursor', () => {
  for (const sort of ['newest', 'oldest', 'highest', 'lowest', 'helpful'] as const) {
    for (const filtered of [false, true]) {
      it(`seeks to the cursor in the sort's index (${sort}${filtered ? ', filtered' : ''})`, () => {
        const plans = plansOfLaterPage(sort, filtered);
        expect(plans.length).toBeGreaterThan(0);
        const searches = plans.flatMap((plan) => plan.split('\n')).filter((line) => line.includes('INDEX reviews_list_'));
        expect(searches.length).toBeGreaterThan(0);
        // Every read of the index starts at the cursor: a range beyond company and status.
        for (const line of searches) expect(line).toMatch(/INDEX reviews_list_\w+ \(company_id=\? AND status=\? AND [^)]+\)/);
        // And one reaches the cursor's own moment, not only its rating or helpful count.
        expect(searches.some((line) => /AND [^)]*created_at\)?[<>]/.test(line))).toBe(true);
      });
    }
  }
});
