// A review's own page leaves the server with its title, description, canonical URL, JSON-LD and data. Only a
// published review, at its own company's address: anything else is the review-not-available page, so the
// address of a held or removed review looks like one that never existed.
import { getCompanyDetail } from '../domain/find-company';
import { getPublishedReviewOf } from '../domain/list-reviews';
import { reviewPageJsonLd } from '../domain/seo/json-ld';
import { escapeHtml, fillShell, jsonBlock, preloadBlock, shareTags } from './html';
import { nullIfNotFound } from './null-if-not-found';
import type { PageAnswer, PageContext } from './page-context';
import { reviewNotAvailablePage } from './review-not-available-page';
import { reviewPageText } from './review-page-text';
import { replyHtml } from './review-html';

export async function reviewPage(ctx: PageContext, slug: string, id: number): Promise<PageAnswer> {
  const { store, shells, origin } = ctx;
  const shell = shells.get('review');
  if (!shell) return { page: 'review' };
  const found = await Promise.all([getPublishedReviewOf(store, slug, id), getCompanyDetail(store, slug)]).catch(nullIfNotFound);
  if (!found) return reviewNotAvailablePage(ctx, slug);
  const [review, company] = found;
  const companyPath = `/companies/${encodeURIComponent(company.slug)}`;
  const url = `${origin}${companyPath}/reviews/${review.id}`;
  const text = reviewPageText(review, company);
  const { reply } = review;
  const head = [
    ...shareTags({ shareTitle: text.shareTitle, description: text.description, url }),
    jsonBlock('application/ld+json', reviewPageJsonLd(review, company, url, `${origin}${companyPath}`)),
    // The same answers the page would ask for: web/components/earful-review-page.ts.
    preloadBlock({ [`/api/reviews/${review.id}`]: { review }, [`/api${companyPath}`]: company }),
  ].join('\n    ');
  const intro = [
    `<p class="back-link"><a href="${escapeHtml(companyPath)}">${escapeHtml(`All reviews of ${company.name}`)}</a></p>`,
    `<h1>${escapeHtml(text.heading)}</h1>`,
    // Without script the review is still readable; with it, the page shows it in its card.
    `<noscript><div class="card"><p><strong>${escapeHtml(text.headline)}</strong> · ${review.rating} out of 5 stars</p>`,
    `<p class="review-text">${escapeHtml(review.body)}</p><p class="muted">${escapeHtml(review.displayName)}</p>`,
    reply ? replyHtml(reply) : '',
    '</div></noscript>',
  ].join('');
  return { page: 'review', html: fillShell(shell, { head, intro }) };
}
