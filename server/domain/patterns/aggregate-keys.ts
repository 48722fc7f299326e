// The update rules of the maintained pattern figures, pure: which counters one published review moves.
// db/sqlite/queries/patterns.ts applies them with +1 / -1; rebuild-aggregates.ts computes the same in bulk.
import { extractPhrases, phraseText } from './phrases';
import type { GroupCounts, PatternFacts } from '../store';
import { monthKey } from '../../contract/month-key';

/** Groups a review is counted in; 'all' is the whole company (ranking by resolution rate reads it). */
export const GROUP_DIMENSIONS = ['all', 'issueType', 'contactMethod', 'billingParty', 'month', 'sentiment'] as const;
export type GroupDimension = (typeof GROUP_DIMENSIONS)[number];

/** Value counts inside a group: most common outcome, typical response time, top issue type of a month. */
export const BREAKDOWNS = ['issueType:outcome', 'contactMethod:responseTime', 'month:issueType'] as const;
export type Breakdown = (typeof BREAKDOWNS)[number];

/** A review without a sentiment (stored before scoring existed) is counted as unscored, never guessed. */
export const UNSCORED = 'unscored';

export function groupValues(r: PatternFacts): Record<GroupDimension, string> {
  return {
    all: '',
    issueType: r.issueType,
    contactMethod: r.contactMethod,
    billingParty: r.billingParty,
    month: monthKey(r.createdAt),
    sentiment: r.sentimentLabel ?? UNSCORED,
  };
}

/** What one review adds to every group it belongs to. */
export function groupCounts(r: PatternFacts): GroupCounts {
  return {
    reviewCount: 1,
    ratingSum: r.rating,
    resolvedYes: r.resolved === 'yes' ? 1 : 0,
    resolvedPartly: r.resolved === 'partly' ? 1 : 0,
    nextStepsYes: r.nextStepsExplained === true ? 1 : 0,
    nextStepsAnswered: r.nextStepsExplained === null ? 0 : 1,
    negativeCount: r.sentimentLabel === 'negative' ? 1 : 0,
  };
}

/** [breakdown, group value, counted value]; optional answers left blank are not counted. */
export function breakdownKeys(r: PatternFacts): [Breakdown, string, string][] {
  const keys: [Breakdown, string, string][] = [['month:issueType', monthKey(r.createdAt), r.issueType]];
  if (r.outcome !== null) keys.push(['issueType:outcome', r.issueType, r.outcome]);
  if (r.responseTime !== null) keys.push(['contactMethod:responseTime', r.contactMethod, r.responseTime]);
  return keys;
}

export const reviewPhrases = (r: Pick<PatternFacts, 'title' | 'body'>) => extractPhrases(phraseText(r.title, r.body));
