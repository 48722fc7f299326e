// Public review routes: submit to a company, list a company's published reviews, read one.
import { Hono, type MiddlewareHandler } from 'hono';
import { z } from 'zod';
import { ReviewListQuery, ReviewSubmission } from '../contract/review';
import type { AppEnv, Deps } from '../http/app-env';
import { siteOrigin } from '../http/same-origin';
import { requireJson, validJson, validQuery } from '../http/validate';
import { submitReview } from '../domain/submit-review';
import { countSubmissionAttempt } from '../domain/submission-facts';
import { getPublishedReview, listPublishedReviewsEncoded } from '../domain/list-reviews';
import { KeptReviewPages } from '../domain/kept-review-pages';
import { sendEncodedJson } from '../http/encoded-json';
import { notFound } from '../domain/app-error';

const ReviewId = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);

export function companyReviewRoutes(deps: Deps) {
  const { store, config, now, moderateSubmission } = deps;
  const kept = new KeptReviewPages();
  // Before validation: an attempt refused for its content counts as much as one that is stored.
  const countAttempt: MiddlewareHandler<AppEnv> = async (c, next) => {
    const rate = { now: now(), clientHash: c.get('clientHash'), rateLimit: config.reviewRateLimit };
    c.set('recentAttempts', await countSubmissionAttempt(store, rate));
    await next();
  };
  return new Hono<AppEnv>()
    .post('/:slug/reviews', requireJson, countAttempt, validJson(ReviewSubmission), async (c) => {
      const review = await submitReview(
        {
          store,
          moderateSubmission,
          now: now(),
          clientHash: c.get('clientHash'),
          rateLimit: config.reviewRateLimit,
          recentAttempts: c.get('recentAttempts'),
          origin: siteOrigin(c, config.publicOrigin),
        },
        c.req.param('slug'),
        c.req.valid('json'),
      );
      return c.json({ review }, review.status === 'published' ? 201 : 202);
    })
    .get('/:slug/reviews', validQuery(ReviewListQuery), async (c) =>
      sendEncodedJson(c, await listPublishedReviewsEncoded({ store, kept }, c.req.param('slug'), c.req.valid('query'))),
    );
}

export function reviewRoutes({ store }: Deps) {
  return new Hono<AppEnv>().get('/:id', async (c) => {
    const id = ReviewId.safeParse(c.req.param('id'));
    if (!id.success) throw notFound('Review');
    return c.json({ review: await getPublishedReview(store, id.data) });
  });
}
