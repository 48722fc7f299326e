// Reader reports as the moderator queue reads them on PostgreSQL: the twin of findOpenReports in
// db/sqlite/queries/reader-feedback.ts.
import { and, asc, inArray, isNull } from 'drizzle-orm';
import type { PgQuery } from '../connection';
import { reviewReports } from '../schema';
import type { ReviewReportRow } from '../../../server/contract/store';

/** Reports no moderator has acted on yet, oldest first. */
export async function findOpenReports(q: PgQuery, reviewIds: number[]): Promise<ReviewReportRow[]> {
  if (reviewIds.length === 0) return [];
  return q
    .select()
    .from(reviewReports)
    .where(and(inArray(reviewReports.reviewId, reviewIds), isNull(reviewReports.resolvedAt)))
    .orderBy(asc(reviewReports.createdAt), asc(reviewReports.id));
}
