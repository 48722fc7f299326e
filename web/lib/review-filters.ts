// The review list's filters and sort, and their place in the address (?issueType=billing&sort=lowest), so a
// filtered list can be shared and Back brings the previous one back.
import { REVIEW_SORTS, type ReviewSort } from '../../server/contract/review-limits';
import type { Taxonomy } from '../../server/contract/taxonomy';

export const CHOICE_FILTERS = ['issueType', 'contactMethod', 'billingParty', 'resolved'] as const;
export type ChoiceFilter = (typeof CHOICE_FILTERS)[number];

export type ReviewFilters = Record<ChoiceFilter, string> & { rating: number | null; sort: ReviewSort };

export const NO_FILTERS: ReviewFilters = {
  issueType: '',
  contactMethod: '',
  billingParty: '',
  resolved: '',
  rating: null,
  sort: 'newest',
};

/** Whether any filter (not the sort) narrows the list. */
export const isFiltered = (f: ReviewFilters) => f.rating !== null || CHOICE_FILTERS.some((k) => f[k] !== '');

/** The filters an address asks for; anything unreadable is left out rather than refused. */
export function filtersFromSearch(search: string): ReviewFilters {
  const params = new URLSearchParams(search);
  const rating = Number(params.get('rating'));
  const sort = params.get('sort') as ReviewSort | null;
  const filters: ReviewFilters = {
    ...NO_FILTERS,
    rating: Number.isInteger(rating) && rating >= 1 && rating <= 5 ? rating : null,
    sort: sort && REVIEW_SORTS.includes(sort) ? sort : 'newest',
  };
  for (const key of CHOICE_FILTERS) filters[key] = params.get(key) ?? '';
  return filters;
}

/** Only the values this company's form offers, so a stale or edited address shows reviews, not an error. */
export function knownFilters(filters: ReviewFilters, taxonomy: Taxonomy): ReviewFilters {
  const known = { ...filters };
  for (const key of CHOICE_FILTERS) if (known[key] && !taxonomy[key].some((c) => c.value === known[key])) known[key] = '';
  return known;
}

/** "?issueType=billing&rating=1" for the address; empty for the unfiltered newest-first list. */
export function searchOfFilters(filters: ReviewFilters): string {
  const params = new URLSearchParams();
  for (const key of CHOICE_FILTERS) if (filters[key]) params.set(key, filters[key]);
  if (filters.rating !== null) params.set('rating', String(filters.rating));
  if (filters.sort !== 'newest') params.set('sort', filters.sort);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export const sameFilters = (a: ReviewFilters, b: ReviewFilters) => searchOfFilters(a) === searchOfFilters(b);
