// Reader reports as the moderator queue reads them on PostgreSQL: the twin of findOpenReports in
// db/sqlite/queries/reader-feedback.ts.
import { and, asc, isNull, sql } from 'drizzle-orm';
import type { PgDb } from '../connection';
import { reviewReports } from '../schema';
import type { ReviewReportRow } from '../../../server/contract/store';

/**
 * Reports no moderator has acted on yet, oldest first: one named prepared statement per pool, the ids riding as
 * one array parameter whatever the page's length (a queue page asks on every load).
 */
export function findOpenReports(db: PgDb) {
  const prepared = db
    .select()
    .from(reviewReports)
    .where(and(sql`${reviewReports.reviewId} = any(${sql.placeholder('ids')}::integer[])`, isNull(reviewReports.resolvedAt)))
    .orderBy(asc(reviewReports.createdAt), asc(reviewReports.id))
    .prepare('earful_open_reports');
  return async (reviewIds: readonly number[]): Promise<ReviewReportRow[]> =>
    reviewIds.length === 0 ? [] : prepared.execute({ ids: [...reviewIds] });
}
