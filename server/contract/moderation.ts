// The moderator console's API: the queue, decisions (one or in bulk) and the audit trail.
import { z } from 'zod';
import { pageLimit } from './page-limit';
import { REVIEW_LIMITS } from './review-limits';
import type { ModerationRecord, ReviewStatus, SubmittedReview } from './review';
import type { ReportReason } from './reader';

export const DECISION_ACTIONS = ['approve', 'reject', 'edit-approve', 'remove', 'restore'] as const;
export type DecisionAction = (typeof DECISION_ACTIONS)[number];

/** Why a moderator rejected or removed a review; shown to its author on the manage page. */
export const DECISION_REASONS = ['spam', 'offensive', 'personal-information', 'fake', 'off-topic', 'not-about-service', 'other'] as const;
export type DecisionReason = (typeof DECISION_REASONS)[number];

/** The queue's reason filter for reviews readers reported (besides the pipeline's own reasons). */
export const REPORTED_FILTER = 'reported';
/** Added to a review's reasons when reader reports hide it. */
export const REPORTED_REASON = 'reported by readers';

export { HEAVY_LANGUAGE_REASONS, QUEUE_TIERS } from './moderation-tiers';

export const NOTE_MAX = 500;
const Note = z.string('Note must be text').trim().max(NOTE_MAX, `Note can be at most ${NOTE_MAX} characters`);
const Reason = z.enum(DECISION_REASONS, `Reason must be one of ${DECISION_REASONS.join(', ')}`);

/** POST /api/moderation/reviews/:id/decision */
export const Decision = z
  .strictObject({
    action: z.enum(DECISION_ACTIONS, `Action must be one of ${DECISION_ACTIONS.join(', ')}`),
    reason: Reason.optional(),
    note: Note.optional(),
    title: z
      .string('Title must be text')
      .trim()
      .max(REVIEW_LIMITS.titleMax, `Title can be at most ${REVIEW_LIMITS.titleMax} characters`)
      .optional(),
    body: z
      .string('Body must be text')
      .trim()
      .min(REVIEW_LIMITS.bodyMin, `Review must be at least ${REVIEW_LIMITS.bodyMin} characters`)
      .max(REVIEW_LIMITS.bodyMax, `Review can be at most ${REVIEW_LIMITS.bodyMax} characters`)
      .optional(),
    /** The review's updatedAt as the moderator saw it: a review changed since then answers 409. */
    updatedAt: z.iso.datetime('Give the updatedAt you saw').optional(),
  })
  .superRefine((d, ctx) => {
    if ((d.action === 'reject' || d.action === 'remove') && d.reason === undefined) {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: `Choose a reason to ${d.action}` });
    }
    if (d.action === 'edit-approve' && d.title === undefined && d.body === undefined) {
      ctx.addIssue({ code: 'custom', path: ['body'], message: 'Give the edited title or body' });
    }
    if (d.action !== 'edit-approve') {
      for (const field of ['title', 'body'] as const) {
        if (d[field] !== undefined) ctx.addIssue({ code: 'custom', path: [field], message: 'Only edit-approve changes the text' });
      }
    }
  });
export type Decision = z.infer<typeof Decision>;

export const BULK_MAX = 100;

/** POST /api/moderation/reviews/bulk: the same decision for each review, each in its own transaction. */
export const BulkDecision = z
  .strictObject({
    action: z.enum(['approve', 'reject'], 'Bulk action must be approve or reject'),
    ids: z
      .array(z.int('Ids are whole numbers').positive('Ids are positive'), 'Give the review ids')
      .min(1, 'Select at least one review')
      .max(BULK_MAX, `Select at most ${BULK_MAX} reviews`),
    reason: Reason.optional(),
    note: Note.optional(),
  })
  .superRefine((d, ctx) => {
    if (d.action === 'reject' && d.reason === undefined)
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'Choose a reason to reject' });
  });
export type BulkDecision = z.infer<typeof BulkDecision>;

/** The last moderator decision on a review; its author sees action and reason on the manage page. */
export interface Verdict {
  action: DecisionAction;
  reason: DecisionReason | null;
  at: string;
}

/** A review as a moderator sees it: everything the author sees, plus the queue's facts. */
export interface ModeratedReview extends SubmittedReview {
  companyName: string;
  /** Present in queue items: one of QUEUE_TIERS. */
  queueTier?: number;
  /** Present in queue items: the risk the queue sorts by, riskScore plus the weight of open reader reports. */
  queueRisk?: number;
  riskScore: number;
  reportCount: number;
  publishedAt: string | null;
  verdict: Verdict | null;
}

export interface ReaderReport {
  reason: ReportReason;
  note: string | null;
  createdAt: string;
}

/** Open reports that came together: the most within any hour, when at least three (null otherwise). */
export interface ReportBurst {
  reports: number;
  /** From the first of them to the last. */
  minutes: number;
  from: string;
  to: string;
}

export interface QueueItem {
  review: ModeratedReview;
  /** Open reader reports, oldest first. */
  reports: ReaderReport[];
  /** Always sent by the API; null when the open reports did not come together. */
  reportBurst?: ReportBurst | null;
}

export const QUEUE_LIMIT_MAX = 100;

/** GET /api/moderation/queue */
export const QueueQuery = z.strictObject({
  company: z.string().min(1).max(64, 'Unknown company').optional(),
  reason: z.string().min(1).max(200, 'Unknown reason').optional(),
  cursor: z.string().max(500, 'Invalid cursor').optional(),
  limit: pageLimit(QUEUE_LIMIT_MAX, 25),
});
export type QueueQuery = z.infer<typeof QueueQuery>;

export interface QueuePage {
  items: QueueItem[];
  nextCursor: string | null;
  /** Reviews in the queue under the same filters. */
  total: number;
  /** Pipeline reasons present in the queue (company filter applied), for the reason menu. */
  reasons: { reason: string; count: number }[];
}

/** 200 to a decision. A stale decision (someone else decided first) answers 409 conflict. */
export interface DecisionResponse {
  review: ModeratedReview;
}

export interface BulkResult {
  id: number;
  outcome: 'done' | 'conflict' | 'not_found';
  status?: ReviewStatus;
}

export interface BulkResponse {
  results: BulkResult[];
}

/** GET /api/moderation/audit (admins) */
export const AuditQuery = z.strictObject({
  action: z.string().min(1).max(64).optional(),
  actorId: z.coerce.number().int().positive().optional(),
  targetType: z.string().min(1).max(32).optional(),
  targetId: z.string().min(1).max(64).optional(),
  from: z.iso.datetime({ offset: true, message: 'Give an ISO date-time' }).optional(),
  to: z.iso.datetime({ offset: true, message: 'Give an ISO date-time' }).optional(),
  cursor: z.string().max(100, 'Invalid cursor').optional(),
  limit: pageLimit(100, 50),
});
export type AuditQuery = z.infer<typeof AuditQuery>;

export interface AuditEntry {
  id: number;
  at: string;
  actor: { id: number; email: string | null } | null;
  action: string;
  targetType: string;
  targetId: string | null;
  statusBefore: string | null;
  statusAfter: string | null;
  details: Record<string, unknown>;
}

export interface AuditPage {
  entries: AuditEntry[];
  nextCursor: string | null;
}

export type { ModerationRecord };
