// A representative writes or edits their company's reply to a published review. The text runs through the same
// pipeline as a review's body before anything is stored: personal data removed, profanity masked, threats held.
import type { ReplyRow } from '../store';
import type { SignedInModerator } from '../../contract/auth';
import type { ReplyRequest, ReplyResponse, ReplyStatus } from '../../contract/reply';
import { invalid, notFound } from '../app-error';
import { NO_FACTS } from '../screening/pipeline';
import { presentReply } from './present-reply';
import { moderatorOf, replyAudit, type ReplyContext } from './reply-context';
import { requireRepresentativeOf } from './represented';

export async function writeReply(
  ctx: ReplyContext,
  by: SignedInModerator,
  reviewId: number,
  input: ReplyRequest,
): Promise<{ created: boolean; answer: ReplyResponse }> {
  const { store, now } = ctx;
  const review = await store.findReviewById(reviewId);
  if (!review || review.status !== 'published') throw notFound('Review');
  await requireRepresentativeOf(store, by, review.companyId);
  const company = (await store.findCompanyById(review.companyId))!;

  const moderated = await moderatorOf(ctx)({ body: input.body }, NO_FACTS);
  const { record } = moderated;
  if (record.decision === 'reject') throw invalid({ body: 'Nothing readable is left of this reply after moderation' });
  const moderation = JSON.stringify(record);
  const facts = { redactions: record.redactions, masked: record.masked, reasons: record.reasons, offersResolution: input.offersResolution };

  let created = false;
  let status: ReplyStatus = 'published';
  const after = await store.changeReply(reviewId, (latest, current) => {
    if (!latest || latest.status !== 'published') throw notFound('Review');
    created = !current;
    // A held reply stays held until a moderator decides: an edit must not be a way around them.
    status = record.decision === 'publish' && current?.status !== 'held' ? 'published' : 'held';
    const reply: ReplyRow = current
      ? {
          ...current,
          authorId: by.id,
          body: moderated.text.body,
          moderation,
          status,
          offersResolution: input.offersResolution,
          updatedAt: now,
          editedAt: now,
          publishedAt: current.publishedAt ?? (status === 'published' ? now : null),
        }
      : {
          reviewId,
          companyId: latest.companyId,
          authorId: by.id,
          body: moderated.text.body,
          moderation,
          status,
          offersResolution: input.offersResolution,
          createdAt: now,
          updatedAt: now,
          editedAt: null,
          publishedAt: status === 'published' ? now : null,
          resolution: null,
          resolutionAt: null,
          // The time to answer counts from when readers could first see the review.
          answerMs: now - (latest.publishedAt ?? latest.createdAt),
        };
    const statuses = { before: current?.status ?? null, after: status };
    const audit = [replyAudit(ctx, by, current ? 'reply.edit' : 'reply.create', reviewId, company, statuses, facts)];
    if (status === 'held' && current?.status !== 'held')
      audit.push(replyAudit(ctx, null, 'reply.hold', reviewId, company, statuses, { reasons: record.reasons }));
    return { reply, audit };
  });
  return { created, answer: { reply: presentReply(after, company.name), status, moderation: record } };
}
