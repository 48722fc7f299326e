// Turns the counters of one company into its patterns by issue type, contact method, billing party and
// sentiment, pure. Groups below the evidence threshold say so and carry no percentage.
import type { PatternBreakdownRow, PatternGroupRow } from '../store';
import {
  NOT_ENOUGH_REVIEWS,
  type BillingPartyPattern,
  type ContactMethodPattern,
  type IssueTypePattern,
  type PhraseCount,
  type SentimentPattern,
  type ThinGroup,
  type ValueCount,
} from '../../contract/patterns';
import type { Taxonomy, TaxonomyField } from '../../contract/taxonomy';
import type { Breakdown, GroupDimension } from './aggregate-keys';
import { wilsonRate } from './wilson';

export interface GroupContext {
  taxonomy: Taxonomy;
  minReviews: number;
  /** The company's published reviews: the denominator of every share. */
  total: number;
}

export const labelOf = (taxonomy: Taxonomy, field: TaxonomyField, value: string) =>
  taxonomy[field].find((t) => t.value === value)?.label ?? value;

const positionOf = (taxonomy: Taxonomy, field: TaxonomyField, value: string) => {
  const i = taxonomy[field].findIndex((t) => t.value === value);
  return i < 0 ? Number.MAX_SAFE_INTEGER : i;
};

/** Groups of one dimension that have reviews, largest first, then in the form's order. */
export function groupsOf(rows: PatternGroupRow[], dimension: GroupDimension, taxonomy: Taxonomy, field: TaxonomyField) {
  return rows
    .filter((r) => r.dimension === dimension && r.reviewCount > 0)
    .sort((a, b) => b.reviewCount - a.reviewCount || positionOf(taxonomy, field, a.value) - positionOf(taxonomy, field, b.value));
}

/** Counts of one breakdown inside one group, e.g. the outcomes of the billing issue type. */
export function countsWithin(rows: PatternBreakdownRow[], breakdown: Breakdown, value: string) {
  return rows.filter((r) => r.breakdown === breakdown && r.value === value && r.count > 0);
}

/** The most frequent value; ties go to the alphabetically first value, as the store's query does. */
export function mostCommon(rows: PatternBreakdownRow[], taxonomy: Taxonomy, field: TaxonomyField): ValueCount | null {
  const best = [...rows].sort((a, b) => b.count - a.count || (a.subValue < b.subValue ? -1 : a.subValue > b.subValue ? 1 : 0))[0];
  return best ? { value: best.subValue, label: labelOf(taxonomy, field, best.subValue), count: best.count } : null;
}

/** The median answer in the form's order (response times are listed fastest first). */
export function medianValue(rows: PatternBreakdownRow[], taxonomy: Taxonomy, field: TaxonomyField): ValueCount | null {
  const ordered = [...rows].sort((a, b) => positionOf(taxonomy, field, a.subValue) - positionOf(taxonomy, field, b.subValue));
  const answered = ordered.reduce((n, r) => n + r.count, 0);
  let seen = 0;
  for (const r of ordered) {
    seen += r.count;
    if (seen * 2 >= answered) return { value: r.subValue, label: labelOf(taxonomy, field, r.subValue), count: r.count };
  }
  return null;
}

const thin = (value: string, label: string, reviews: number): ThinGroup => ({
  enough: false,
  value,
  label,
  reviews,
  message: NOT_ENOUGH_REVIEWS,
});

function commonFigures(row: PatternGroupRow, label: string, ctx: GroupContext) {
  return {
    enough: true as const,
    value: row.value,
    label,
    reviews: row.reviewCount,
    share: wilsonRate(row.reviewCount, ctx.total),
    resolved: wilsonRate(row.resolvedYes, row.reviewCount),
    partlyResolved: wilsonRate(row.resolvedPartly, row.reviewCount),
  };
}

export function issueTypePatterns(
  rows: PatternGroupRow[],
  breakdowns: PatternBreakdownRow[],
  phrases: Map<string, PhraseCount[]>,
  ctx: GroupContext,
): (IssueTypePattern | ThinGroup)[] {
  return groupsOf(rows, 'issueType', ctx.taxonomy, 'issueType').map((row) => {
    const label = labelOf(ctx.taxonomy, 'issueType', row.value);
    if (row.reviewCount < ctx.minReviews) return thin(row.value, label, row.reviewCount);
    return {
      ...commonFigures(row, label, ctx),
      meanRating: Math.round((row.ratingSum / row.reviewCount) * 10) / 10,
      nextStepsExplained: row.nextStepsAnswered > 0 ? wilsonRate(row.nextStepsYes, row.nextStepsAnswered) : null,
      mostCommonOutcome: mostCommon(countsWithin(breakdowns, 'issueType:outcome', row.value), ctx.taxonomy, 'outcome'),
      phrases: phrases.get(row.value) ?? [],
    };
  });
}

export function contactMethodPatterns(
  rows: PatternGroupRow[],
  breakdowns: PatternBreakdownRow[],
  ctx: GroupContext,
): (ContactMethodPattern | ThinGroup)[] {
  return groupsOf(rows, 'contactMethod', ctx.taxonomy, 'contactMethod').map((row) => {
    const label = labelOf(ctx.taxonomy, 'contactMethod', row.value);
    if (row.reviewCount < ctx.minReviews) return thin(row.value, label, row.reviewCount);
    const times = countsWithin(breakdowns, 'contactMethod:responseTime', row.value);
    return { ...commonFigures(row, label, ctx), typicalResponseTime: medianValue(times, ctx.taxonomy, 'responseTime') };
  });
}

export function billingPartyPatterns(rows: PatternGroupRow[], ctx: GroupContext): (BillingPartyPattern | ThinGroup)[] {
  return groupsOf(rows, 'billingParty', ctx.taxonomy, 'billingParty').map((row) => {
    const label = labelOf(ctx.taxonomy, 'billingParty', row.value);
    return row.reviewCount < ctx.minReviews ? thin(row.value, label, row.reviewCount) : commonFigures(row, label, ctx);
  });
}

export function sentimentPattern(rows: PatternGroupRow[], ctx: GroupContext): SentimentPattern {
  const countOf = (label: string) => rows.find((r) => r.dimension === 'sentiment' && r.value === label)?.reviewCount ?? 0;
  const counts = { negative: countOf('negative'), mixed: countOf('mixed'), positive: countOf('positive') };
  const reviews = counts.negative + counts.mixed + counts.positive;
  if (reviews < ctx.minReviews) return { enough: false, reviews, counts, shares: null, message: NOT_ENOUGH_REVIEWS };
  return {
    enough: true,
    reviews,
    counts,
    shares: {
      negative: wilsonRate(counts.negative, reviews),
      mixed: wilsonRate(counts.mixed, reviews),
      positive: wilsonRate(counts.positive, reviews),
    },
  };
}
