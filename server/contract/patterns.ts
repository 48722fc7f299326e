// Complaint patterns, trend and ranking: request schemas and response types, shared with the web client.
import { z } from 'zod';
import type { CompanySummary, RatingSummary } from './review';

/** What a group below the evidence threshold says instead of any percentage. */
export const NOT_ENOUGH_REVIEWS = 'not enough reviews yet to identify complaint patterns';

export const COMPANY_SORTS = ['score', 'reviews', 'resolution'] as const;
export type CompanySort = (typeof COMPANY_SORTS)[number];

export const CompanyListQuery = z.strictObject({
  sort: z.enum(COMPANY_SORTS, `Sort must be one of ${COMPANY_SORTS.join(', ')}`).default('score'),
});
export type CompanyListQuery = z.infer<typeof CompanyListQuery>;

/** A share as a fraction (0–1, three decimals) with its 95% Wilson score interval. */
export interface Rate {
  count: number;
  of: number;
  rate: number;
  low: number;
  high: number;
}

export interface ValueCount {
  value: string;
  label: string;
  count: number;
}

/** A group with fewer reviews than the threshold: its size, and no pattern. */
export interface ThinGroup {
  enough: false;
  value: string;
  label: string;
  reviews: number;
  message: typeof NOT_ENOUGH_REVIEWS;
}

interface EnoughGroup {
  enough: true;
  value: string;
  label: string;
  reviews: number;
  /** Of the company's published reviews. */
  share: Rate;
  /** Answered "resolved: yes"; "partly" is counted apart. */
  resolved: Rate;
  partlyResolved: Rate;
}

export interface PhraseCount {
  phrase: string;
  /** Reviews saying it. */
  count: number;
}

export interface IssueTypePattern extends EnoughGroup {
  meanRating: number;
  /** Among reviews that answered the question; null when none did. */
  nextStepsExplained: Rate | null;
  mostCommonOutcome: ValueCount | null;
  /** Two- and three-word phrases said in at least two reviews, most frequent first. */
  phrases: PhraseCount[];
}

export interface ContactMethodPattern extends EnoughGroup {
  /** The median answer in the taxonomy's order (fastest first); null when nobody answered. */
  typicalResponseTime: ValueCount | null;
}

export type BillingPartyPattern = EnoughGroup;

export interface RankingScore {
  /** Bayesian average: (priorWeight × priorMean + sum of stars) / (priorWeight + reviews), two decimals. */
  value: number;
  method: 'bayesian-average';
  /** The platform-wide mean rating the score is pulled towards. */
  priorMean: number;
  /** How many reviews' worth of weight the platform mean carries. */
  priorWeight: number;
}

export interface SentimentPattern {
  enough: boolean;
  reviews: number;
  counts: { negative: number; mixed: number; positive: number };
  /** Present only with enough reviews. */
  shares: { negative: Rate; mixed: Rate; positive: Rate } | null;
  message?: typeof NOT_ENOUGH_REVIEWS;
}

export interface TrendMonth {
  /** YYYY-MM, UTC. */
  month: string;
  reviews: number;
  /** Null in a month without reviews. */
  meanRating: number | null;
  enough: boolean;
  /** Share of reviews labelled negative; null below the threshold. */
  negativeShare: Rate | null;
  /** Null below the threshold. */
  topIssueType: ValueCount | null;
}

export interface ModerationReport {
  /** First month counted (YYYY-MM); the report covers it through the current month. */
  since: string;
  months: number;
  submitted: number;
  publishedAtOnce: number;
  held: number;
  approved: number;
  rejected: number;
  removed: number;
  removedAfterReport: number;
  restored: number;
  topReasons: { reason: string; count: number }[];
}

export interface BurstNotice {
  kind: 'burst';
  message: string;
  reviewsLastDay: number;
  /** Submissions per day over the three previous calendar months. */
  usualDailyRate: number;
  /** The most reviews for this company from one client in the last day. */
  fromOneClient: number;
}

/** How the company answers its reviews; each figure null until its group has PATTERN_MIN_REVIEWS. */
export interface ReplyPatterns {
  /** Of the published reviews, the share with a published company reply. */
  answered: Rate | null;
  /** The median hours from a review's publication to the company's reply, over the answered reviews (one decimal). */
  medianHoursToAnswer: number | null;
  /** Of the replies offering a resolution that their reviewer answered, the share answered "resolved". */
  resolvedAfterReply: Rate | null;
}

export interface CompanyPatterns {
  company: { slug: string; name: string };
  /** PATTERN_MIN_REVIEWS: groups below it are ThinGroups. */
  minReviews: number;
  rating: { summary: RatingSummary; score: RankingScore };
  sentiment: SentimentPattern;
  issueTypes: (IssueTypePattern | ThinGroup)[];
  contactMethods: (ContactMethodPattern | ThinGroup)[];
  billingParties: (BillingPartyPattern | ThinGroup)[];
  /** The last 24 months, oldest first, months without reviews included. */
  trend: TrendMonth[];
  transparency: ModerationReport;
  notices: BurstNotice[];
  replies: ReplyPatterns;
}

export interface CompanyTrend {
  company: { slug: string; name: string };
  minReviews: number;
  months: TrendMonth[];
}

export interface RankedCompany extends CompanySummary {
  ranking: {
    score: RankingScore;
    /** Share of reviews resolved (yes); null below the threshold. Sorting uses its Wilson lower bound. */
    resolution: Rate | null;
  };
}

/** GET /api/companies */
export interface CompanyList {
  companies: RankedCompany[];
}

/** A company with a burst now, as moderators see it. */
export interface CompanyBurst {
  company: { slug: string; name: string };
  notice: BurstNotice;
}

/** GET /api/moderation/bursts */
export interface BurstList {
  bursts: CompanyBurst[];
}
