// The public review list: keyset pages in five orders, each along an index holding the filter columns; a filtered
// page stops after LIST_SCAN_BUDGET entries (docs/decisions.md#review-list-budgets).
import { and, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../connection';
import { reviews, type ReviewRow } from '../schema';
import type { ReviewSortKeys, SortField } from '../../../server/contract/store/store-rules';
import { LIST_COUNT_BUDGET, LIST_SCAN_BUDGET } from '../../../server/contract/review-limits';
import type { ListFilter, ListedRows } from '../../../server/contract/store';

export type { ListFilter, ListedRows };

export type ListSort = 'newest' | 'oldest' | 'highest' | 'lowest' | 'helpful';

export { LIST_SCAN_BUDGET };

type KeyPart = { column: AnyColumn; name: string; dir: 'asc' | 'desc' };

/** The fields a sort key may hold, and their columns. */
const KEY_COLUMNS: Record<SortField, { column: AnyColumn; name: string }> = {
  createdAt: { column: reviews.createdAt, name: 'created_at' },
  id: { column: reviews.id, name: 'id' },
  rating: { column: reviews.rating, name: 'rating' },
  helpfulCount: { column: reviews.helpfulCount, name: 'helpful_count' },
};

/** The index each order walks: it must hold that order's key columns, in order, after company and status. */
const SORT_INDEXES: Record<ListSort, string> = {
  newest: 'reviews_list_newest',
  oldest: 'reviews_list_newest',
  highest: 'reviews_list_rating',
  lowest: 'reviews_list_lowest',
  helpful: 'reviews_list_helpful',
};

function sortsFrom(sortKeys: ReviewSortKeys): Record<ListSort, { index: string; keys: KeyPart[] }> {
  const entry = (sort: ListSort) => ({
    index: SORT_INDEXES[sort],
    keys: sortKeys[sort].map(([field, dir]) => ({ ...KEY_COLUMNS[field], dir })),
  });
  return {
    newest: entry('newest'),
    oldest: entry('oldest'),
    highest: entry('highest'),
    lowest: entry('lowest'),
    helpful: entry('helpful'),
  };
}

const FILTERS = ['issueType', 'contactMethod', 'billingParty', 'resolved', 'rating'] as const;
const FILTER_NAMES = ['issue_type', 'contact_method', 'billing_party', 'resolved', 'rating'] as const;
type Filter = (typeof FILTERS)[number];

/**
 * Rows strictly after the cursor in the sort order, as ranges the index seeks to, in order (the OR form was a
 * filter on a walk from the company's first entry: 70 ms a page half-way down a million reviews). Where the key's
 * directions agree, one row-value comparison; else the rest of the first column's value, then the values beyond it.
 */
function afterCursor(keys: KeyPart[], at = 0): SQL[] {
  const [first, ...rest] = keys;
  const beyond = sql.raw(first!.dir === 'asc' ? '>' : '<');
  if (keys.every((k) => k.dir === first!.dir)) {
    const values = keys.map((_, i) => sql`${sql.placeholder(`after${at + i}`)}`);
    return [sql`(${sql.raw(keys.map((k) => k.name).join(', '))}) ${beyond} (${sql.join(values, sql`, `)})`];
  }
  const column = sql.raw(first!.name);
  const value = sql.placeholder(`after${at}`);
  return [...afterCursor(rest, at + 1).map((range) => sql`${column} = ${value} and ${range}`), sql`${column} ${beyond} ${value}`];
}

const orderOf = (keys: KeyPart[]) =>
  sql.join(
    keys.map((k) => sql.raw(`${k.name} ${k.dir}`)),
    sql`, `,
  );

export function reviewListQueries(db: DbOrTx, sortKeys: ReviewSortKeys) {
  const SORTS = sortsFrom(sortKeys);
  const pages = new Map<string, { all(values: Record<string, unknown>): ReviewRow[] }>();
  const windowEnds = new Map<string, { get(values: Record<string, unknown>): Record<string, number> | undefined }>();
  const counts = new Map<string, { get(values: Record<string, unknown>): { count: number } | undefined }>();

  /** The company's list after the cursor, walked along the sort's own index: the reviews a page looks at. */
  const walk = (sort: ListSort, hasCursor: boolean) => {
    const { index, keys } = SORTS[sort];
    const columns = sql.raw([...new Set([...keys.map((k) => k.name), ...FILTER_NAMES])].join(', '));
    const from = (range: SQL) => sql`select ${columns} from reviews indexed by ${sql.raw(index)}
      where company_id = ${sql.placeholder('companyId')} and status = ${sql.placeholder('status')} ${range}`;
    // Several ranges are merged in the sort's order, each read along the index (SQLite's MERGE (UNION ALL)).
    const ranges = hasCursor ? afterCursor(keys).map((range) => from(sql`and ${range}`)) : [from(sql``)];
    return sql`${sql.join(ranges, sql` union all `)} order by ${orderOf(keys)}`;
  };

  function page(sort: ListSort, filters: readonly Filter[], hasCursor: boolean, windowed: boolean) {
    const key = `${sort}:${filters.join(',')}:${hasCursor}:${windowed}`;
    let found = pages.get(key);
    if (!found) {
      const { keys } = SORTS[sort];
      // The walk runs along the sort's own index, which holds the filter columns too: a page tests its filters
      // on index entries alone, looks at no more than the scan budget, and reads only the reviews it keeps.
      const tests = filters.map((f) => sql`${sql.raw(FILTER_NAMES[FILTERS.indexOf(f)]!)} = ${sql.placeholder(f)}`);
      const size = windowed ? sql.raw(String(LIST_SCAN_BUDGET)) : sql.placeholder('limit');
      const kept = sql`select id from (${walk(sort, hasCursor)} limit ${size})
        ${tests.length ? sql`where ${sql.join(tests, sql` and `)}` : sql``} order by ${orderOf(keys)} limit ${sql.placeholder('limit')}`;
      const conditions: SQL[] = [sql`${reviews.id} in (${kept})`];
      found = db
        .select()
        .from(reviews)
        .where(and(...conditions))
        // "+column" keeps the planner from walking some other index for the order: the ids are already chosen.
        .orderBy(...keys.map((k) => sql.raw(`+${k.name} ${k.dir}`)))
        .limit(sql.placeholder('limit'))
        .prepare();
      pages.set(key, found);
    }
    return found;
  }

  /** The sort key of the last review of a full window; undefined when the walk ends inside it. */
  function windowEnd(sort: ListSort, hasCursor: boolean) {
    const key = `${sort}:${hasCursor}`;
    let found = windowEnds.get(key);
    if (!found) {
      const fields = Object.fromEntries(SORTS[sort].keys.map((k) => [k.name, sql<number>`${sql.raw(k.name)}`]));
      found = db
        .select(fields)
        .from(sql`(${walk(sort, hasCursor)} limit 1 offset ${sql.raw(String(LIST_SCAN_BUDGET - 1))})`)
        .prepare();
      windowEnds.set(key, found);
    }
    return found;
  }

  /** Matching reviews among the company's newest LIST_COUNT_BUDGET, tested on the newest-first index's entries alone. */
  function count(filters: readonly Filter[]) {
    const key = filters.join(',');
    let found = counts.get(key);
    if (!found) {
      const tests = filters.map((f) => sql`${sql.raw(FILTER_NAMES[FILTERS.indexOf(f)]!)} = ${sql.placeholder(f)}`);
      found = db
        .select({ count: sql<number>`count(*)` })
        .from(sql`(${walk('newest', false)} limit ${sql.raw(String(LIST_COUNT_BUDGET))})`)
        .where(tests.length ? sql.join(tests, sql` and `) : undefined)
        .prepare();
      counts.set(key, found);
    }
    return found;
  }

  return {
    countReviews(filter: ListFilter): number {
      const filters = FILTERS.filter((f) => filter[f] !== undefined && filter[f] !== '');
      const values: Record<string, unknown> = { companyId: filter.companyId, status: filter.status };
      for (const f of filters) values[f] = filter[f];
      return count(filters).get(values)?.count ?? 0;
    },
    listReviews(filter: ListFilter, sort: ListSort, after: number[] | null, limit: number): ListedRows {
      const filters = FILTERS.filter((f) => filter[f] !== undefined && filter[f] !== '');
      // Highest and lowest walk an index that starts with the rating: a rating filter narrows their walk for free.
      const windowed = filters.some((f) => !(f === 'rating' && (sort === 'highest' || sort === 'lowest')));
      const values: Record<string, unknown> = { companyId: filter.companyId, status: filter.status, limit };
      for (const f of filters) values[f] = filter[f];
      after?.forEach((v, i) => (values[`after${i}`] = v));
      const rows = page(sort, filters, after !== null, windowed).all(values);
      if (!windowed || rows.length >= limit) return { rows, scannedTo: null };
      const end = windowEnd(sort, after !== null).get(values);
      return { rows, scannedTo: end ? SORTS[sort].keys.map((k) => end[k.name]!) : null };
    },
  };
}
