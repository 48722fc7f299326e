// Published reviews of a company, filtered and sorted, one keyset page at a time.
import type { ListFilter, ListSort, Store } from './store';
import { LIST_COUNT_BUDGET, SEARCH_LIMITS } from '../contract/review-limits';
import { parseSearch } from '../contract/search-query';
import { cursorValuesOf, sortKeyLength } from './review-sort-keys';
import type { MatchingCount, Review, ReviewListQuery, ReviewPage } from '../contract/review';
import { invalid, notFound } from './app-error';
import { checkTaxonomy } from './check-taxonomy';
import { requireCompany } from './find-company';
import { presentReview } from './present';
import { decodeCursor, encodeCursor, searchCursorTag } from './review-cursor';
import { keptForCompany } from './company-version-cache';
import type { KeptReviewPages } from './kept-review-pages';
import { publishedRepliesOf } from './replies/present-reply';

export async function listPublishedReviews(store: Store, slug: string, query: ReviewListQuery): Promise<ReviewPage> {
  const company = await requireCompany(store, slug);
  const { q, issueType, contactMethod, billingParty, resolved, rating, sort, cursor, limit } = query;
  const fieldErrors = checkTaxonomy(await store.findTaxonomy(company.id), query);
  const search = q === undefined ? undefined : parseSearch(q);
  // A search's cursor is [window] or [window, ...sort key] (store rows.ts SearchSort), tagged apart from a list's.
  const tag = search ? searchCursorTag(sort) : sort;
  const keyLength = sort === 'relevance' ? RELEVANCE_KEY_LENGTH : sortKeyLength(sort);
  const after = cursor === undefined ? null : decodeCursor(tag, cursor, search ? [1, 1 + keyLength] : keyLength);
  if (cursor !== undefined && after === null) fieldErrors['cursor'] = 'Invalid cursor for this sort';
  if (Object.keys(fieldErrors).length > 0) throw invalid(fieldErrors);

  // One extra row tells whether another page exists without a count query. A filtered page that ran out of
  // its scan budget first goes on, next time, from where it stopped: fewer reviews, and still a cursor.
  const filter: ListFilter = {
    companyId: company.id,
    status: 'published',
    issueType,
    contactMethod,
    billingParty,
    resolved,
    rating,
    search,
  };
  const [{ rows, scannedTo, cursors }, matching] = await Promise.all([
    store.listReviews(filter, sort, after, limit + 1),
    after === null ? countMatching(store, filter) : null,
  ]);
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  const lastCursor = () => (cursors ? cursors[limit - 1]! : cursorValuesOf(sort as ListSort, last!));
  // The page's replies in one query by id: a reply change moves the company's version, so kept pages refresh.
  const replies = await publishedRepliesOf(
    store,
    page.map((r) => r.id),
  );
  return {
    reviews: page.map((r) => presentReview(r, company, replies.get(r.id))),
    nextCursor: rows.length > limit && last ? encodeCursor(tag, lastCursor()) : scannedTo ? encodeCursor(tag, scannedTo) : null,
    matching,
  };
}

/** Relevance's key: the score, then newest (created, id). */
const RELEVANCE_KEY_LENGTH = 3;

/** Without filters the maintained summary has the count; with them, a bounded count over the newest reviews. */
async function countMatching(store: Store, filter: ListFilter): Promise<MatchingCount> {
  const { issueType, contactMethod, billingParty, resolved, rating, search } = filter;
  if (search) {
    // A search counts its newest matches, up to its budget: more than that, and the count is incomplete.
    const count = await store.countReviews(filter);
    return { count, complete: count < SEARCH_LIMITS.countBudget };
  }
  const { reviewCount } = await store.findSummary(filter.companyId);
  if ([issueType, contactMethod, billingParty, resolved, rating].every((v) => v === undefined))
    return { count: reviewCount, complete: true };
  return { count: await store.countReviews(filter), complete: reviewCount <= LIST_COUNT_BUDGET };
}

/** A page as the route sends it: its JSON, encoded once (in a buffer of its own, not a slice of Buffer's shared pool). */
const utf8 = new TextEncoder();
const encodePage = (page: ReviewPage): Uint8Array<ArrayBuffer> => utf8.encode(JSON.stringify(page));

/** A page's JSON as sent, and whether it is a kept answer (sent again, so worth compressing once). */
export interface EncodedPage {
  json: Uint8Array<ArrayBuffer>;
  kept: boolean;
}

/**
 * The same, encoded, and kept like the patterns: served again while the company's version stands, which every
 * change to a published review, a helpful vote and a reply included, moves. Unfiltered pages, first (what the
 * widget and a company's readers ask for most) and later (a reader paging on), and filtered first pages (a
 * reader following a complaint pattern to its reviews) are kept apart (kept-review-pages.ts).
 */
export async function listPublishedReviewsEncoded(
  ctx: { store: Store; kept?: KeptReviewPages },
  slug: string,
  query: ReviewListQuery,
): Promise<EncodedPage> {
  const { store, kept } = ctx;
  const cache = kept?.cacheFor(query);
  const build = async () => encodePage(await listPublishedReviews(store, slug, query));
  if (!cache) return { json: await build(), kept: false };
  const { issueType, contactMethod, billingParty, resolved, rating, cursor, sort, limit } = query;
  const key = JSON.stringify([slug, sort, limit, cursor ?? null, issueType, contactMethod, billingParty, resolved, rating]);
  return { json: await keptForCompany({ store, cache }, slug, key, '', build), kept: true };
}

export async function getPublishedReview(store: Store, id: number): Promise<Review> {
  const row = await store.findReviewById(id);
  if (!row || row.status !== 'published') throw notFound('Review');
  const [company, reply] = await Promise.all([store.findCompanyById(row.companyId), store.findReply(row.id)]);
  if (!company) throw notFound('Review');
  return presentReview(row, company, reply);
}

/**
 * A published review at its company's address (its own page): an id that is no review, a review not
 * published, or one of another company is not found, alike, so the page never tells that a held review exists.
 */
export async function getPublishedReviewOf(store: Store, slug: string, id: number): Promise<Review> {
  if (!Number.isSafeInteger(id) || id < 1) throw notFound('Review');
  const review = await getPublishedReview(store, id);
  if (review.company !== slug) throw notFound('Review');
  return review;
}
