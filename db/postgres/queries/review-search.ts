// Search on PostgreSQL (twin of db/sqlite/queries/review-search.ts): the review_search table holds the published
// reviews' words (schema/review-search.ts), written by figure-writes.ts in every change's transaction; read here
// a window at a time. A common word walks the company's newest entries, a rare one the GIN index: the planner
// chooses from the words' statistics.
import { sql, type SQL } from 'drizzle-orm';
import type { PgQuery } from '../connection';
import { reviews, reviewSearch } from '../schema';
import { SEARCH_LIMITS } from '../../../server/contract/review-limits';
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
      const bound = plan.bound === null ? sql`` : sql`and ${reviewSearch.reviewId} ${plan.descending ? sql`<` : sql`>`} ${plan.bound}`;
      const found = await q
        .select({ id: reviewSearch.reviewId })
        .from(reviewSearch)
        .where(sql`${matches(filter.companyId, search)} ${bound}`)
        .orderBy(plan.descending ? sql`${reviewSearch.reviewId} desc` : sql`${reviewSearch.reviewId} asc`)
        .limit(SEARCH_LIMITS.window);
      const ids = found.map((r) => r.id);
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
    /** Matches among the newest SEARCH_LIMITS.countBudget of the company that pass the other filters. */
    async countReviews(q: PgQuery, filter: ListFilter & { search: ParsedSearch }): Promise<number> {
      if (filter.search.terms.length === 0) return 0;
      const tests = filterTests(filter);
      const newest = sql`select ${reviewSearch.reviewId} as id from ${reviewSearch} where ${matches(filter.companyId, filter.search)}
        order by ${reviewSearch.reviewId} desc limit ${sql.raw(String(SEARCH_LIMITS.countBudget))}`;
      const [row] = tests.length
        ? await q
            .select({ count: sql<number>`count(*)::int` })
            .from(sql`(${newest}) as matched join reviews on reviews.id = matched.id`)
            .where(sql.join([sql`reviews.status = ${filter.status}`, ...tests], sql` and `))
        : await q.select({ count: sql<number>`count(*)::int` }).from(sql`(${newest}) as matched`);
      return row?.count ?? 0;
    },
  };
}
