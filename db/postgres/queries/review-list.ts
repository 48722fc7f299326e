// The public review list on PostgreSQL: the same keyset pages, orders, filters and scan budget as SQLite's
// (db/sqlite/queries/review-list.ts says why), each order walking its index (db/postgres/schema/reviews.ts).
import { sql, type SQL } from 'drizzle-orm';
import type { PgQuery } from '../connection';
import { reviews } from '../schema';
import type { ReviewRow } from '../../../server/contract/store';
import type { ListedRows, ListFilter, ListSort } from '../../../server/contract/store';
import type { ReviewSortKeys, SortField } from '../../../server/contract/store/store-rules';
import { LIST_COUNT_BUDGET, LIST_SCAN_BUDGET } from '../../../server/contract/review-limits';

type KeyPart = { name: string; dir: 'asc' | 'desc' };

const KEY_NAMES: Record<SortField, string> = { createdAt: 'created_at', id: 'id', rating: 'rating', helpfulCount: 'helpful_count' };
const FILTERS = ['issueType', 'contactMethod', 'billingParty', 'resolved', 'rating'] as const;
const FILTER_NAMES = ['issue_type', 'contact_method', 'billing_party', 'resolved', 'rating'] as const;

/**
 * Rows strictly after the cursor in the sort order, in a form the index seeks to (SQLite's review-list.ts says
 * why): one row-value comparison where the key's directions agree, else the first column's range and the rest
 * compared within it. (PostgreSQL 15 sorts every row of a UNION ALL under ORDER BY, so not SQLite's merged ranges.)
 */
function afterCursor(keys: KeyPart[], after: number[], at = 0): SQL {
  const [first, ...rest] = keys;
  const beyond = sql.raw(first!.dir === 'asc' ? '>' : '<');
  // As bigint: a cursor may carry any safe integer, past an int column's range (which would be an error).
  if (keys.every((k) => k.dir === first!.dir)) {
    const values = keys.map((_, i) => sql`${after[at + i]!}::bigint`);
    return sql`(${sql.raw(keys.map((k) => k.name).join(', '))}) ${beyond} (${sql.join(values, sql`, `)})`;
  }
  const column = sql.raw(first!.name);
  const value = sql`${after[at]!}::bigint`;
  const orEqual = sql.raw(first!.dir === 'asc' ? '>=' : '<=');
  return sql`${column} ${orEqual} ${value} and (${column} ${beyond} ${value} or ${afterCursor(rest, after, at + 1)})`;
}

const orderOf = (keys: KeyPart[]) => sql.raw(keys.map((k) => `${k.name} ${k.dir}`).join(', '));

export function reviewListQueries(sortKeys: ReviewSortKeys) {
  const keysOf = (sort: ListSort): KeyPart[] => sortKeys[sort].map(([field, dir]) => ({ name: KEY_NAMES[field], dir }));

  /** The company's list after the cursor, in the sort's order: the reviews a page looks at. */
  const walk = (filter: ListFilter, sort: ListSort, after: number[] | null) => {
    const keys = keysOf(sort);
    const columns = sql.raw([...new Set([...keys.map((k) => k.name), ...FILTER_NAMES])].join(', '));
    return sql`select ${columns} from reviews where company_id = ${filter.companyId} and status = ${filter.status}
      ${after ? sql`and ${afterCursor(keys, after)}` : sql``} order by ${orderOf(keys)}`;
  };
  const filterTests = (filter: ListFilter) =>
    FILTERS.filter((f) => filter[f] !== undefined && filter[f] !== '').map(
      (f) => sql`${sql.raw(FILTER_NAMES[FILTERS.indexOf(f)]!)} = ${filter[f]!}`,
    );

  return {
    async countReviews(q: PgQuery, filter: ListFilter): Promise<number> {
      const tests = filterTests(filter);
      const [row] = await q
        .select({ count: sql<number>`count(*)::int` })
        .from(sql`(${walk({ ...filter }, 'newest', null)} limit ${sql.raw(String(LIST_COUNT_BUDGET))}) as newest`)
        .where(tests.length ? sql.join(tests, sql` and `) : undefined);
      return row?.count ?? 0;
    },
    async listReviews(q: PgQuery, filter: ListFilter, sort: ListSort, after: number[] | null, limit: number): Promise<ListedRows> {
      const keys = keysOf(sort);
      const filters = FILTERS.filter((f) => filter[f] !== undefined && filter[f] !== '');
      // Highest and lowest walk an index that starts with the rating: a rating filter narrows their walk for free.
      const windowed = filters.some((f) => !(f === 'rating' && (sort === 'highest' || sort === 'lowest')));
      const tests = filterTests(filter);
      const size = windowed ? sql.raw(String(LIST_SCAN_BUDGET)) : sql`${limit}`;
      const kept = sql`select id from (${walk(filter, sort, after)} limit ${size}) as walked
        ${tests.length ? sql`where ${sql.join(tests, sql` and `)}` : sql``} order by ${orderOf(keys)} limit ${limit}`;
      const rows = (await q
        .select()
        .from(reviews)
        .where(sql`${reviews.id} in (${kept})`)
        .orderBy(orderOf(keys))
        .limit(limit)) as ReviewRow[];
      if (!windowed || rows.length >= limit) return { rows, scannedTo: null };
      const ends = await q.execute<Record<string, string | number>>(
        sql`select ${sql.raw(keys.map((k) => k.name).join(', '))} from (${walk(filter, sort, after)} limit 1 offset ${sql.raw(
          String(LIST_SCAN_BUDGET - 1),
        )}) as window_end`,
      );
      const end = ends.rows[0];
      return { rows, scannedTo: end ? keys.map((k) => Number(end[k.name])) : null };
    },
  };
}
