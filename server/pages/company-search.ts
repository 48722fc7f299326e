// A company page opened with a search in its address (?q=refund: a shared link, or the search form sent by a
// browser without script). The page leaves the server with that search's first page: as data for the page script
// (the same API address web/components/earful-review-list.ts asks for) and as HTML for readers without script,
// who page through the reviews, searched or not, by the list's own cursor (?cursor=…, "Older reviews").
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

/** The list's cursor in the address (a later page for readers without script), when it is one the list could take. */
export function pageCursorOf(params: URLSearchParams): string | undefined {
  const cursor = params.get('cursor');
  return cursor && ReviewListQuery.safeParse({ cursor }).success ? cursor : undefined;
}

/**
 * The reviews for readers without script: a search's (how many mention it on its first page), or the newest; each
 * review with its reply, then a link to the next page and, on a later page, back to the first.
 */
export function reviewsHtml(companyPath: string, search: CompanySearch | null, page: ReviewPage, later: boolean): string {
  const firstPage = search ? `${companyPath}?${pageSearch(search, null)}` : companyPath;
  const items = page.reviews.map((r) => `<li>${reviewHtml(r, `${companyPath}/reviews/${r.id}`)}</li>`).join('');
  const next = page.nextCursor ? `${companyPath}?${pageSearch(search, page.nextCursor)}` : null;
  return [
    `<h2>${escapeHtml(search ? `Reviews that mention “${search.q}”` : later ? 'Older reviews' : 'Newest reviews')}</h2>`,
    (search && !later) || page.reviews.length === 0 ? `<p role="status">${escapeHtml(countLine(search, page, later))}</p>` : '',
    items ? `<ol class="noscript-reviews">${items}</ol>` : '',
    next || later
      ? [
          '<p class="noscript-pages">',
          later ? `<a href="${escapeHtml(firstPage)}">${search ? 'First results' : 'Newest reviews'}</a>` : '',
          next && later ? ' · ' : '',
          next ? `<a href="${escapeHtml(next)}" rel="next">${search ? 'More results' : 'Older reviews'}</a>` : '',
          '</p>',
        ].join('')
      : '',
  ].join('');
}

/** "12 reviews mention “refund”." on a search's first page; a later page says so only when it is empty. */
function countLine(search: CompanySearch | null, page: ReviewPage, later: boolean): string {
  const m = page.matching;
  if (later) return 'No more reviews.';
  if (!m || page.reviews.length === 0) return noMatchText(search?.q ?? '', false);
  return `${matchText(m, search?.q ?? '', false)}.`;
}

/** The page's own address for a cursor: the search as asked (without the list's limit), then the cursor. */
function pageSearch(search: CompanySearch | null, cursor: string | null): string {
  const params = new URLSearchParams(search ? search.apiSearch : '');
  params.delete('limit');
  if (cursor) params.set('cursor', cursor);
  return params.toString();
}
