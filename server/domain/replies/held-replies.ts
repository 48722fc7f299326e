// Replies the pipeline held (threats and the like), for moderators: the list, and approve or remove.
import type { SignedInModerator } from '../../contract/auth';
import type { HeldReply, ReplyDecision, ReviewReply } from '../../contract/reply';
import { AppError, notFound } from '../app-error';
import { moderateNote } from '../screening/moderation-task';
import { presentReply } from './present-reply';
import { readReplyRecord, replyAudit, type ReplyContext } from './reply-context';
import { removeReply } from './remove-reply';
import { isoTime } from '../iso-time';

/** At most this many on one list: moderators work it from the oldest. */
export const HELD_REPLIES_LIMIT = 100;

export async function listHeldReplies(ctx: Pick<ReplyContext, 'store'>): Promise<HeldReply[]> {
  return (await ctx.store.listHeldReplies(HELD_REPLIES_LIMIT)).map(({ reply, companySlug, companyName }) => ({
    reviewId: reply.reviewId,
    company: companySlug,
    companyName,
    body: reply.body,
    reasons: readReplyRecord(reply).reasons,
    createdAt: isoTime(reply.createdAt),
  }));
}

/** Approve publishes the held reply (null when its review is no longer published); remove takes it down. */
export async function decideHeldReply(
  ctx: ReplyContext,
  by: SignedInModerator,
  reviewId: number,
  decision: ReplyDecision,
): Promise<ReviewReply | null> {
  // The reason may quote the reply: it goes through the pipeline so no personal data reaches the audit.
  const reason = await moderateNote(decision.reason, ctx.moderateText);
  if (decision.action === 'remove') {
    await removeReply(ctx, by, reviewId, reason);
    return null;
  }
  const review = await ctx.store.findReviewById(reviewId);
  if (!review) throw notFound('Reply');
  const company = (await ctx.store.findCompanyById(review.companyId))!;
  const after = await ctx.store.changeReply(reviewId, (_review, current) => {
    if (!current) throw notFound('Reply');
    if (current.status !== 'held') throw new AppError('conflict', 'This reply is not waiting for a moderator');
    const details = reason ? { reason } : {};
    return {
      reply: { ...current, status: 'published', publishedAt: current.publishedAt ?? ctx.now },
      audit: [replyAudit(ctx, by, 'reply.approve', reviewId, company, { before: 'held', after: 'published' }, details)],
    };
  });
  return presentReply(after, company.name);
}
