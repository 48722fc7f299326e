// Orders companies for the public list, pure: by the confidence-adjusted score (default), by review count,
// or by resolution rate, where the rate's Wilson lower bound keeps 1-of-1 from topping 90-of-100. A company
// without reviews comes after every rated one in each order: the prior alone would put it at the platform mean.
import type { CompanyRow, SummaryRow } from '../store';
import type { CompanySort, RankedCompany } from '../../contract/patterns';
import { presentSummary } from '../present';
import { rankingScore } from './ranking';
import { wilsonRate } from './wilson';

export interface Standing {
  company: CompanyRow;
  summary: SummaryRow;
  resolvedYes: number;
}

export function rankCompanies(standings: Standing[], sort: CompanySort, minReviews: number): RankedCompany[] {
  const platform = standings.reduce(
    (t, s) => ({ reviewCount: t.reviewCount + s.summary.reviewCount, ratingSum: t.ratingSum + s.summary.ratingSum }),
    { reviewCount: 0, ratingSum: 0 },
  );
  const ranked = standings.map(({ company, summary, resolvedYes }) => ({
    slug: company.slug,
    name: company.name,
    category: company.category,
    summary: presentSummary(summary),
    ranking: {
      score: rankingScore(summary, platform),
      resolution: summary.reviewCount >= minReviews ? wilsonRate(resolvedYes, summary.reviewCount) : null,
    },
  }));
  const byScore = (a: RankedCompany, b: RankedCompany) => b.ranking.score.value - a.ranking.score.value;
  const byCount = (a: RankedCompany, b: RankedCompany) => b.summary.count - a.summary.count;
  const byResolution = (a: RankedCompany, b: RankedCompany) => (b.ranking.resolution?.low ?? -1) - (a.ranking.resolution?.low ?? -1);
  const unratedLast = (a: RankedCompany, b: RankedCompany) => Number(a.summary.count === 0) - Number(b.summary.count === 0);
  const order = {
    score: [unratedLast, byScore, byCount],
    reviews: [byCount, byScore],
    resolution: [unratedLast, byResolution, byCount, byScore],
  }[sort];
  return ranked.sort((a, b) => {
    for (const compare of order) {
      const d = compare(a, b);
      if (d !== 0) return d;
    }
    return a.name.localeCompare(b.name);
  });
}
