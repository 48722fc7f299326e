// The fact moderation needs from stored reviews: has this body been seen for the company (index
// reviews_body_hash). How many reviews a client sent lately is counted from its attempts (queries/client-data.ts).
import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../connection';
import { reviews } from '../schema';

export function moderationFactQueries(db: DbOrTx) {
  const sameBody = db
    .select({ id: reviews.id })
    .from(reviews)
    .where(and(eq(reviews.companyId, sql.placeholder('companyId')), eq(reviews.bodyHash, sql.placeholder('bodyHash'))))
    .limit(1)
    .prepare();
  return {
    hasBodyHash: (companyId: number, bodyHash: string): boolean => sameBody.get({ companyId, bodyHash }) !== undefined,
  };
}
