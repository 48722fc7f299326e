// Reader reports and helpful votes on PostgreSQL: one of each per review per client, and the counters on the
// review (twin of the writes in db/sqlite/queries/reader-feedback.ts; reads in reader-feedback-reads.ts).
import { and, countDistinct, eq, gte, isNotNull, isNull, sql } from 'drizzle-orm';
import type { PgQuery } from '../connection';
import { helpfulVotes, reviewReports, reviews } from '../schema';
import type { ReviewRow } from '../../../server/contract/store';

/** Different clients among the review's open reports made since `since`. */
export async function countOpenReporters(q: PgQuery, reviewId: number, since: number): Promise<number> {
  const [row] = await q
    .select({ n: countDistinct(reviewReports.clientHash) })
    .from(reviewReports)
    .where(and(eq(reviewReports.reviewId, reviewId), isNull(reviewReports.resolvedAt), gte(reviewReports.createdAt, since)));
  return Number(row?.n ?? 0);
}

/** How many times a moderator has decided the review while it had reports (each resolves them at one time). */
export async function countReportRounds(q: PgQuery, reviewId: number): Promise<number> {
  const [row] = await q
    .select({ n: countDistinct(reviewReports.resolvedAt) })
    .from(reviewReports)
    .where(and(eq(reviewReports.reviewId, reviewId), isNotNull(reviewReports.resolvedAt)));
  return Number(row?.n ?? 0);
}

/** False when this client already reported the review. */
export async function insertReport(
  q: PgQuery,
  row: { reviewId: number; clientHash: string; reason: string; note: string | null; createdAt: number },
): Promise<boolean> {
  const inserted = await q
    .insert(reviewReports)
    .values(row as typeof reviewReports.$inferInsert)
    .onConflictDoNothing()
    .returning({ id: reviewReports.id });
  return inserted.length > 0;
}

/** False when this client already voted for the review. */
export async function insertVote(q: PgQuery, row: { reviewId: number; clientHash: string; createdAt: number }): Promise<boolean> {
  const inserted = await q.insert(helpfulVotes).values(row).onConflictDoNothing().returning({ reviewId: helpfulVotes.reviewId });
  return inserted.length > 0;
}

// Counters change without touching updatedAt: a vote or a report is not an edit of the review.
export async function bumpHelpfulCount(q: PgQuery, id: number): Promise<ReviewRow> {
  const [row] = await q
    .update(reviews)
    .set({ helpfulCount: sql`${reviews.helpfulCount} + 1` })
    .where(eq(reviews.id, id))
    .returning();
  return row as ReviewRow;
}

export async function bumpReportCount(q: PgQuery, id: number): Promise<ReviewRow> {
  const [row] = await q
    .update(reviews)
    .set({ reportCount: sql`${reviews.reportCount} + 1` })
    .where(eq(reviews.id, id))
    .returning();
  return row as ReviewRow;
}

export async function resolveReports(q: PgQuery, reviewId: number, at: number): Promise<void> {
  await q
    .update(reviewReports)
    .set({ resolvedAt: at })
    .where(and(eq(reviewReports.reviewId, reviewId), isNull(reviewReports.resolvedAt)));
}
