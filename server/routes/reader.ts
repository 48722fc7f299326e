// What readers and reviewers do with one review: report it, mark it helpful, and (with the private manage
// token) see, edit, update or erase their own.
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import { MANAGE_TOKEN_HEADER, OutcomeReport, ReviewEdit } from '../contract/manage';
import { ReportRequest } from '../contract/reader';
import { notFound } from '../domain/app-error';
import { editManagedReview, eraseManagedReview, getManagedReview, reportLaterOutcome } from '../domain/manage/manage-review';
import { reportReview } from '../domain/readers/report-review';
import { voteHelpful } from '../domain/readers/vote-helpful';
import type { AppEnv, Deps } from '../http/app-env';
import { requireJson, validJson } from '../http/validate';

const Id = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const reviewId = (c: Context<AppEnv>) => {
  const id = Id.safeParse(c.req.param('id'));
  if (!id.success) throw notFound('Review');
  return id.data;
};

export function readerRoutes(deps: Deps) {
  const { store, config, now } = deps;
  const reader = (c: Context<AppEnv>) => ({ store, now: now(), clientHash: c.get('clientHash'), moderateText: deps.moderateText });
  const manage = () => ({ store, now: now(), moderateText: deps.moderateText });
  const token = (c: Context<AppEnv>) => c.req.header(MANAGE_TOKEN_HEADER);
  return new Hono<AppEnv>()
    .post('/:id/report', requireJson, validJson(ReportRequest), async (c) => {
      await reportReview(reader(c), reviewId(c), c.req.valid('json'), config.reportThreshold);
      return c.json({ reported: true }, 201);
    })
    .post('/:id/helpful', async (c) => c.json(await voteHelpful(reader(c), reviewId(c), token(c)), 201))
    .get('/:id/manage', async (c) => c.json({ review: await getManagedReview(manage(), reviewId(c), token(c)) }))
    .patch('/:id/manage', requireJson, validJson(ReviewEdit), async (c) =>
      c.json({ review: await editManagedReview(manage(), reviewId(c), token(c), c.req.valid('json')) }),
    )
    .post('/:id/manage/outcome', requireJson, validJson(OutcomeReport), async (c) =>
      c.json({ review: await reportLaterOutcome(manage(), reviewId(c), token(c), c.req.valid('json')) }),
    )
    .delete('/:id/manage', async (c) => {
      await eraseManagedReview(manage(), reviewId(c), token(c));
      return c.body(null, 204);
    });
}
