// A company page opened with a search in its address (?q=refund: a shared link, or the search form sent by a
// browser without script). The page leaves the server with that search's first page: as data for the page script
// (the same API address web/components/earful-review-list.ts asks for) and as HTML for readers without script.
import { ReviewListQuery, REVIEW_SORTS, SEARCH_LIMITS, type CompanyDetail, type ReviewPage } from '../contract/review';
import { matchText, noMatchText } from '../contract/match-count';
import { escapeHtml } from './html';
import { reviewHtml } from './review-html';

/** The list's filters, in the order its requests name them (web/lib/review-filters.ts CHOICE_FILTERS). */
const CHOICE_FIELDS = ['issueType', 'contactMethod', 'billingParty', 'resolved'] as const;

export interface CompanySearch {
  q: string;
  query: ReviewListQuery;
  /** "?q=refund&sort=relevance&limit=10": the list's own request, in its order (web/lib/review-filters.ts). */
  apiSearch: string;
}

/**
 * The search the address asks for, with the filters this company's form offers; null without a search or with
 * one the API would refuse (the page script then shows why). Unknown values are left out, as the page script does.
 */
export function companySearchOf(params: URLSearchParams, company: CompanyDetail, limit: number): CompanySearch | null {
  const q = params.get('q')?.trim();
  if (!q) return null;
  const asked = new URLSearchParams({ q });
  for (const field of CHOICE_FIELDS) {
    const value = params.get(field);
    if (value && company.taxonomy[field].some((c) => c.value === value)) asked.set(field, value);
  }
  const rating = params.get('rating');
  if (rating && /^[1-5]$/.test(rating)) asked.set('rating', rating);
  const sort = params.get('sort');
  asked.set('sort', sort && (REVIEW_SORTS as readonly string[]).includes(sort) ? sort : 'relevance');
  asked.set('limit', String(limit));
  const parsed = ReviewListQuery.safeParse(Object.fromEntries(asked));
  return parsed.success ? { q, query: parsed.data, apiSearch: `?${asked}` } : null;
}

/** The search box as a plain GET form to the page's own address, for readers without script. */
export function searchFormHtml(companyPath: string, q: string): string {
  return [
    `<form role="search" class="noscript-search" action="${escapeHtml(companyPath)}" method="get">`,
    '<label for="noscript-q">Search the reviews</label> ',
    `<input id="noscript-q" type="search" name="q" maxlength="${SEARCH_LIMITS.length}" value="${escapeHtml(q)}" /> `,
    '<button type="submit">Search</button>',
    '</form>',
  ].join('');
}

/** The searched reviews: how many mention the search, then each review with its reply. */
export function searchResultsHtml(companyPath: string, search: CompanySearch, page: ReviewPage): string {
  const quoted = `“${search.q}”`;
  const m = page.matching;
  const count = !m || page.reviews.length === 0 ? 0 : m.count;
  const line = count === 0 ? noMatchText(search.q, false) : `${matchText(m!, search.q, false)}.`;
  const items = page.reviews.map((r) => `<li>${reviewHtml(r, `${companyPath}/reviews/${r.id}`)}</li>`).join('');
  return [
    `<h2>${escapeHtml(`Reviews that mention ${quoted}`)}</h2>`,
    `<p role="status">${escapeHtml(line)}</p>`,
    items ? `<ol class="noscript-reviews">${items}</ol>` : '',
    page.reviews.length < count ? '<p>The full list needs JavaScript.</p>' : '',
  ].join('');
}
