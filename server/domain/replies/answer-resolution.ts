// The reviewer's answer to a reply that offered a resolution: resolved or not. It changes the review's `resolved`
// as a later outcome report does (the first answers kept), so the resolution figures move in the same transaction.
import type { ManagedReview } from '../../contract/manage';
import { RESOLVED_BY_ANSWER, type ResolutionRequest } from '../../contract/reply';
import { AppError, notFound } from '../app-error';
import { presentManagedReview, type ManageContext } from '../manage/manage-review';
import { tokenMatches } from '../manage/manage-token';

const noOffer = () => new AppError('conflict', 'The company has not offered a resolution in a published reply');
const changedMeanwhile = () => new AppError('conflict', 'This review changed meanwhile; reload it');

export async function answerResolution(
  ctx: ManageContext,
  id: number,
  token: string | undefined,
  input: ResolutionRequest,
): Promise<ManagedReview> {
  const row = await ctx.store.findReviewById(id);
  if (!row || !tokenMatches(token, row.manageTokenHash)) throw notFound('Review');
  if (row.status !== 'published') throw noOffer();
  const resolved = RESOLVED_BY_ANSWER[input.answer];
  const after = await ctx.store.answerReplyResolution(
    id,
    row.status,
    {
      resolved,
      outcomeUpdatedAt: ctx.now,
      firstResolved: row.outcomeUpdatedAt === null ? row.resolved : row.firstResolved,
      firstOutcome: row.outcomeUpdatedAt === null ? row.outcome : row.firstOutcome,
    },
    { resolution: input.answer, resolutionAt: ctx.now },
    ctx.now,
    (before, _after, reply) => {
      if (before.updatedAt !== row.updatedAt) throw changedMeanwhile();
      if (!reply || reply.status !== 'published' || !reply.offersResolution) throw noOffer();
      return {
        audit: {
          at: ctx.now,
          actorId: null,
          actorEmail: null,
          action: 'review.author-outcome',
          targetType: 'review',
          targetId: id,
          details: { by: 'author', via: 'reply', answer: input.answer, resolvedBefore: before.resolved, resolved },
        },
      };
    },
  );
  if (!after) throw changedMeanwhile();
  return presentManagedReview(ctx.store, after);
}
