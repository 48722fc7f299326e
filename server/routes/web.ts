// Serves the built front end: hashed assets, the widget script, and one page shell per address. The company
// page and a review's own page leave the server with their title, description, canonical URL, JSON-LD and
// first data already in them.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Hono, type Context } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import type { AppEnv, Deps } from '../http/app-env';
import { siteOrigin } from '../http/same-origin';
import { ignoreUnusableRanges } from '../http/usable-range';
import { escapeHtml, fillShell, jsonBlock, preloadBlock, SerialisedJson, shareTags } from '../http/html';
import { AppError } from '../domain/app-error';
import { getCompanyDetail, listCompanies } from '../domain/find-company';
import { getPublishedReviewOf, listPublishedReviews } from '../domain/list-reviews';
import { companyJsonLd, reviewPageJsonLd } from '../domain/patterns/json-ld';
import { reviewPageText } from '../domain/review-page';
import { getCompanyPatterns, type BuiltPatterns } from '../domain/patterns/get-company-patterns';
import { getGuide } from '../domain/guides/read-guide';
import type { CompanyGuide } from '../contract/guide';
import { CompanyVersionCache } from '../domain/company-version-cache';

/** The page's first request for reviews (web/components/earful-review-list.ts asks for the same). */
export const FIRST_REVIEWS_QUERY = { sort: 'newest', limit: 10 } as const;

const SHELLS = ['index', 'company', 'review', 'moderate', 'policy', 'privacy', 'manage', 'not-found'] as const;
type Shell = (typeof SHELLS)[number];

const noStore = (c: Context) => c.header('Cache-Control', 'no-cache');

/** A page for something that is not there is the not-found page; anything else that went wrong stays an error. */
function nullIfNotFound(e: unknown): null {
  if (e instanceof AppError && e.code === 'not_found') return null;
  throw e;
}

// A guide read hands back the same object while the guide is unchanged; its JSON is kept with it.
const guideJson = new WeakMap<CompanyGuide, SerialisedJson>();
function serialisedGuide(guide: CompanyGuide): SerialisedJson {
  let json = guideJson.get(guide);
  if (!json) guideJson.set(guide, (json = new SerialisedJson(JSON.stringify(guide))));
  return json;
}

/**
 * Built company pages, kept with the cached patterns and guide they were built from: a new patterns object comes
 * with any change to what the page shows (the company's version moves with every figure, moderation event and
 * helpful vote, and its first reviews with them), a new guide object with any guide change. So a kept page is
 * as fresh as the patterns: at once for this process's changes, within a second for another's.
 */
const companyPages = new WeakMap<BuiltPatterns, WeakMap<CompanyGuide, Map<string, Uint8Array>>>();
function keepCompanyPage(patterns: BuiltPatterns, guide: CompanyGuide, url: string, html: Uint8Array) {
  let byGuide = companyPages.get(patterns);
  if (!byGuide) companyPages.set(patterns, (byGuide = new WeakMap()));
  let byUrl = byGuide.get(guide);
  if (!byUrl) byGuide.set(guide, (byUrl = new Map()));
  // The URL comes from PUBLIC_ORIGIN or the request's Host: without PUBLIC_ORIGIN a few hosts at most.
  if (byUrl.size >= 4) byUrl.clear();
  byUrl.set(url, html);
}

export function webRoutes(deps: Deps, webRoot: string) {
  const { store, config, now } = deps;
  const shells = new Map<Shell, string>();
  for (const name of SHELLS) {
    const path = join(webRoot, `${name}.html`);
    if (existsSync(path)) shells.set(name, readFileSync(path, 'utf8'));
  }
  const patternsCache = new CompanyVersionCache<BuiltPatterns>();
  const page = (c: Context<AppEnv>, name: Shell, html?: string, status: 200 | 404 = 200) => {
    const shell = html ?? shells.get(name);
    if (!shell) return c.text('The front end is not built: run npm run build:web', 503);
    noStore(c);
    return c.html(shell, status);
  };
  const pageBytes = (c: Context<AppEnv>, bytes: Uint8Array) => {
    noStore(c);
    return c.body(bytes as Uint8Array<ArrayBuffer>, 200, { 'Content-Type': 'text/html; charset=UTF-8' });
  };
  const origin = (c: Context) => siteOrigin(c, config.publicOrigin);
  /**
   * A shared link to a review that is not published (removed, held, or never there, told apart for no one, so
   * the page never tells that a held review exists): still a 404, but one that leads to the company's reviews.
   */
  const reviewNotAvailable = async (c: Context<AppEnv>, slug: string) => {
    const shell = shells.get('not-found');
    const company = await getCompanyDetail(store, slug).catch(nullIfNotFound);
    if (!shell || !company) return page(c, 'not-found', undefined, 404);
    const companyPath = `/companies/${encodeURIComponent(company.slug)}`;
    const intro = [
      '<h1>This review is not available</h1>',
      `<p>${escapeHtml(`It may have been removed by a moderator or by its author, or it is not published. Other customers’ reviews of ${company.name} are still there.`)}</p>`,
      `<p><a class="button primary" href="${escapeHtml(companyPath)}">${escapeHtml(`Read the reviews of ${company.name}`)}</a></p>`,
    ].join('');
    const filled = fillShell(shell.replace(/<!--earful:intro-->[\s\S]*<!--earful:intro-end-->/, '<!--earful:intro-->'), {
      head: `<title>${escapeHtml(`Review not available — ${company.name} — Earful`)}</title>`,
      intro,
    });
    return page(c, 'not-found', filled, 404);
  };

  return (
    new Hono<AppEnv>()
      .use(ignoreUnusableRanges)
      .use(
        '/assets/*',
        serveStatic({
          root: webRoot,
          precompressed: true,
          onFound: (_p, c) => c.header('Cache-Control', 'public, max-age=31536000, immutable'),
        }),
      )
      // Not hashed (other sites link to it by name), so caches check back every few minutes.
      .use(
        '/widget.js',
        serveStatic({ root: webRoot, precompressed: true, onFound: (_p, c) => c.header('Cache-Control', 'public, max-age=300') }),
      )
      .use(
        '/favicon.svg',
        serveStatic({ root: webRoot, precompressed: true, onFound: (_p, c) => c.header('Cache-Control', 'public, max-age=86400') }),
      )
      .get('/', async (c) => {
        const shell = shells.get('index');
        if (!shell) return page(c, 'index');
        const companies = await listCompanies(store, 'score', config.patternMinReviews);
        return page(c, 'index', fillShell(shell, { head: preloadBlock({ '/api/companies': { companies } }) }));
      })
      .get('/companies/:slug', async (c) => {
        const shell = shells.get('company');
        if (!shell) return page(c, 'company');
        const slug = c.req.param('slug');
        const company = await getCompanyDetail(store, slug).catch(nullIfNotFound);
        if (!company) return page(c, 'not-found', undefined, 404);
        const [patterns, guide] = await Promise.all([
          getCompanyPatterns({ store, now: now(), minReviews: config.patternMinReviews, cache: patternsCache }, slug),
          getGuide(store, slug),
        ]);
        const url = `${origin(c)}/companies/${encodeURIComponent(company.slug)}`;
        const kept = companyPages.get(patterns)?.get(guide)?.get(url);
        if (kept) return pageBytes(c, kept);
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
            [`${api}/guide`]: serialisedGuide(guide),
          }),
        ].join('\n    ');
        const intro = [
          `<h1>${escapeHtml(`${company.name} customer service reviews`)}</h1>`,
          `<p class="lede">${escapeHtml(`What customers say about ${company.name} (${company.category}) customer service: read what happened to others, see the patterns in their complaints, and write your own review.`)}</p>`,
          `<noscript><p>${escapeHtml(`${company.summary.text}.`)} Reviews and the review form need JavaScript.</p></noscript>`,
        ].join('');
        // Kept encoded: a kept page is sent as it is, not encoded again for every reader.
        const bytes = new TextEncoder().encode(fillShell(shell, { head, intro }));
        keepCompanyPage(patterns, guide, url, bytes);
        return pageBytes(c, bytes);
      })
      // Only a published review, at its own company's address; anything else is the "not available" page, so
      // the address of a held or removed review looks like one that never existed.
      .get('/companies/:slug/reviews/:id{[0-9]+}', async (c) => {
        const shell = shells.get('review');
        if (!shell) return page(c, 'review');
        const slug = c.req.param('slug');
        const found = await Promise.all([
          getPublishedReviewOf(store, slug, Number(c.req.param('id'))),
          getCompanyDetail(store, slug),
        ]).catch(nullIfNotFound);
        if (!found) return reviewNotAvailable(c, slug);
        const [review, company] = found;
        const companyPath = `/companies/${encodeURIComponent(company.slug)}`;
        const url = `${origin(c)}${companyPath}/reviews/${review.id}`;
        const text = reviewPageText(review, company);
        const head = [
          ...shareTags({ shareTitle: text.shareTitle, description: text.description, url }),
          jsonBlock('application/ld+json', reviewPageJsonLd(review, company, url, `${origin(c)}${companyPath}`)),
          // The same answers the page would ask for: web/components/earful-review-page.ts.
          preloadBlock({ [`/api/reviews/${review.id}`]: { review }, [`/api${companyPath}`]: company }),
        ].join('\n    ');
        const intro = [
          `<p class="back-link"><a href="${escapeHtml(companyPath)}">${escapeHtml(`All reviews of ${company.name}`)}</a></p>`,
          `<h1>${escapeHtml(text.heading)}</h1>`,
          // Without script the review is still readable; with it, the page shows it in its card.
          `<noscript><div class="card"><p><strong>${escapeHtml(text.headline)}</strong> · ${review.rating} out of 5 stars</p>`,
          `<p class="review-text">${escapeHtml(review.body)}</p><p class="muted">${escapeHtml(review.displayName)}</p></div></noscript>`,
        ].join('');
        return page(c, 'review', fillShell(shell, { head, intro }));
      })
      .get('/moderate', (c) => page(c, 'moderate'))
      .get('/policy', (c) => page(c, 'policy'))
      .get('/privacy', (c) => page(c, 'privacy'))
      // The token is in the fragment, which never reaches the server; the page reads it and asks the API.
      .get('/manage/:id{[0-9]+}', (c) => page(c, 'manage'))
      .get('*', (c) => page(c, 'not-found', undefined, 404))
  );
}
