// Each order of the review list as its sort key, field by field; the id last makes every order total, so a cursor
// never skips or repeats a row. The store is built with these (server/store-factory.ts) and walks them in order.
import type { ListSort, ReviewRow, ReviewSortKeys } from './store';

export const REVIEW_SORT_KEYS: ReviewSortKeys = {
  newest: [
    ['createdAt', 'desc'],
    ['id', 'desc'],
  ],
  oldest: [
    ['createdAt', 'asc'],
    ['id', 'asc'],
  ],
  highest: [
    ['rating', 'desc'],
    ['createdAt', 'desc'],
    ['id', 'desc'],
  ],
  lowest: [
    ['rating', 'asc'],
    ['createdAt', 'desc'],
    ['id', 'desc'],
  ],
  helpful: [
    ['helpfulCount', 'desc'],
    ['createdAt', 'desc'],
    ['id', 'desc'],
  ],
};

export const sortKeyLength = (sort: ListSort) => REVIEW_SORT_KEYS[sort].length;

/** The values a cursor carries for a row: its sort key. */
export const cursorValuesOf = (sort: ListSort, row: ReviewRow) => REVIEW_SORT_KEYS[sort].map(([field]) => row[field]);
