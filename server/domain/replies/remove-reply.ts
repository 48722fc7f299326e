// A reply taken down: by a representative of the review's company, or by any moderator or admin.
import type { SignedInModerator } from '../../contract/auth';
import { STAFF_ROLES } from '../../contract/auth';
import { notFound } from '../app-error';
import { replyAudit, type ReplyContext } from './reply-context';
import { requireRepresentativeOf } from './represented';

export async function removeReply(ctx: ReplyContext, by: SignedInModerator, reviewId: number, reason?: string): Promise<void> {
  const { store } = ctx;
  const review = await store.findReviewById(reviewId);
  if (!review) throw notFound('Review');
  if (!STAFF_ROLES.includes(by.role)) await requireRepresentativeOf(store, by, review.companyId);
  const company = (await store.findCompanyById(review.companyId))!;
  await store.changeReply(reviewId, (_review, current) => {
    if (!current) throw notFound('Reply');
    const details = reason ? { reason } : {};
    return {
      reply: null,
      audit: [replyAudit(ctx, by, 'reply.remove', reviewId, company, { before: current.status, after: 'removed' }, details)],
    };
  });
}
