// Reader reports and helpful votes on PostgreSQL: one of each per review per client, and the counters on the
// review (twin of the writes in db/sqlite/queries/reader-feedback.ts; reads in reader-feedback-reads.ts).
import { and, countDistinct, eq, gte, isNotNull, isNull, sql } from 'drizzle-orm';
import type { PgQuery } from '../connection';
import { namedStatement } from './named-query';
import { reviewReports, reviews } from '../schema';
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

/**
 * A reader's helpful vote as one statement: the review, published, is found; the vote is stored unless this client
 * already gave it; the review's count moves only if it was. Each statement is a round trip that wakes PostgreSQL,
 * which cost a vote more of the server's CPU than its work: four of them a vote before, in a savepoint of their own.
 * companyId null: no published review; helpfulCount null: a vote this client already gave.
 */
export const countVote = namedStatement<{ companyId: number | null; helpfulCount: number | null }>(
  `with review as (select id, company_id from reviews where id = $1 and status = 'published'),
  vote as (insert into helpful_votes (review_id, client_hash, created_at) select id, $2, $3 from review
    on conflict do nothing returning review_id),
  counted as (update reviews set helpful_count = helpful_count + 1 where id = (select review_id from vote) returning helpful_count)
  select (select company_id from review) as "companyId", (select helpful_count from counted) as "helpfulCount"`,
);

// Counters change without touching updatedAt: a vote or a report is not an edit of the review.
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
