// Search on SQLite: the FTS5 table review_search (migration 0018) holds the published reviews' words, one row a
// review at rowid company × 2^32 + review id, so a company's search is a rowid range of each word's postings and
// never walks another company's. Written by figure-writes.ts in every change's transaction; read a window at a time.
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../connection';
import { reviews, type ReviewRow } from '../schema';
import { SEARCH_LIMITS } from '../../../server/contract/review-limits';
import type { ParsedSearch } from '../../../server/contract/search-query';
import type { ListFilter, ListedRows, ReviewSortKeys, SearchSort } from '../../../server/contract/store';
import { inPageOrder, pageOfWindow, windowPlan, type WindowRow } from '../../search-window';
import type { SearchEntry } from '../../figure-changes';

const FILTERS = ['issueType', 'contactMethod', 'billingParty', 'resolved', 'rating'] as const;
const FILTER_NAMES = ['issue_type', 'contact_method', 'billing_party', 'resolved', 'rating'] as const;
type Filter = (typeof FILTERS)[number];

/** A company's entries lie in [company × 2^32, (company + 1) × 2^32): review ids stay below 2^32. */
const COMPANY_SPAN = 2 ** 32;
const rowidOf = (companyId: number, reviewId: number) => companyId * COMPANY_SPAN + reviewId;

/**
 * The FTS5 query: each term as a quoted phrase, all of them (AND). The terms hold only letters and digits
 * (contract/search-query.ts), so nothing a reader types can be FTS5 syntax.
 */
export const ftsQuery = (search: ParsedSearch): string =>
  search.terms.map((t) => `"${t.words.join(' ')}"${t.prefix ? '*' : ''}`).join(' AND ');

/** The text a review is found by: its title and body as written; FTS5's tokenizer folds case and accents. */
export const searchText = (row: { title: string | null; body: string }) => `${row.title ?? ''}\n${row.body}`;

/** The index's writes, made by figure-writes.ts inside each change's transaction. */
export function searchIndexWrites(db: Db) {
  // A contentless table forgets a row given the values it indexed; with secure-delete, in place, leaving no trace.
  const remove = db.$client.prepare(`insert into review_search (review_search, rowid, words) values ('delete', ?, ?)`);
  const add = db.$client.prepare('insert into review_search (rowid, words) values (?, ?)');
  return {
    /** Takes a review out of the index, as it was indexed (the change's `before`). */
    remove(row: SearchEntry): void {
      remove.run(rowidOf(row.companyId, row.id), searchText(row));
    },
    add(row: SearchEntry): void {
      add.run(rowidOf(row.companyId, row.id), searchText(row));
    },
  };
}

type Ids = { all(...values: unknown[]): number[] };

export function reviewSearchQueries(db: Db, sortKeys: ReviewSortKeys) {
  const sqlite = db.$client;
  // The window: the newest (oldest) matches of the company, below (above) its bound, along the rowid range.
  const windows = new Map<boolean, Ids>();
  const window = (descending: boolean) => {
    let found = windows.get(descending);
    if (!found) {
      found = sqlite
        .prepare(
          `select rowid - ? from review_search where review_search match ? and rowid > ? and rowid < ?
            order by rowid ${descending ? 'desc' : 'asc'} limit ${SEARCH_LIMITS.window}`,
        )
        .pluck() as unknown as Ids;
      windows.set(descending, found);
    }
    return found;
  };
  const countMatches = sqlite
    .prepare(
      `select count(*) from (select rowid from review_search where review_search match ? and rowid > ? and rowid < ?
        order by rowid desc limit ${SEARCH_LIMITS.countBudget})`,
    )
    .pluck();
  const countFiltered = new Map<string, { get(values: Record<string, unknown>): { count: number } | undefined }>();
  const windowRows = new Map<string, { all(values: Record<string, unknown>): WindowRow[] }>();
  const pageRows = db
    .select()
    .from(reviews)
    .where(sql`${reviews.id} in (select value from json_each(${sql.placeholder('ids')}))`)
    .prepare();

  const present = (filter: ListFilter) => FILTERS.filter((f) => filter[f] !== undefined && filter[f] !== '');
  const tests = (filters: readonly Filter[]): SQL[] =>
    filters.map((f) => sql`${sql.raw(`reviews.${FILTER_NAMES[FILTERS.indexOf(f)]!}`)} = ${sql.placeholder(f)}`);
  const valuesOf = (filter: ListFilter, filters: readonly Filter[], more: Record<string, unknown>) => {
    const values: Record<string, unknown> = { status: filter.status, ...more };
    for (const f of filters) values[f] = filter[f];
    return values;
  };
  /** The window's reviews that are published and pass the other filters: what ordering them needs, no more. */
  const rowsOf = (filters: readonly Filter[]) => {
    const key = filters.join(',');
    let found = windowRows.get(key);
    if (!found) {
      const { id, title, body, createdAt, rating, helpfulCount } = reviews;
      found = db
        .select({ id, title, body, createdAt, rating, helpfulCount })
        .from(reviews)
        .where(
          sql.join(
            [
              sql`${reviews.id} in (select value from json_each(${sql.placeholder('ids')}))`,
              sql`${reviews.status} = ${sql.placeholder('status')}`,
              ...tests(filters),
            ],
            sql` and `,
          ),
        )
        .prepare();
      windowRows.set(key, found);
    }
    return found;
  };
  const filteredCount = (filters: readonly Filter[]) => {
    const key = filters.join(',');
    let found = countFiltered.get(key);
    if (!found) {
      found = db
        .select({ count: sql<number>`count(*)` })
        .from(
          sql`(select rowid - ${sql.placeholder('base')} as id from review_search where review_search match ${sql.placeholder('query')}
            and rowid > ${sql.placeholder('low')} and rowid < ${sql.placeholder('high')}
            order by rowid desc limit ${sql.raw(String(SEARCH_LIMITS.countBudget))}) as matched join reviews on reviews.id = matched.id`,
        )
        .where(sql.join([sql`reviews.status = ${sql.placeholder('status')}`, ...tests(filters)], sql` and `))
        .prepare();
      countFiltered.set(key, found);
    }
    return found;
  };

  return {
    listReviews(filter: ListFilter & { search: ParsedSearch }, sort: SearchSort, after: number[] | null, limit: number): ListedRows {
      const { search, companyId } = filter;
      const plan = windowPlan(sort, after);
      if (search.terms.length === 0) return { rows: [], scannedTo: null, cursors: [] };
      const base = rowidOf(companyId, 0);
      // Rowids strictly inside the company's range, and past the window's bound when there is one.
      const low = plan.bound !== null && !plan.descending ? base + plan.bound : base;
      const high = plan.bound !== null && plan.descending ? base + plan.bound : base + COMPANY_SPAN;
      const ids = window(plan.descending).all(base, ftsQuery(search), low, high);
      const filters = present(filter);
      const candidates = ids.length === 0 ? [] : rowsOf(filters).all(valuesOf(filter, filters, { ids: JSON.stringify(ids) }));
      const page = pageOfWindow(plan, ids, candidates, search, sort, sortKeys, limit);
      const rows = page.ids.length === 0 ? [] : (pageRows.all({ ids: JSON.stringify(page.ids) }) as ReviewRow[]);
      return { rows: inPageOrder(page.ids, rows), scannedTo: page.scannedTo, cursors: page.cursors };
    },
    /** Matches among the newest SEARCH_LIMITS.countBudget of the company that pass the other filters. */
    countReviews(filter: ListFilter & { search: ParsedSearch }): number {
      const { search, companyId } = filter;
      if (search.terms.length === 0) return 0;
      const base = rowidOf(companyId, 0);
      const filters = present(filter);
      // The index holds published reviews only: without other filters its count is the answer.
      if (filters.length === 0 && filter.status === 'published')
        return countMatches.get(ftsQuery(search), base, base + COMPANY_SPAN) as number;
      const values = valuesOf(filter, filters, { base, query: ftsQuery(search), low: base, high: base + COMPANY_SPAN });
      return filteredCount(filters).get(values)?.count ?? 0;
    },
  };
}
