// Maintained figures over published reviews. Every change to what is published (status change, edit of a
// published review, erasure) goes through applyPublishedDelta inside the transaction that makes it, so the
// figures always equal a recount: -1 with the row as it was, +1 with the row as it is now.
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { companySummaries, type ReviewRow } from '../schema';
import { patternWriteQueries } from './patterns';
import type { FigureRules } from '../../store-rules';

/** The review as stored: every maintained figure may depend on any of its fields. */
export type CountedReview = ReviewRow;

export function summaryQueries(db: Db, rules: FigureRules) {
  const added = (column: { name: string }, name: string) => sql`${sql.identifier(column.name)} + ${sql.placeholder(name)}`;
  const bump = db
    .update(companySummaries)
    .set({
      reviewCount: added(companySummaries.reviewCount, 'count'),
      ratingSum: added(companySummaries.ratingSum, 'ratingSum'),
      stars1: added(companySummaries.stars1, 's1'),
      stars2: added(companySummaries.stars2, 's2'),
      stars3: added(companySummaries.stars3, 's3'),
      stars4: added(companySummaries.stars4, 's4'),
      stars5: added(companySummaries.stars5, 's5'),
    })
    .where(eq(companySummaries.companyId, sql.placeholder('companyId')))
    .prepare();
  const patterns = patternWriteQueries(db, rules);

  /** sign +1 when the reviews become published, -1 when they stop being published; added up per company first. */
  function applyPublishedDeltas(reviews: readonly CountedReview[], sign: 1 | -1): void {
    const byCompany = new Map<
      number,
      { companyId: number; count: number; ratingSum: number; s1: number; s2: number; s3: number; s4: number; s5: number }
    >();
    for (const { companyId, rating } of reviews) {
      let delta = byCompany.get(companyId);
      if (!delta) byCompany.set(companyId, (delta = { companyId, count: 0, ratingSum: 0, s1: 0, s2: 0, s3: 0, s4: 0, s5: 0 }));
      delta.count += sign;
      delta.ratingSum += sign * rating;
      delta[`s${rating as 1 | 2 | 3 | 4 | 5}`] += sign;
    }
    for (const delta of byCompany.values()) bump.run(delta);
    patterns.applyPatternDeltas(reviews, sign);
  }

  return {
    applyPublishedDelta: (review: CountedReview, sign: 1 | -1) => applyPublishedDeltas([review], sign),
    applyPublishedDeltas,
  };
}
