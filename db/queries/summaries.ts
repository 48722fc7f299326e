// Maintained figures over published reviews. Every change to what is published (status change, edit of a
// published review, erasure) goes through applyPublishedDelta inside the transaction that makes it, so the
// figures always equal a recount: -1 with the row as it was, +1 with the row as it is now.
import { eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { companySummaries, type ReviewRow } from '../schema';
import { patternWriteQueries } from './patterns';

/** The review as stored: every maintained figure may depend on any of its fields. */
export type CountedReview = ReviewRow;

const starDelta = (stars: number) =>
  sql`case when ${sql.placeholder('rating')} = ${sql.raw(String(stars))} then ${sql.placeholder('sign')} else 0 end`;

export function summaryQueries(db: DbOrTx) {
  const bump = db
    .update(companySummaries)
    .set({
      reviewCount: sql`${companySummaries.reviewCount} + ${sql.placeholder('sign')}`,
      ratingSum: sql`${companySummaries.ratingSum} + ${sql.placeholder('sign')} * ${sql.placeholder('rating')}`,
      stars1: sql`${companySummaries.stars1} + ${starDelta(1)}`,
      stars2: sql`${companySummaries.stars2} + ${starDelta(2)}`,
      stars3: sql`${companySummaries.stars3} + ${starDelta(3)}`,
      stars4: sql`${companySummaries.stars4} + ${starDelta(4)}`,
      stars5: sql`${companySummaries.stars5} + ${starDelta(5)}`,
    })
    .where(eq(companySummaries.companyId, sql.placeholder('companyId')))
    .prepare();
  const patterns = patternWriteQueries(db);

  return {
    /** sign +1 when a review becomes published, -1 when it stops being published. */
    applyPublishedDelta(review: CountedReview, sign: 1 | -1): void {
      bump.run({ companyId: review.companyId, rating: review.rating, sign });
      patterns.applyPatternDelta(review, sign);
    },
  };
}
