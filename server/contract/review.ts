// Review request and response shapes, shared by the server and (as types) by the web client.
import { z } from 'zod';
import { pageLimit } from './page-limit';
import type { Taxonomy } from './taxonomy';
import type { ReviewReply } from './reply';
import {
  CHOICE_PROMPTS,
  LIST_LIMIT_MAX,
  REVIEW_LIMITS,
  REVIEW_SORTS,
  REVIEW_STATUSES,
  SEARCH_LIMITS,
  UNKNOWN_CHOICE,
} from './review-limits';

export { LIST_LIMIT_MAX, REVIEW_LIMITS, REVIEW_SORTS, SEARCH_LIMITS, type ReviewSort } from './review-limits';

const slug = z.string().min(1, 'Choose a value').max(64, 'Unknown value');
/** One of the form's questions: unanswered, it says which question (CHOICE_PROMPTS). */
const choice = (field: keyof typeof CHOICE_PROMPTS) =>
  z.string(CHOICE_PROMPTS[field]).min(1, CHOICE_PROMPTS[field]).max(64, UNKNOWN_CHOICE);

export const ReviewSubmission = z.strictObject({
  rating: z.int('Rating must be a whole number of stars').min(1, 'Rating must be 1 to 5 stars').max(5, 'Rating must be 1 to 5 stars'),
  title: z.string().trim().max(REVIEW_LIMITS.titleMax, `Title can be at most ${REVIEW_LIMITS.titleMax} characters`).optional(),
  body: z
    .string('Write your review')
    .trim()
    .min(REVIEW_LIMITS.bodyMin, `Review must be at least ${REVIEW_LIMITS.bodyMin} characters`)
    .max(REVIEW_LIMITS.bodyMax, `Review can be at most ${REVIEW_LIMITS.bodyMax} characters`),
  displayName: z
    .string()
    .trim()
    .max(REVIEW_LIMITS.displayNameMax, `Name can be at most ${REVIEW_LIMITS.displayNameMax} characters`)
    .optional(),
  issueType: choice('issueType'),
  contactMethod: choice('contactMethod'),
  billingParty: choice('billingParty'),
  responseTime: choice('responseTime').optional(),
  nextStepsExplained: z.boolean('Answer yes or no').optional(),
  outcome: choice('outcome').optional(),
  resolved: choice('resolved'),
  device: z.string().trim().max(REVIEW_LIMITS.deviceMax, `Device can be at most ${REVIEW_LIMITS.deviceMax} characters`).optional(),
});
export type ReviewSubmission = z.infer<typeof ReviewSubmission>;

export const ReviewListQuery = z
  .strictObject({
    q: z
      .string()
      .trim()
      .min(1, 'Type something to search for')
      .max(SEARCH_LIMITS.length, `Search can be at most ${SEARCH_LIMITS.length} characters`)
      .optional(),
    issueType: slug.optional(),
    contactMethod: slug.optional(),
    billingParty: slug.optional(),
    resolved: slug.optional(),
    rating: z.coerce.number().int('Rating must be 1 to 5').min(1, 'Rating must be 1 to 5').max(5, 'Rating must be 1 to 5').optional(),
    sort: z.enum(REVIEW_SORTS, `Sort must be one of ${REVIEW_SORTS.join(', ')}`).optional(),
    cursor: z.string().max(500, 'Invalid cursor').optional(),
    limit: pageLimit(LIST_LIMIT_MAX, 20),
  })
  .refine((query) => query.sort !== 'relevance' || query.q !== undefined, {
    path: ['sort'],
    message: 'Sort by relevance needs a search (q)',
  })
  // A search is in order of relevance unless another order is asked for; a plain list, newest first.
  .transform((query) => ({ ...query, sort: query.sort ?? (query.q === undefined ? 'newest' : 'relevance') }));
export type ReviewListQuery = z.infer<typeof ReviewListQuery>;

/** What moderation did to a review, without the removed text. */
export interface ModerationRecord {
  /** e.g. { "phone": 1, "email": 2 } */
  redactions: Record<string, number>;
  /** Number of words soft-masked. */
  masked: number;
  /** Masked words by kind, e.g. { "profanity": 2, "slur": 1 }; absent when nothing was masked. */
  masks?: Record<string, number>;
  /** Human-readable reasons a moderator or reviewer can read, such as "link in text". */
  reasons: string[];
  decision: 'publish' | 'hold' | 'reject';
  markupRemoved?: boolean;
}

export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/** A later outcome the author reported: when, and the resolution answers as they first wrote them. */
export interface OutcomeUpdate {
  at: string;
  resolvedBefore: string;
  outcomeBefore: string | null;
}

export interface Review {
  id: number;
  company: string;
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
  device: string | null;
  /** null until the author reports a later outcome; `resolved` and `outcome` are then the latest answers. */
  outcomeUpdate: OutcomeUpdate | null;
  /** The company's published reply; null when there is none (or it waits for a moderator). */
  reply: ReviewReply | null;
  status: ReviewStatus;
  helpfulCount: number;
  createdAt: string;
  updatedAt: string;
}

export interface SubmittedReview extends Review {
  moderation: ModerationRecord;
}

/** GET /api/reviews/:id: one published review. */
export interface ReviewResponse {
  review: Review;
}

export interface ReviewPage {
  reviews: Review[];
  nextCursor: string | null;
  /** On a first page (no cursor): how many published reviews match its filters; null on later pages. */
  matching: MatchingCount | null;
}

export interface MatchingCount {
  count: number;
  /** False when the company has more reviews than a count looks at (20,000): then the newest 20,000 were counted. */
  complete: boolean;
}

export interface StarCount {
  stars: 1 | 2 | 3 | 4 | 5;
  label: string;
  count: number;
}

export interface RatingSummary {
  /** Mean rating to one decimal; 0 with no reviews. */
  average: number;
  count: number;
  /** 5 stars first. */
  distribution: StarCount[];
  /** "4.2 out of 5 stars (based on 318 reviews)" */
  text: string;
}

export interface CompanySummary {
  slug: string;
  name: string;
  category: string;
  summary: RatingSummary;
}

export interface CompanyDetail extends CompanySummary {
  taxonomy: Taxonomy;
  createdAt: string;
}
