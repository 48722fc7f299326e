// The confidence-adjusted score companies are ranked by: a Bayesian average pulled towards the platform mean.
import type { RankingScore } from '../../contract/patterns';

/** The platform mean counts as this many reviews: a company needs well over 10 reviews to escape it. */
export const PRIOR_WEIGHT = 10;

/** With no reviews anywhere, the middle of the scale. */
const NEUTRAL_MEAN = 3;

export interface RatingTotals {
  reviewCount: number;
  ratingSum: number;
}

export const platformMean = (platform: RatingTotals) =>
  platform.reviewCount > 0 ? platform.ratingSum / platform.reviewCount : NEUTRAL_MEAN;

/** (C·m + Σ stars) / (C + n): two 5-star reviews do not outrank 300 reviews averaging 4.6. */
export function rankingScore(company: RatingTotals, platform: RatingTotals): RankingScore {
  const priorMean = platformMean(platform);
  const value = (PRIOR_WEIGHT * priorMean + company.ratingSum) / (PRIOR_WEIGHT + company.reviewCount);
  return {
    value: Math.round(value * 100) / 100,
    method: 'bayesian-average',
    priorMean: Math.round(priorMean * 100) / 100,
    priorWeight: PRIOR_WEIGHT,
  };
}
