// What the reply verbs need: the store, the clock, where text is moderated, and their audit entries' shape.
import type { AuditInput, CompanyRow, ReplyRow, Store } from '../store';
import type { SignedInModerator } from '../../contract/auth';
import type { ModerationRecord } from '../../contract/review';
import { moderateTextInline, type ModerateText } from '../screening/moderation-task';

export interface ReplyContext {
  store: Store;
  now: number;
  /** Where a reply's text is moderated (inline, or on the moderation threads); inline when not given. */
  moderateText?: ModerateText;
}

export const moderatorOf = (ctx: ReplyContext) => ctx.moderateText ?? moderateTextInline;

export const readReplyRecord = (reply: Pick<ReplyRow, 'moderation'>): ModerationRecord => ({
  redactions: {},
  masked: 0,
  reasons: [],
  decision: 'hold',
  ...(JSON.parse(reply.moderation) as Partial<ModerationRecord>),
});

/** An audit entry about a review's reply: never its text, only what moderation did and who acted. */
export function replyAudit(
  ctx: ReplyContext,
  by: Pick<SignedInModerator, 'id' | 'email' | 'role'> | null,
  action: string,
  reviewId: number,
  company: Pick<CompanyRow, 'slug'>,
  statuses: { before: string | null; after: string | null },
  details: Record<string, unknown> = {},
): AuditInput {
  return {
    at: ctx.now,
    actorId: by?.id ?? null,
    actorEmail: by?.email ?? null,
    action,
    targetType: 'review',
    targetId: reviewId,
    statusBefore: statuses.before,
    statusAfter: statuses.after,
    details: { company: company.slug, ...(by ? { by: by.role } : { by: 'moderation' }), ...details },
  };
}
