// The shape of the domain's rules a store is built with (server/store-factory.ts hands them in, so db/ never
// imports them): what the maintained pattern figures count, and each review-list order's sort key.
import type { ListSort, ReviewRow } from './rows';

/** The fields of a stored review that any pattern figure depends on. */
export type PatternFacts = Pick<
  ReviewRow,
  | 'companyId'
  | 'rating'
  | 'title'
  | 'body'
  | 'issueType'
  | 'contactMethod'
  | 'billingParty'
  | 'responseTime'
  | 'nextStepsExplained'
  | 'outcome'
  | 'resolved'
  | 'sentimentLabel'
  | 'createdAt'
>;

export interface GroupCounts {
  reviewCount: number;
  ratingSum: number;
  resolvedYes: number;
  resolvedPartly: number;
  nextStepsYes: number;
  nextStepsAnswered: number;
  negativeCount: number;
}

export interface FigureRules {
  /** Groups a review is counted in, each with the value groupValues gives it. */
  dimensions: readonly string[];
  groupValues(r: PatternFacts): Record<string, string>;
  /** What one review adds to every group it belongs to. */
  groupCounts(r: PatternFacts): GroupCounts;
  /** [breakdown, group value, counted value] of each breakdown the review is counted in. */
  breakdownKeys(r: PatternFacts): [string, string, string][];
  reviewPhrases(r: { title: string | null; body: string }): string[];
}

/** The fields a review-list sort key may hold. */
export type SortField = 'createdAt' | 'id' | 'rating' | 'helpfulCount';

/** Each order's sort key, field by field, the id last. */
export type ReviewSortKeys = Record<ListSort, readonly (readonly [SortField, 'asc' | 'desc'])[]>;

export interface StoreRules {
  figures: FigureRules;
  reviewSortKeys: ReviewSortKeys;
}
