// A company's page leaves the server with its title, description, canonical URL, JSON-LD, intro and first data,
// and is kept built while what it shows stands (page-cache.ts).
import { getCompanyDetail } from '../domain/find-company';
import { getGuide } from '../domain/guides/read-guide';
import { listPublishedReviews } from '../domain/list-reviews';
import { getCompanyPatterns } from '../domain/patterns/get-company-patterns';
import { companyJsonLd } from '../domain/seo/json-ld';
import { escapeHtml, fillShell, jsonBlock, preloadBlock, SerialisedJson, shareTags } from './html';
import { nullIfNotFound } from './null-if-not-found';
import { NOT_FOUND_PAGE, type PageAnswer, type PageContext } from './page-context';

/** The page's first request for reviews (web/components/earful-review-list.ts asks for the same). */
export const FIRST_REVIEWS_QUERY = { sort: 'newest', limit: 10 } as const;

export async function companyPage(ctx: PageContext, slug: string): Promise<PageAnswer> {
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
  const kept = cache.companyPage(patterns, guide, url);
  if (kept) return { page: 'company', html: kept };
  const reviews = await listPublishedReviews(store, slug, { ...FIRST_REVIEWS_QUERY });
  const api = `/api/companies/${encodeURIComponent(company.slug)}`;
  const description = `${company.name} customer service: ${company.summary.text}. Read what happened to other customers, see their complaint patterns, and write your own review.`;
  const head = [
    ...shareTags({ shareTitle: `${company.name} customer service reviews`, description, url }),
    jsonBlock('application/ld+json', companyJsonLd(company, reviews.reviews, url)),
    preloadBlock({
      [api]: company,
      [`${api}/reviews?sort=${FIRST_REVIEWS_QUERY.sort}&limit=${FIRST_REVIEWS_QUERY.limit}`]: reviews,
      [`${api}/patterns`]: new SerialisedJson(patterns.json),
      [`${api}/guide`]: cache.serialisedGuide(guide),
    }),
  ].join('\n    ');
  const intro = [
    `<h1>${escapeHtml(`${company.name} customer service reviews`)}</h1>`,
    `<p class="lede">${escapeHtml(`What customers say about ${company.name} (${company.category}) customer service: read what happened to others, see the patterns in their complaints, and write your own review.`)}</p>`,
    `<noscript><p>${escapeHtml(`${company.summary.text}.`)} Reviews and the review form need JavaScript.</p></noscript>`,
  ].join('');
  // Kept encoded: a kept page is sent as it is, not encoded again for every reader.
  const html = new TextEncoder().encode(fillShell(shell, { head, intro }));
  cache.keepCompanyPage(patterns, guide, url, html);
  return { page: 'company', html };
}
