// The monthly trend from the month counters, pure: every one of the last 24 months, empty ones included.
import type { PatternBreakdownRow, PatternGroupRow } from '../store';
import type { TrendMonth } from '../../contract/patterns';
import type { Taxonomy } from '../../contract/taxonomy';
import { countsWithin, mostCommon } from './present-groups';
import { wilsonRate } from './wilson';

export function trendMonths(
  months: readonly string[],
  groups: PatternGroupRow[],
  breakdowns: PatternBreakdownRow[],
  taxonomy: Taxonomy,
  minReviews: number,
): TrendMonth[] {
  const byMonth = new Map(groups.filter((g) => g.dimension === 'month').map((g) => [g.value, g]));
  return months.map((month) => {
    const row = byMonth.get(month);
    const reviews = row?.reviewCount ?? 0;
    const enough = reviews >= minReviews;
    return {
      month,
      reviews,
      meanRating: row && reviews > 0 ? Math.round((row.ratingSum / reviews) * 10) / 10 : null,
      enough,
      negativeShare: row && enough ? wilsonRate(row.negativeCount, reviews) : null,
      topIssueType: enough ? mostCommon(countsWithin(breakdowns, 'month:issueType', month), taxonomy, 'issueType') : null,
    };
  });
}
