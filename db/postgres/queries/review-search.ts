// Search on PostgreSQL (twin of db/sqlite/queries/review-search.ts): the review_search table holds the published
// reviews' words (schema/review-search.ts), written by figure-writes.ts in every change's transaction; read here
// a window at a time, in one statement with what ordering its reviews needs: a common word along the company's
// newest entries, a rarer one through the GIN index (windowOf), as the index's statistics say (word-frequency.ts).
import { sql, type SQL } from 'drizzle-orm';
import type { PgDb, PgQuery } from '../connection';
import { namedQuery, namedStatement } from './named-query';
import { reviews, reviewSearch } from '../schema';
import { LIST_SCAN_BUDGET, SEARCH_LIMITS } from '../../../server/contract/review-limits';
import type { ParsedSearch } from '../../../server/contract/search-query';
import type { ListFilter, ListedRows, ReviewRow, ReviewSortKeys, SearchSort } from '../../../server/contract/store';
import type { SearchEntry } from '../../figure-changes';
import { inPageOrder, pageOfWindow, windowPlan, type WindowPlan, type WindowRow } from '../../search-window';
import { keptWordFrequencies, searchShare } from './word-frequency';

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

const removeEntries = namedStatement(`delete from review_search where review_id = any($1::integer[])`);
const addEntries = namedStatement(
  `insert into review_search (review_id, company_id, document) ` +
    `select id, company_id, earful_search_document(title, body) ` +
    `from unnest($1::integer[], $2::integer[], $3::text[], $4::text[]) as e(id, company_id, title, body)`,
);

/**
 * The index's writes, inside each change's transaction: removals first, so an edited review is written anew; each
 * one fixed named statement over arrays.
 */
export async function writeSearchIndex(q: PgQuery, removals: readonly number[], additions: readonly SearchEntry[]): Promise<void> {
  if (removals.length > 0) await removeEntries(q, [removals]);
  if (additions.length > 0) {
    await addEntries(q, [
      additions.map((e) => e.id),
      additions.map((e) => e.companyId),
      additions.map((e) => e.title),
      additions.map((e) => e.body),
    ]);
  }
}

/** A window's matches in walk order, and those of them published and passing the other filters. */
interface Window {
  ids: number[];
  candidates: WindowRow[];
}

type WindowResult = {
  match: number;
  id: number | null;
  title: string | null;
  body: string | null;
  createdAt: number;
  rating: number;
  helpfulCount: number;
};

/**
 * The window and its candidates' ordering fields in one statement. A search whose words are in at least one entry
 * in LIST_SCAN_BUDGET / window (statistics say, word-frequency.ts) walks at most LIST_SCAN_BUDGET of the company's
 * newest entries, where it fills the window unless the guess was wrong; the others, and a walk that came up short,
 * read every match from the GIN index and sort them (`+ 0` keeps the planner off the ordered walk, which for a
 * word it wrongly thinks common reads every entry to find three).
 */
async function windowOf(q: PgDb, filter: ListFilter & { search: ParsedSearch }, plan: WindowPlan, walk: boolean): Promise<Window> {
  const { companyId, search } = filter;
  const dir = sql.raw(plan.descending ? 'desc' : 'asc');
  const past = plan.bound === null ? sql`` : sql`and review_id ${sql.raw(plan.descending ? '<' : '>')} ${plan.bound}`;
  const query = sql`to_tsquery('simple', ${tsQuery(search)})`;
  const window = sql.raw(String(SEARCH_LIMITS.window));
  const matched = walk
    ? sql`select id from (select review_id as id, document from review_search where company_id = ${companyId} ${past}
        order by review_id ${dir} limit ${sql.raw(String(LIST_SCAN_BUDGET))}) as newest
        where document @@ ${query} order by id ${dir} limit ${window}`
    : sql`select review_id as id from review_search where company_id = ${companyId} and document @@ ${query} ${past}
        order by review_id + 0 ${dir} limit ${window}`;
  const passes = sql.join([sql`reviews.status = ${filter.status}`, ...filterTests(filter)], sql` and `);
  const rows = await namedQuery<WindowResult>(
    q,
    sql`select matched.id as match, reviews.id, reviews.title, reviews.body, reviews.created_at as "createdAt",
        reviews.rating, reviews.helpful_count as "helpfulCount"
      from (${matched}) as matched left join reviews on reviews.id = matched.id and ${passes}`,
  );
  if (walk && rows.length < SEARCH_LIMITS.window) return windowOf(q, filter, plan, false);
  const ids = rows.map((r) => Number(r.match)).sort(plan.descending ? (a, b) => b - a : (a, b) => a - b);
  const candidates = rows.flatMap(({ id, title, body, createdAt, rating, helpfulCount }) =>
    id === null ? [] : [{ id, title, body: body!, createdAt: Number(createdAt), rating, helpfulCount }],
  );
  return { ids, candidates };
}

export function reviewSearchQueries(db: PgDb, sortKeys: ReviewSortKeys) {
  const frequencies = keptWordFrequencies();
  // The page's reviews, the ids as one array parameter: one prepared statement whatever the page's length.
  const pageRows = db
    .select()
    .from(reviews)
    .where(sql`${reviews.id} = any(${sql.placeholder('ids')}::integer[])`)
    .prepare('earful_search_page');
  /** Common enough to fill a window from a walk of LIST_SCAN_BUDGET entries. */
  const isCommon = async (search: ParsedSearch) => searchShare(search, await frequencies(db)) >= SEARCH_LIMITS.window / LIST_SCAN_BUDGET;
  return {
    async listReviews(
      filter: ListFilter & { search: ParsedSearch },
      sort: SearchSort,
      after: number[] | null,
      limit: number,
    ): Promise<ListedRows> {
      const { search } = filter;
      const plan = windowPlan(sort, after);
      if (search.terms.length === 0) return { rows: [], scannedTo: null, cursors: [] };
      const { ids, candidates } = await windowOf(db, filter, plan, await isCommon(search));
      const page = pageOfWindow(plan, ids, candidates, search, sort, sortKeys, limit);
      const rows = page.ids.length === 0 ? [] : ((await pageRows.execute({ ids: page.ids })) as ReviewRow[]);
      return { rows: inPageOrder(page.ids, rows), scannedTo: page.scannedTo, cursors: page.cursors };
    },
    /**
     * Matches of the company that pass the other filters, among SEARCH_LIMITS.countBudget of them at most (on SQLite
     * the newest; here whichever the planner reaches first, the index or the company's walk, as the count is the same
     * below the budget and incomplete above it).
     */
    async countReviews(filter: ListFilter & { search: ParsedSearch }): Promise<number> {
      if (filter.search.terms.length === 0) return 0;
      const tests = filterTests(filter);
      // A rare word's matches come from the GIN index (the order forces it, as in windowOf); a common one's from a
      // walk of the newest entries, the pages the window's walk keeps warm (unordered, the planner chose a
      // sequential scan, which reads through a small ring of buffers: every count read its pages anew).
      const common = await isCommon(filter.search);
      const some = sql`select ${reviewSearch.reviewId} as id from ${reviewSearch} where ${matches(filter.companyId, filter.search)}
        order by review_id ${sql.raw(common ? 'desc' : '+ 0')} limit ${sql.raw(String(SEARCH_LIMITS.countBudget))}`;
      const [row] = await namedQuery<{ count: number }>(
        db,
        tests.length
          ? sql`select count(*)::int as count from (${some}) as matched join reviews on reviews.id = matched.id
              where ${sql.join([sql`reviews.status = ${filter.status}`, ...tests], sql` and `)}`
          : sql`select count(*)::int as count from (${some}) as matched`,
      );
      return row?.count ?? 0;
    },
  };
}
