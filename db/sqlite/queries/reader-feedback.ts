// Reader reports and helpful votes: one of each per review per client, and the counters on the review.
import { and, asc, countDistinct, eq, gte, isNotNull, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../connection';
import { helpfulVotes, reviewReports, reviews, type ReviewReportRow, type ReviewRow } from '../schema';

export type { ReviewReportRow };

export function readerFeedbackQueries(db: DbOrTx) {
  const insertReport = db
    .insert(reviewReports)
    .values({
      reviewId: sql.placeholder('reviewId'),
      clientHash: sql.placeholder('clientHash'),
      reason: sql.placeholder('reason'),
      note: sql.placeholder('note'),
      createdAt: sql.placeholder('createdAt'),
    })
    .onConflictDoNothing()
    .returning({ id: reviewReports.id })
    .prepare();
  const insertVote = db
    .insert(helpfulVotes)
    .values({ reviewId: sql.placeholder('reviewId'), clientHash: sql.placeholder('clientHash'), createdAt: sql.placeholder('createdAt') })
    .onConflictDoNothing()
    .returning({ reviewId: helpfulVotes.reviewId })
    .prepare();
  // Counters change without touching updatedAt: a vote or a report is not an edit of the review.
  const bumpHelpful = db
    .update(reviews)
    .set({ helpfulCount: sql`${reviews.helpfulCount} + 1` })
    .where(eq(reviews.id, sql.placeholder('id')))
    .returning()
    .prepare();
  const bumpReports = db
    .update(reviews)
    .set({ reportCount: sql`${reviews.reportCount} + 1` })
    .where(eq(reviews.id, sql.placeholder('id')))
    .returning()
    .prepare();
  // The ids as one JSON array, so a page of any length uses the one prepared statement.
  const openReports = db
    .select()
    .from(reviewReports)
    .where(
      and(sql`${reviewReports.reviewId} in (select value from json_each(${sql.placeholder('ids')}))`, isNull(reviewReports.resolvedAt)),
    )
    .orderBy(asc(reviewReports.createdAt), asc(reviewReports.id))
    .prepare();

  const openReporters = db
    .select({ n: countDistinct(reviewReports.clientHash) })
    .from(reviewReports)
    .where(
      and(
        eq(reviewReports.reviewId, sql.placeholder('reviewId')),
        isNull(reviewReports.resolvedAt),
        gte(reviewReports.createdAt, sql.placeholder('since')),
      ),
    )
    .prepare();
  const reportRounds = db
    .select({ n: countDistinct(reviewReports.resolvedAt) })
    .from(reviewReports)
    .where(and(eq(reviewReports.reviewId, sql.placeholder('reviewId')), isNotNull(reviewReports.resolvedAt)))
    .prepare();

  return {
    /** Different clients among the review's open reports made since `since`. */
    countOpenReporters: (reviewId: number, since: number): number => openReporters.get({ reviewId, since })?.n ?? 0,
    /** How many times a moderator has decided the review while it had reports (each resolves them at one time). */
    countReportRounds: (reviewId: number): number => reportRounds.get({ reviewId })?.n ?? 0,
    /** False when this client already reported the review. */
    insertReport: (row: { reviewId: number; clientHash: string; reason: string; note: string | null; createdAt: number }): boolean =>
      insertReport.get(row) !== undefined,
    /** False when this client already voted for the review. */
    insertVote: (row: { reviewId: number; clientHash: string; createdAt: number }): boolean => insertVote.get(row) !== undefined,
    bumpHelpfulCount: (id: number): ReviewRow => bumpHelpful.get({ id })!,
    bumpReportCount: (id: number): ReviewRow => bumpReports.get({ id })!,
    /** Reports no moderator has acted on yet, oldest first. */
    findOpenReports: (reviewIds: number[]): ReviewReportRow[] =>
      reviewIds.length === 0 ? [] : openReports.all({ ids: JSON.stringify(reviewIds) }),
    resolveReports: (reviewId: number, at: number): number =>
      db
        .update(reviewReports)
        .set({ resolvedAt: at })
        .where(and(eq(reviewReports.reviewId, reviewId), isNull(reviewReports.resolvedAt)))
        .run().changes,
  };
}
