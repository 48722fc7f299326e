// The right of reply: representatives write and remove their company's reply (session and CSRF as every console
// write); moderators remove any; the reviewer answers an offered resolution with the manage token.
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import { MANAGE_TOKEN_HEADER } from '../contract/manage';
import { ReplyRequest, RepresentativeQuery, ResolutionRequest } from '../contract/reply';
import { notFound } from '../domain/app-error';
import { describeSession } from '../domain/auth/session-view';
import { answerResolution } from '../domain/replies/answer-resolution';
import { removeReply } from '../domain/replies/remove-reply';
import { listRepresentativeReviews } from '../domain/replies/representative-reviews';
import { writeReply } from '../domain/replies/write-reply';
import type { AppEnv, Deps } from '../http/app-env';
import { requireModerator } from '../http/require-moderator';
import { requireJson, validJson, validQuery } from '../http/validate';

const Id = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const reviewId = (c: Context<AppEnv>) => {
  const id = Id.safeParse(c.req.param('id'));
  if (!id.success) throw notFound('Review');
  return id.data;
};

export function replyRoutes(deps: Deps) {
  const { store, now } = deps;
  const ctx = () => ({ store, now: now(), moderateText: deps.moderateText });
  // Any signed-in account passes here; the verbs decide (a representative of the company, or staff to remove).
  const account = requireModerator(deps, { role: 'any' });
  return new Hono<AppEnv>()
    .put('/:id/reply', account, requireJson, validJson(ReplyRequest), async (c) => {
      const { created, answer } = await writeReply(ctx(), c.get('moderator'), reviewId(c), c.req.valid('json'));
      return c.json(answer, created ? 201 : 200);
    })
    .delete('/:id/reply', account, async (c) => {
      await removeReply(ctx(), c.get('moderator'), reviewId(c));
      return c.body(null, 204);
    })
    .post('/:id/manage/resolution', requireJson, validJson(ResolutionRequest), async (c) =>
      c.json({ review: await answerResolution(ctx(), reviewId(c), c.req.header(MANAGE_TOKEN_HEADER), c.req.valid('json')) }),
    );
}

/** Under /api/moderation, mounted before the desk: a representative's own routes, and the account itself. */
export function representativeRoutes(deps: Deps) {
  const { store } = deps;
  const account = requireModerator(deps, { role: 'any' });
  return new Hono<AppEnv>()
    .get('/me', account, async (c) => c.json(await describeSession(store, c.get('moderator'), c.get('csrfToken'))))
    .get('/representative/reviews', account, validQuery(RepresentativeQuery), async (c) =>
      c.json(await listRepresentativeReviews(store, c.get('moderator'), c.req.valid('query'))),
    );
}
