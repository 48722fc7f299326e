// Search on PostgreSQL (twin of db/sqlite/queries/review-search.ts): the review_search table holds the published
// reviews' words (schema/review-search.ts), written by figure-writes.ts in every change's transaction; read here
// a window at a time: a common word along the company's newest entries, a rarer one through the GIN index
// (windowIds).
import { sql, type SQL } from 'drizzle-orm';
import type { PgQuery } from '../connection';
import { reviews, reviewSearch } from '../schema';
import { LIST_SCAN_BUDGET, SEARCH_LIMITS } from '../../../server/contract/review-limits';
import type { ParsedSearch } from '../../../server/contract/search-query';
import type { ListFilter, ListedRows, ReviewRow, ReviewSortKeys, SearchSort } from '../../../server/contract/store';
import type { SearchEntry } from '../../figure-changes';
import { inPageOrder, pageOfWindow, windowPlan } from '../../search-window';

const FILTERS = ['issueType', 'contactMethod', 'billingParty', 'resolved', 'rating'] as const;
const FILTER_NAMES = ['issue_type', 'contact_method', 'billing_party', 'resolved', 'rating'] as const;

/**
 * The tsquery: every term, a phrase's words joined by <->, a prefix marked :*. The terms hold only letters and
 * digits (contract/search-query.ts), so nothing a reader types can be tsquery syntax.
 */
export const tsQuery = (search: ParsedSearch) =>
  search.terms.map((t) => t.words.map((w, i) => (t.prefix && i === t.words.length - 1 ? `${w}:*` : w)).join(' <-> ')).join(' & ');

const matches = (companyId: number, search: ParsedSearch) =>
  sql`${reviewSearch.companyId} = ${companyId} and ${reviewSearch.document} @@ to_tsquery('simple', ${tsQuery(search)})`;

const filterTests = (filter: ListFilter): SQL[] =>
  FILTERS.filter((f) => filter[f] !== undefined && filter[f] !== '').map(
    (f) => sql`${sql.raw(`reviews.${FILTER_NAMES[FILTERS.indexOf(f)]!}`)} = ${filter[f]!}`,
  );

/** The index's writes, inside each change's transaction: removals first, so an edited review is written anew. */
export async function writeSearchIndex(q: PgQuery, removals: readonly number[], additions: readonly SearchEntry[]): Promise<void> {
  if (removals.length > 0) await q.delete(reviewSearch).where(sql`${reviewSearch.reviewId} in ${removals}`);
  if (additions.length > 0) {
    await q.insert(reviewSearch).values(
      additions.map((e) => ({
        reviewId: e.id,
        companyId: e.companyId,
        document: sql`earful_search_document(${e.title}, ${e.body})`,
      })),
    );
  }
}

/**
 * The window's ids, newest first (oldest: oldest first). Left to itself the planner may walk the company's entries
 * in order for a word it thinks common enough and read all of them for a rare one (seconds at a million reviews).
 * So a probe first counts the matches up to one more than a window, in whichever way the planner finds cheaper
 * without an order (the GIN index for a rare word, a walk that stops early for a common one): a word with no more
 * matches than a window is read from the GIN index and its matches sorted (`+ 0` keeps the planner off the ordered
 * walk). A commoner word walks at most LIST_SCAN_BUDGET of the company's entries, where it fills the window unless
 * it is in fewer than 4% of them; then it too is read from the index and sorted.
 */
async function windowIds(q: PgQuery, companyId: number, search: ParsedSearch, descending: boolean, bound: number | null) {
  const dir = sql.raw(descending ? 'desc' : 'asc');
  const past = bound === null ? sql`` : sql`and review_id ${sql.raw(descending ? '<' : '>')} ${bound}`;
  const query = sql`to_tsquery('simple', ${tsQuery(search)})`;
  const window = sql.raw(String(SEARCH_LIMITS.window));
  const fromIndex = async () =>
    (
      await q.execute<{ id: number }>(
        sql`select review_id as id from review_search where company_id = ${companyId} and document @@ ${query} ${past}
          order by review_id + 0 ${dir} limit ${window}`,
      )
    ).rows.map((r) => Number(r.id));
  const probe = await q.execute<{ n: number }>(
    sql`select count(*)::int as n from (select 1 from review_search where company_id = ${companyId} and document @@ ${query} ${past}
      limit ${sql.raw(String(SEARCH_LIMITS.window + 1))}) as probed`,
  );
  if (probe.rows[0]!.n <= SEARCH_LIMITS.window) return fromIndex();
  const walked = await q.execute<{ id: number }>(
    sql`select id from (select review_id as id, document from review_search where company_id = ${companyId} ${past}
      order by review_id ${dir} limit ${sql.raw(String(LIST_SCAN_BUDGET))}) as newest
      where document @@ ${query} order by id ${dir} limit ${window}`,
  );
  return walked.rows.length >= SEARCH_LIMITS.window ? walked.rows.map((r) => Number(r.id)) : fromIndex();
}

export function reviewSearchQueries(sortKeys: ReviewSortKeys) {
  return {
    async listReviews(
      q: PgQuery,
      filter: ListFilter & { search: ParsedSearch },
      sort: SearchSort,
      after: number[] | null,
      limit: number,
    ): Promise<ListedRows> {
      const { search } = filter;
      const plan = windowPlan(sort, after);
      if (search.terms.length === 0) return { rows: [], scannedTo: null, cursors: [] };
      const ids = await windowIds(q, filter.companyId, search, plan.descending, plan.bound);
      const { id, title, body, createdAt, rating, helpfulCount } = reviews;
      // What ordering the window needs of its reviews; the rest is read for the page's reviews only.
      const candidates =
        ids.length === 0
          ? []
          : await q
              .select({ id, title, body, createdAt, rating, helpfulCount })
              .from(reviews)
              .where(
                sql.join([sql`${reviews.id} in ${ids}`, sql`${reviews.status} = ${filter.status}`, ...filterTests(filter)], sql` and `),
              );
      const page = pageOfWindow(plan, ids, candidates, search, sort, sortKeys, limit);
      const rows =
        page.ids.length === 0
          ? []
          : ((await q
              .select()
              .from(reviews)
              .where(sql`${reviews.id} in ${page.ids}`)) as ReviewRow[]);
      return { rows: inPageOrder(page.ids, rows), scannedTo: page.scannedTo, cursors: page.cursors };
    },
    /**
     * Matches of the company that pass the other filters, among SEARCH_LIMITS.countBudget of them at most (on SQLite
     * the newest; here whichever the planner reaches first, the index or the company's walk, as the count is the same
     * below the budget and incomplete above it).
     */
    async countReviews(q: PgQuery, filter: ListFilter & { search: ParsedSearch }): Promise<number> {
      if (filter.search.terms.length === 0) return 0;
      const tests = filterTests(filter);
      const some = sql`select ${reviewSearch.reviewId} as id from ${reviewSearch} where ${matches(filter.companyId, filter.search)}
        limit ${sql.raw(String(SEARCH_LIMITS.countBudget))}`;
      const [row] = tests.length
        ? await q
            .select({ count: sql<number>`count(*)::int` })
            .from(sql`(${some}) as matched join reviews on reviews.id = matched.id`)
            .where(sql.join([sql`reviews.status = ${filter.status}`, ...tests], sql` and `))
        : await q.select({ count: sql<number>`count(*)::int` }).from(sql`(${some}) as matched`);
      return row?.count ?? 0;
    },
  };
}
