// A company's page leaves the server with its title, description, canonical URL, JSON-LD, intro and first data,
// and is kept built while what it shows stands (page-cache.ts). A page with a search in its address is built for
// that request only: kept, every query typed would be a page in memory.
import type { CompanyDetail, ReviewPage } from '../contract/review';
import { getCompanyDetail } from '../domain/find-company';
import { getGuide } from '../domain/guides/read-guide';
import { listPublishedReviews } from '../domain/list-reviews';
import { getCompanyPatterns } from '../domain/patterns/get-company-patterns';
import { companyJsonLd } from '../domain/seo/json-ld';
import { AppError } from '../domain/app-error';
import { companySearchOf, pageCursorOf, reviewsHtml, searchFormHtml, type CompanySearch } from './company-search';
import { escapeHtml, fillShell, jsonBlock, preloadBlock, SerialisedJson, shareTags } from './html';
import { nullIfNotFound } from './null-if-not-found';
import { NOT_FOUND_PAGE, type PageAnswer, type PageContext } from './page-context';

/** The page's first request for reviews (web/components/earful-review-list.ts asks for the same). */
export const FIRST_REVIEWS_QUERY = { sort: 'newest', limit: 10 } as const;

export async function companyPage(ctx: PageContext, slug: string, params = new URLSearchParams()): Promise<PageAnswer> {
  const { store, config, now, shells, cache, origin } = ctx;
  const shell = shells.get('company');
  if (!shell) return { page: 'company' };
  const company = await getCompanyDetail(store, slug).catch(nullIfNotFound);
  if (!company) return NOT_FOUND_PAGE;
  const [patterns, guide] = await Promise.all([
    getCompanyPatterns({ store, now: now(), minReviews: config.patternMinReviews, cache: cache.patterns }, slug),
    getGuide(store, slug),
  ]);
  const url = `${origin}/companies/${encodeURIComponent(company.slug)}`;
  const search = companySearchOf(params, company, FIRST_REVIEWS_QUERY.limit);
  const first = search?.query ?? { ...FIRST_REVIEWS_QUERY };
  // A later page, for readers without script: built for its request, like a search's, and never indexed.
  let cursor = pageCursorOf(params);
  const kept = search || cursor ? undefined : cache.companyPage(patterns, guide, url);
  if (kept) return { page: 'company', html: kept };
  const reviews = await listPublishedReviews(store, slug, cursor ? { ...first, cursor } : first).catch((error: unknown) => {
    // A cursor of another sort, or mangled: the first page, as a list that cannot go on from there starts over.
    if (!(cursor && error instanceof AppError && error.code === 'validation_failed')) throw error;
    cursor = undefined;
    return listPublishedReviews(store, slug, first);
  });
  const api = `/api/companies/${encodeURIComponent(company.slug)}`;
  const description = `${company.name} customer service: ${company.summary.text}. Read what happened to other customers, see their complaint patterns, and write your own review.`;
  const shareTitle = search ? `Reviews of ${company.name} that mention “${search.q}”` : `${company.name} customer service reviews`;
  const head = [
    ...shareTags({ shareTitle, description, url }),
    // A search's page, or a later one, is one of endless many; the company's page, its canonical address, is the
    // one to index (its links are still followed: noindex alone does not stop that).
    ...(search || cursor ? ['<meta name="robots" content="noindex" />'] : []),
    jsonBlock('application/ld+json', companyJsonLd(company, reviews.reviews, url)),
    preloadBlock({
      [api]: company,
      // The page script asks for a first page; a later one is only for readers without it.
      ...(cursor
        ? {}
        : { [`${api}/reviews${search?.apiSearch ?? `?sort=${FIRST_REVIEWS_QUERY.sort}&limit=${FIRST_REVIEWS_QUERY.limit}`}`]: reviews }),
      [`${api}/patterns`]: new SerialisedJson(patterns.json),
      [`${api}/guide`]: cache.serialisedGuide(guide),
    }),
  ].join('\n    ');
  const html = fillShell(shell, { head, intro: introHtml(company, search, reviews, cursor !== undefined) });
  if (search || cursor) return { page: 'company', html };
  // Kept encoded: a kept page is sent as it is, not encoded again for every reader.
  const encoded = new TextEncoder().encode(html);
  cache.keepCompanyPage(patterns, guide, url, encoded);
  return { page: 'company', html: encoded };
}

/** The heading and lede, and for readers without script the search box and the reviews, searched or newest first. */
function introHtml(company: CompanyDetail, search: CompanySearch | null, reviews: ReviewPage, later: boolean): string {
  const path = `/companies/${encodeURIComponent(company.slug)}`;
  return [
    `<h1>${escapeHtml(`${company.name} customer service reviews`)}</h1>`,
    `<p class="lede">${escapeHtml(`What customers say about ${company.name} (${company.category}) customer service: read what happened to others, see the patterns in their complaints, and write your own review.`)}</p>`,
    `<noscript><p>${escapeHtml(`${company.summary.text}.`)} The review form, the filters and the complaint patterns need JavaScript; the reviews and their search work without it.</p>`,
    searchFormHtml(path, search?.q ?? ''),
    reviewsHtml(path, search, reviews, later),
    '</noscript>',
  ].join('');
}
