// Moderation in the store: the queue, reader reports and helpful votes, and decisions and erasures that carry
// their audit entry, moderation counts and report resolution in the review change's own transaction.
import type { AuditInput, QueueFilter, QueueKey, QueueRow, ReviewPatch, ReviewReportRow, ReviewRow, ReviewStatus } from './rows';

/** What a change to a review brings with it, written in the same transaction. */
export interface ReviewEffects {
  /** statusBefore/statusAfter are filled in from the rows. */
  audit: Omit<AuditInput, 'statusBefore' | 'statusAfter'>;
  /** Moderation-count metrics (approved, rejected, removed, removed_after_report, restored). */
  metrics?: string[];
  /** Marks the review's open reader reports as dealt with. */
  resolveReports?: boolean;
}

export type ReportOutcome = { kind: 'not_found' } | { kind: 'duplicate' } | { kind: 'reported'; hidden: boolean };
export type VoteOutcome = { kind: 'not_found' } | { kind: 'duplicate' } | { kind: 'counted'; helpfulCount: number };

export interface ModerationStore {
  listQueue(filter: QueueFilter, after: QueueKey | null, limit: number): Promise<QueueRow[]>;
  countQueue(filter: QueueFilter): Promise<number>;
  countQueueReasons(companyId?: number): Promise<{ reason: string; count: number }[]>;
  findOpenReports(reviewIds: number[]): Promise<ReviewReportRow[]>;
  /**
   * store.reviseReview with its effects: `effects` may throw (an AppError) to refuse the change after seeing
   * the row as it is inside the transaction, which rolls everything back.
   */
  reviseReviewWithEffects(
    id: number,
    expected: ReviewStatus,
    patch: ReviewPatch,
    now: number,
    effects: (before: ReviewRow, after: ReviewRow) => ReviewEffects,
  ): Promise<ReviewRow | undefined>;
  eraseReviewWithEffects(id: number, effects: (before: ReviewRow) => ReviewEffects): Promise<ReviewRow | undefined>;
  /**
   * Adds a reader's report to a published review. When the different clients among its open reports since
   * `rule.since` reach `rule.threshold` — times one more for each earlier time a moderator decided it after
   * reports — the review is hidden (pending, with `hide`'s patch) and leaves every maintained figure.
   */
  reportReview(
    report: { reviewId: number; clientHash: string; reason: string; note: string | null; createdAt: number },
    rule: { threshold: number; since: number },
    hide: (row: ReviewRow, count: { reports: number; needed: number }) => { patch: ReviewPatch; audit: AuditInput },
  ): Promise<ReportOutcome>;
  voteHelpful(vote: { reviewId: number; clientHash: string; createdAt: number }): Promise<VoteOutcome>;
}

/** `reviewsArea` is the store's own review area, whose revise and erase carry the moderation effects. */
