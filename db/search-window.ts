// A search's page, the same on both stores once each has found its window: the newest SEARCH_LIMITS.window
// matches of the company (oldest: the oldest), put in the page's order here, so a search never orders more
// reviews than that however common its words (docs/decisions.md#review-search).
import { SEARCH_LIMITS } from '../server/contract/review-limits';
import { relevanceScore, type ParsedSearch } from '../server/contract/search-query';
import type { ReviewRow, ReviewSortKeys, SearchSort } from '../server/contract/store';

/** What ordering a window needs of each of its reviews: the rest is read for the page's reviews only. */
export type WindowRow = Pick<ReviewRow, 'id' | 'title' | 'body' | 'createdAt' | 'rating' | 'helpfulCount'>;

/** A window's page: the ids of its reviews in order, each one's cursor, and the next window's start when it ran out. */
export interface WindowPage {
  ids: number[];
  cursors: number[][];
  scannedTo: number[] | null;
}

export interface WindowPlan {
  /** Newest first by id (every order but oldest), or oldest first. */
  descending: boolean;
  /** The window's matches are below this id (descending) or above it; null for the first window. */
  bound: number | null;
  /** Rows after this sort key within the window; null from its start. */
  keyAfter: number[] | null;
}

/** Where a search page starts: a cursor is [window] or [window, ...sort key] (rows.ts SearchSort). */
export function windowPlan(sort: SearchSort, after: number[] | null): WindowPlan {
  return {
    descending: sort !== 'oldest',
    bound: after ? after[0]! : null,
    keyAfter: after && after.length > 1 ? after.slice(1) : null,
  };
}

type Key = { values: number[]; dirs: ('asc' | 'desc')[] };

function keyOf(search: ParsedSearch, sort: SearchSort, sortKeys: ReviewSortKeys, row: WindowRow): Key {
  if (sort === 'relevance')
    return { values: [relevanceScore(search, row.title, row.body), row.createdAt, row.id], dirs: ['desc', 'desc', 'desc'] };
  const fields = sortKeys[sort];
  return { values: fields.map(([field]) => row[field]), dirs: fields.map(([, dir]) => dir) };
}

/** Negative when key `a` comes first. */
function compare(a: number[], b: number[], dirs: ('asc' | 'desc')[]): number {
  for (let i = 0; i < dirs.length; i++) {
    const d = a[i]! - b[i]!;
    if (d !== 0) return dirs[i] === 'asc' ? d : -d;
  }
  return 0;
}

/**
 * The page: `matchIds` are the window's matches in walk order (at most SEARCH_LIMITS.window), `rows` those of
 * them that are published and pass the other filters (their ordering fields only). A full window that runs out before the page is full
 * gives the next window's start as scannedTo, as a filtered list gives where its scan budget ran out.
 */
export function pageOfWindow(
  plan: WindowPlan,
  matchIds: readonly number[],
  rows: readonly WindowRow[],
  search: ParsedSearch,
  sort: SearchSort,
  sortKeys: ReviewSortKeys,
  limit: number,
): WindowPage {
  if (matchIds.length === 0) return { ids: [], scannedTo: null, cursors: [] };
  // The first window is pinned to what it held, so a review published meanwhile does not shift its pages.
  const window = plan.bound ?? (plan.descending ? matchIds[0]! + 1 : matchIds[0]! - 1);
  const keyed = rows.map((row) => ({ row, key: keyOf(search, sort, sortKeys, row) }));
  keyed.sort((a, b) => compare(a.key.values, b.key.values, a.key.dirs));
  const after = plan.keyAfter;
  const rest = after ? keyed.filter(({ key }) => compare(key.values, after, key.dirs) > 0) : keyed;
  const page = rest.slice(0, limit);
  const full = matchIds.length >= SEARCH_LIMITS.window;
  return {
    ids: page.map(({ row }) => row.id),
    scannedTo: page.length < limit && full ? [matchIds[matchIds.length - 1]!] : null,
    cursors: page.map(({ key }) => [window, ...key.values]),
  };
}

/** The page's reviews, read in one query, in the page's order. */
export function inPageOrder(ids: readonly number[], rows: readonly ReviewRow[]): ReviewRow[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
