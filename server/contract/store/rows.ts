// The rows the store reads and writes, as the domain sees them: plain types, which each store implementation
// maps its own rows to (on SQLite the shapes are the same, so the mapping is the identity).

import type { ModeratorRole } from '../auth';
import type { GuideSectionKind } from '../guide';
import type { ReportReason } from '../reader';
import type { ReplyStatus, ResolutionAnswer } from '../reply';
import type { ReviewStatus } from '../review';
import type { ParsedSearch } from '../search-query';

export interface CompanyRow {
  id: number;
  slug: string;
  name: string;
  category: string;
  createdAt: number;
}

export interface SummaryRow {
  companyId: number;
  reviewCount: number;
  ratingSum: number;
  stars1: number;
  stars2: number;
  stars3: number;
  stars4: number;
  stars5: number;
}

export interface TaxonomyRow {
  field: string;
  value: string;
  label: string;
}

export interface ReviewRow {
  id: number;
  createdAt: number;
  companyId: number;
  rating: number;
  title: string | null;
  body: string;
  displayName: string;
  issueType: string;
  contactMethod: string;
  billingParty: string;
  responseTime: string | null;
  nextStepsExplained: boolean | null;
  outcome: string | null;
  resolved: string;
  outcomeUpdatedAt: number | null;
  firstResolved: string | null;
  firstOutcome: string | null;
  device: string | null;
  status: ReviewStatus;
  moderation: string;
  riskScore: number;
  sentimentScore: number | null;
  sentimentLabel: string | null;
  helpfulCount: number;
  reportCount: number;
  clientHash: string | null;
  bodyHash: string | null;
  manageTokenHash: string | null;
  updatedAt: number;
  publishedAt: number | null;
}

export interface NewReviewRow {
  createdAt: number;
  companyId: number;
  rating: number;
  body: string;
  displayName: string;
  issueType: string;
  contactMethod: string;
  billingParty: string;
  resolved: string;
  status: ReviewStatus;
  updatedAt: number;
  id?: number;
  title?: string | null;
  responseTime?: string | null;
  nextStepsExplained?: boolean | null;
  outcome?: string | null;
  outcomeUpdatedAt?: number | null;
  firstResolved?: string | null;
  firstOutcome?: string | null;
  device?: string | null;
  moderation?: string;
  riskScore?: number;
  sentimentScore?: number | null;
  sentimentLabel?: string | null;
  helpfulCount?: number;
  reportCount?: number;
  clientHash?: string | null;
  bodyHash?: string | null;
  manageTokenHash?: string | null;
  publishedAt?: number | null;
}

export type { ReviewStatus };

export interface ListFilter {
  companyId: number;
  status: ReviewStatus;
  issueType?: string;
  contactMethod?: string;
  billingParty?: string;
  resolved?: string;
  rating?: number;
  /** Only reviews whose title or body has every term; a search pages by windows (SearchCursor). */
  search?: ParsedSearch;
}

/** The orders of a plain list, each walked along its own index. */
export type ListSort = 'newest' | 'oldest' | 'highest' | 'lowest' | 'helpful';

/**
 * A search's order: a plain one, or `relevance` (contract/search-query.ts relevanceScore, then newest). A search
 * orders one window at a time: the SEARCH_LIMITS.window newest matches of the company below `window` (oldest:
 * the oldest above it), by review id; its cursor is [window] at a window's start, else [window, ...sort key].
 */
export type SearchSort = ListSort | 'relevance';

export interface ListedRows {
  rows: ReviewRow[];
  /** Set when the scan budget ran out first: the sort key of the last review looked at, to go on from. */
  scannedTo: number[] | null;
  /** For a search: each row's cursor ([window, ...sort key]); scannedTo is then the next window's [window]. */
  cursors?: number[][];
}

export interface ReviewPatch {
  rating?: number;
  title?: string | null;
  body?: string;
  displayName?: string;
  issueType?: string;
  contactMethod?: string;
  billingParty?: string;
  responseTime?: string | null;
  nextStepsExplained?: boolean | null;
  outcome?: string | null;
  resolved?: string;
  outcomeUpdatedAt?: number | null;
  firstResolved?: string | null;
  firstOutcome?: string | null;
  device?: string | null;
  status?: ReviewStatus;
  moderation?: string;
  riskScore?: number;
  sentimentScore?: number | null;
  sentimentLabel?: string | null;
  helpfulCount?: number;
  reportCount?: number;
  bodyHash?: string | null;
}

export interface QueueFilter {
  companyId?: number;
  /** A pipeline reason as stored in the moderation record's reasons. */
  reason?: string;
  /** Only reviews with open reader reports. */
  reported?: boolean;
}

/** The queue's sort key of a row: [queueRisk, tier, reportCount, createdAt, id]. */
export type QueueKey = [number, number, number, number, number];

/** A queued review with its tier (QUEUE_TIERS) and its risk in the queue (its score plus its reports' weight). */
export type QueueRow = ReviewRow & { queueTier: number; queueRisk: number };

export interface ReviewReportRow {
  id: number;
  createdAt: number;
  clientHash: string | null;
  reviewId: number;
  reason: ReportReason;
  note: string | null;
  resolvedAt: number | null;
}

export interface AuditFilter {
  action?: string;
  actorId?: number;
  targetType?: string;
  targetId?: string;
  from?: number;
  to?: number;
  /** Entries with an id below this one (the previous page's last id). */
  beforeId?: number;
}

export interface AuditInput {
  at: number;
  actorId: number | null;
  actorEmail: string | null;
  /** e.g. "review.approve", "auth.login", "moderator.add". */
  action: string;
  targetType: string;
  targetId: number | string | null;
  statusBefore?: string | null;
  statusAfter?: string | null;
  /** Small JSON-able facts; never passwords, session ids, tokens or removed personal data. */
  details?: Record<string, unknown>;
}

export interface AuditRow {
  id: number;
  at: number;
  actorId: number | null;
  actorEmail: string | null;
  action: string;
  targetType: string;
  targetId: string | null;
  statusBefore: string | null;
  statusAfter: string | null;
  details: string;
}

export interface ModeratorPatch {
  role?: ModeratorRole;
  passwordHash?: string;
  disabled?: boolean;
  /** Replaces the companies the account represents (moderator_companies). */
  companyIds?: readonly number[];
}

export interface ModeratorRow {
  id: number;
  createdAt: number;
  updatedAt: number;
  email: string;
  role: ModeratorRole;
  passwordHash: string;
  disabled: boolean;
}

export interface ModeratorSessionRow {
  createdAt: number;
  idHash: string;
  moderatorId: number;
  csrfToken: string;
  lastSeenAt: number;
}

export interface PatternBreakdownRow {
  breakdown: string;
  value: string;
  subValue: string;
  count: number;
}

export interface PatternGroupRow {
  companyId: number;
  reviewCount: number;
  ratingSum: number;
  value: string;
  dimension: string;
  resolvedYes: number;
  resolvedPartly: number;
  nextStepsYes: number;
  nextStepsAnswered: number;
  negativeCount: number;
}

export interface CompanyGuideRow {
  companyId: number;
  updatedAt: number;
  version: number;
}

export interface GuideHintRow {
  text: string;
  companyId: number;
  ruleId: string;
  position: number;
  conditions: string;
  sectionAnchor: string;
}

export interface GuideSectionRow {
  anchor: string;
  companyId: number;
  title: string;
  body: string;
  position: number;
  kind: GuideSectionKind;
  issueTypes: string;
  reviewedAt: number;
}

export interface ClientHashCutoffs {
  reviews: number;
  attempts: number;
  loginFailures: number;
  votes: number;
  reports: number;
  /** Write buckets idle since then are full again. */
  writeBuckets: number;
}

/** A company's reply to a review: one per review, its text moderated before it is stored. */
export interface ReplyRow {
  reviewId: number;
  companyId: number;
  /** The representative who wrote it (null once the account is gone). */
  authorId: number | null;
  body: string;
  /** The moderation record as JSON (kinds, counts and reasons only). */
  moderation: string;
  status: ReplyStatus;
  offersResolution: boolean;
  createdAt: number;
  updatedAt: number;
  /** Set when its author changes the text or the offer after the first write. */
  editedAt: number | null;
  /** When it was first shown to readers. */
  publishedAt: number | null;
  resolution: ResolutionAnswer | null;
  resolutionAt: number | null;
  /** From the review's publication to the reply's first write (ms); the reply figures' median walks it. */
  answerMs: number | null;
}

/** A company a moderator account represents. */
export interface ModeratorCompanyRow {
  moderatorId: number;
  company: CompanyRow;
}
