// The review list's search, filters and sort, and their place in the address (?q=refund&issueType=billing), so a
// searched or filtered list can be shared and Back brings the previous one back.
import { REVIEW_SORTS, SEARCH_LIMITS, type ReviewSort } from '../../server/contract/review-limits';
import type { Taxonomy } from '../../server/contract/taxonomy';

export const CHOICE_FILTERS = ['issueType', 'contactMethod', 'billingParty', 'resolved'] as const;
export type ChoiceFilter = (typeof CHOICE_FILTERS)[number];

/** The longest search the API takes. */
export const SEARCH_MAX = SEARCH_LIMITS.length;

// `q` first: the API path the list asks for follows this order (server/pages/company-page.ts preloads it).
export type ReviewFilters = { q: string } & Record<ChoiceFilter, string> & { rating: number | null; sort: ReviewSort };

export const NO_FILTERS: ReviewFilters = {
  q: '',
  issueType: '',
  contactMethod: '',
  billingParty: '',
  resolved: '',
  rating: null,
  sort: 'newest',
};

/** The API's default: the most relevant first for a search, the newest otherwise. */
export const defaultSort = (q: string): ReviewSort => (q ? 'relevance' : 'newest');

/** Whether any filter (not the search, not the sort) narrows the list. */
export const isFiltered = (f: ReviewFilters) => f.rating !== null || CHOICE_FILTERS.some((k) => f[k] !== '');

/** A search as the API takes it: trimmed, at most SEARCH_MAX characters. */
export const searchText = (q: string | null) => (q ?? '').trim().slice(0, SEARCH_MAX).trim();

/** The filters an address asks for; anything unreadable is left out rather than refused. */
export function filtersFromSearch(search: string): ReviewFilters {
  const params = new URLSearchParams(search);
  const rating = Number(params.get('rating'));
  const q = searchText(params.get('q'));
  const sort = params.get('sort') as ReviewSort | null;
  const known = sort !== null && REVIEW_SORTS.includes(sort);
  const filters: ReviewFilters = {
    ...NO_FILTERS,
    q,
    rating: Number.isInteger(rating) && rating >= 1 && rating <= 5 ? rating : null,
    sort: known && (sort !== 'relevance' || q) ? sort : defaultSort(q),
  };
  for (const key of CHOICE_FILTERS) filters[key] = params.get(key) ?? '';
  return filters;
}

/**
 * The filters with another search: a sort the reader left at its default follows the search's default (most
 * relevant while searching, newest without), one they chose stays; relevance goes with the search.
 */
export function withSearch(filters: ReviewFilters, q: string): ReviewFilters {
  const text = searchText(q);
  const chosen = filters.sort !== defaultSort(filters.q) && (filters.sort !== 'relevance' || text);
  return { ...filters, q: text, sort: chosen ? filters.sort : defaultSort(text) };
}

/** Only the values this company's form offers, so a stale or edited address shows reviews, not an error. */
export function knownFilters(filters: ReviewFilters, taxonomy: Taxonomy): ReviewFilters {
  const known = { ...filters };
  for (const key of CHOICE_FILTERS) if (known[key] && !taxonomy[key].some((c) => c.value === known[key])) known[key] = '';
  return known;
}

/** "?q=refund&issueType=billing&rating=1" for the address; empty for the unfiltered newest-first list. */
export function searchOfFilters(filters: ReviewFilters): string {
  const params = new URLSearchParams();
  if (filters.q) params.set('q', filters.q);
  for (const key of CHOICE_FILTERS) if (filters[key]) params.set(key, filters[key]);
  if (filters.rating !== null) params.set('rating', String(filters.rating));
  if (filters.sort !== defaultSort(filters.q)) params.set('sort', filters.sort);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export const sameFilters = (a: ReviewFilters, b: ReviewFilters) => searchOfFilters(a) === searchOfFilters(b);
