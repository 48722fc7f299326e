// Replies in the store: companies' answers under reviews, each change with its audit entry in one transaction that
// also moves the company's version, so cached pages showing the reply refresh at once.
import type { ReviewEffects } from './moderation-store';
import type { AuditInput, ReplyRow, ReviewPatch, ReviewRow, ReviewStatus } from './rows';

/** What a reply change writes: the new row (null deletes it) and its audit entries. */
export interface ReplyChange {
  reply: ReplyRow | null;
  audit: AuditInput[];
}

/** A held reply with its company, for the moderators' list. */
export interface HeldReplyRow {
  reply: ReplyRow;
  companySlug: string;
  companyName: string;
}

/** The representative's list walks the unanswered reviews first (phase 0), then the answered (phase 1). */
export type RepresentativeKey = [phase: 0 | 1, createdAt: number, id: number];

export interface RepresentativeRow {
  review: ReviewRow;
  reply: ReplyRow | null;
}

/** A page of the representative's list; `scannedTo`: where a walk stopped at its scan budget, to go on from. */
export interface RepresentativeRows {
  rows: RepresentativeRow[];
  scannedTo: RepresentativeKey | null;
}

export interface ReplyStore {
  findReply(reviewId: number): Promise<ReplyRow | undefined>;
  /** The published replies among these reviews', in one query: what every page of reviews shows. */
  findPublishedReplies(reviewIds: readonly number[]): Promise<ReplyRow[]>;
  /**
   * Changes a review's reply in one transaction: `change` sees the review and its reply as they are inside it
   * (and may throw, an AppError, to refuse), then its row is written or deleted with its audit entry and the
   * company's version moves. Returns the reply as it now is (null: none).
   */
  changeReply(
    reviewId: number,
    change: (review: ReviewRow | undefined, current: ReplyRow | undefined) => ReplyChange,
  ): Promise<ReplyRow | null>;
  /**
   * The reviewer's answer to a reply that offered a resolution: the review is revised as a later outcome would be
   * (every figure moving with it), the reply records the answer, in one transaction. `effects` sees the reply as
   * it is inside it and may throw to refuse. Undefined when the review was no longer `expected`.
   */
  answerReplyResolution(
    reviewId: number,
    expected: ReviewStatus,
    patch: ReviewPatch,
    resolution: Pick<ReplyRow, 'resolution' | 'resolutionAt'>,
    now: number,
    effects: (before: ReviewRow, after: ReviewRow, reply: ReplyRow | undefined) => ReviewEffects,
  ): Promise<ReviewRow | undefined>;
  /** Held replies, oldest first. */
  listHeldReplies(limit: number): Promise<HeldReplyRow[]>;
  /**
   * A company's published reviews, unanswered first, newest first within each, from after `after`; each phase
   * looks at LIST_SCAN_BUDGET reviews at most, so a company whose newest reviews are all answered gives a short page.
   */
  listRepresentativeReviews(companyId: number, after: RepresentativeKey | null, limit: number): Promise<RepresentativeRows>;
}
