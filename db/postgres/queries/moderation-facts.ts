// The fact moderation needs from stored reviews on PostgreSQL: has this body been seen for the company (index
// reviews_body_hash). Twin of db/sqlite/queries/moderation-facts.ts.
import { and, eq } from 'drizzle-orm';
import type { PgQuery } from '../connection';
import { reviews } from '../schema';

export async function hasBodyHash(q: PgQuery, companyId: number, bodyHash: string): Promise<boolean> {
  const found = await q
    .select({ id: reviews.id })
    .from(reviews)
    .where(and(eq(reviews.companyId, companyId), eq(reviews.bodyHash, bodyHash)))
    .limit(1);
  return found.length > 0;
}
