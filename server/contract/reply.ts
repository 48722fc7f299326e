// The right of reply: a company's one public answer under a review, written by its representatives, moderated
// like a review, and the reviewer's "resolved / not resolved" answer when the reply offers a resolution.
import { z } from 'zod';
import { pageLimit } from './page-limit';
import { LIST_LIMIT_MAX } from './review-limits';
import { REPLY_LIMITS, REPLY_REASON_MAX } from './reply-limits';
import type { ModerationRecord, Review } from './review';

export const REPLY_STATUSES = ['published', 'held'] as const;
export type ReplyStatus = (typeof REPLY_STATUSES)[number];
export const RESOLUTION_ANSWERS = ['resolved', 'not-resolved'] as const;
export type ResolutionAnswer = (typeof RESOLUTION_ANSWERS)[number];
/** The review's `resolved` answer each resolution answer stands for. */
export const RESOLVED_BY_ANSWER: Record<ResolutionAnswer, string> = { resolved: 'yes', 'not-resolved': 'no' };

/** PUT /api/reviews/:id/reply */
export const ReplyRequest = z.strictObject({
  body: z
    .string('Write your reply')
    .trim()
    .min(REPLY_LIMITS.bodyMin, `Reply must be at least ${REPLY_LIMITS.bodyMin} characters`)
    .max(REPLY_LIMITS.bodyMax, `Reply can be at most ${REPLY_LIMITS.bodyMax} characters`),
  offersResolution: z.boolean('Answer true or false').optional().default(false),
});
export type ReplyRequest = z.infer<typeof ReplyRequest>;

export interface ReplyResolution {
  answer: ResolutionAnswer;
  at: string;
}

/** `reply` in every review object: the published reply only (a held one is null to readers). */
export interface ReviewReply {
  body: string;
  authorRole: 'representative';
  companyName: string;
  offersResolution: boolean;
  createdAt: string;
  updatedAt: string;
  edited: boolean;
  resolution: ReplyResolution | null;
}

/** PUT /api/reviews/:id/reply: 201 first write, 200 edit. `reply` is null while it is held. */
export interface ReplyResponse {
  reply: ReviewReply | null;
  status: ReplyStatus;
  moderation: ModerationRecord;
}

/** GET /api/moderation/replies?status=held */
export const HeldRepliesQuery = z.strictObject({
  status: z.enum(['held'], 'Status must be held').default('held'),
});

export interface HeldReply {
  reviewId: number;
  company: string;
  companyName: string;
  body: string;
  reasons: string[];
  createdAt: string;
}

export interface HeldReplyList {
  replies: HeldReply[];
}

/**
 * POST /api/moderation/replies/:reviewId/decision: approve 200 `{reply}`, remove 204. Remove takes down a held or
 * a published reply; the reason, moderated, goes to the audit log.
 */
export const ReplyDecision = z.strictObject({
  action: z.enum(['approve', 'remove'], 'Action must be approve or remove'),
  reason: z
    .string('Give the reason as text')
    .trim()
    .max(REPLY_REASON_MAX, `Reason can be at most ${REPLY_REASON_MAX} characters`)
    .optional(),
});
export type ReplyDecision = z.infer<typeof ReplyDecision>;

/** 200 to an approval: the reply as published, null when its review is no longer published. */
export interface ReplyDecisionResponse {
  reply: ReviewReply | null;
}

/** POST /api/reviews/:id/manage/resolution, with the manage token. */
export const ResolutionRequest = z.strictObject({
  answer: z.enum(RESOLUTION_ANSWERS, `Answer must be one of ${RESOLUTION_ANSWERS.join(', ')}`),
});
export type ResolutionRequest = z.infer<typeof ResolutionRequest>;

/** GET /api/moderation/representative/reviews */
export const RepresentativeQuery = z.strictObject({
  company: z.string('Choose a company').min(1, 'Choose a company').max(64, 'Unknown company'),
  cursor: z.string().max(200, 'Invalid cursor').optional(),
  limit: pageLimit(LIST_LIMIT_MAX, 20),
});
export type RepresentativeQuery = z.infer<typeof RepresentativeQuery>;

/** A review in the representative's list, with the state of their company's reply (a held one is theirs to see). */
export interface RepresentativeReview extends Review {
  replyStatus: ReplyStatus | null;
  heldReply: { body: string; offersResolution: boolean; reasons: string[] } | null;
}

/** The representative's list: unanswered first, newest first within each. */
export interface RepresentativePage {
  reviews: RepresentativeReview[];
  nextCursor: string | null;
}
