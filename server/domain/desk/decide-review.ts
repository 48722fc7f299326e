// A moderator's decision on one review: plan it from the row as read, then write it through the store with its
// audit entry and counts in one transaction; whoever decides second gets 409.
import type { Store } from '../store';
import type { SignedInModerator } from '../../contract/auth';
import type { Decision, ModeratedReview } from '../../contract/moderation';
import { notFound } from '../app-error';
import { moderateNote, moderateTextInline, type ModerateText } from '../screening/moderation-task';
import { alreadyDecided, planDecision } from './plan-decision';
import { presentModeratedReview } from './record';

export interface DecideContext {
  store: Store;
  now: number;
  /** Where edited text and notes are moderated (inline, or on the moderation threads); inline when not given. */
  moderateText?: ModerateText;
}

export async function decideReview(ctx: DecideContext, who: SignedInModerator, id: number, decision: Decision): Promise<ModeratedReview> {
  const { store, now } = ctx;
  const row = await store.findReviewById(id);
  if (!row) throw notFound('Review');
  if (decision.updatedAt !== undefined && Date.parse(decision.updatedAt) !== row.updatedAt) throw alreadyDecided();
  // The edited text runs through the whole pipeline, so a moderator cannot publish personal data either.
  const edited =
    decision.action === 'edit-approve'
      ? await (ctx.moderateText ?? moderateTextInline)({
          title: decision.title ?? row.title ?? '',
          body: decision.body ?? row.body,
          displayName: row.displayName,
        })
      : undefined;
  const plan = planDecision(row, decision, now, edited);
  const note = await moderateNote(decision.note, ctx.moderateText);

  const after = await store.reviseReviewWithEffects(id, plan.expected, plan.patch, now, (before) => {
    // Same status but changed since it was read (a reviewer's edit, another moderator's dismissal): refuse.
    if (before.updatedAt !== row.updatedAt || before.reportCount !== row.reportCount) throw alreadyDecided();
    return {
      audit: {
        at: now,
        actorId: who.id,
        actorEmail: who.email,
        action: `review.${decision.action}`,
        targetType: 'review',
        targetId: id,
        details: {
          ...(decision.reason ? { reason: decision.reason } : {}),
          ...(note ? { note } : {}),
          ...(edited
            ? {
                edited: [...(decision.title !== undefined ? ['title'] : []), ...(decision.body !== undefined ? ['body'] : [])],
                redactions: edited.record.redactions,
                masked: edited.record.masked,
              }
            : {}),
          ...(before.reportCount > 0 ? { reportsResolved: before.reportCount } : {}),
        },
      },
      metrics: plan.metrics(before),
      resolveReports: true,
    };
  });
  if (!after) throw alreadyDecided();
  const [company, reply] = await Promise.all([store.findCompanyById(after.companyId), store.findReply(after.id)]);
  if (!company) throw notFound('Review');
  return presentModeratedReview(after, company, reply);
}
