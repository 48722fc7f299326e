// The facts moderation needs from stored reviews: has this body been seen for the company, and how many
// reviews has this client sent lately. Both are served by indexes (reviews_body_hash, reviews_client).
import { and, count, eq, gt, min, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { reviews } from '../schema';

export function moderationFactQueries(db: DbOrTx) {
  const sameBody = db
    .select({ id: reviews.id })
    .from(reviews)
    .where(and(eq(reviews.companyId, sql.placeholder('companyId')), eq(reviews.bodyHash, sql.placeholder('bodyHash'))))
    .limit(1)
    .prepare();
  const recentFromClient = db
    .select({ count: count(), oldest: min(reviews.createdAt) })
    .from(reviews)
    .where(and(eq(reviews.clientHash, sql.placeholder('clientHash')), gt(reviews.createdAt, sql.placeholder('since'))))
    .prepare();
  return {
    hasBodyHash: (companyId: number, bodyHash: string): boolean => sameBody.get({ companyId, bodyHash }) !== undefined,
    countRecentFromClient(clientHash: string, since: number): { count: number; oldest: number | null } {
      const row = recentFromClient.get({ clientHash, since });
      return { count: row?.count ?? 0, oldest: row?.oldest ?? null };
    },
  };
}
