// Companies' replies under reviews on PostgreSQL (twin of db/sqlite/queries/replies.ts).
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { PgDb, PgQuery } from '../connection';
import { companies, reviewReplies, reviews } from '../schema';
import type { HeldReplyRow, RepresentativeKey, RepresentativeRow, ReplyRow } from '../../../server/contract/store';

export const findReply = async (q: PgQuery, reviewId: number, lock = false): Promise<ReplyRow | undefined> => {
  const query = q.select().from(reviewReplies).where(eq(reviewReplies.reviewId, reviewId));
  return (lock ? await query.for('update') : await query)[0];
};

/**
 * One named prepared statement per pool: the ids ride as one array parameter, whatever the page's length. The
 * status is tested on the rows found, so the plan is always one primary-key lookup per id (as on SQLite).
 */
export function publishedRepliesOf(db: PgDb) {
  const prepared = db
    .select()
    .from(reviewReplies)
    .where(sql`${reviewReplies.reviewId} = any(${sql.placeholder('ids')}::integer[])`)
    .prepare('earful_replies_of');
  return async (reviewIds: readonly number[]): Promise<ReplyRow[]> =>
    reviewIds.length === 0 ? [] : (await prepared.execute({ ids: [...reviewIds] })).filter((r) => r.status === 'published');
}

export async function upsertReply(q: PgQuery, row: ReplyRow): Promise<ReplyRow> {
  const { reviewId: _id, ...fields } = row;
  const [stored] = await q
    .insert(reviewReplies)
    .values(row)
    .onConflictDoUpdate({ target: reviewReplies.reviewId, set: fields })
    .returning();
  return stored!;
}

export async function deleteReply(q: PgQuery, reviewId: number): Promise<void> {
  await q.delete(reviewReplies).where(eq(reviewReplies.reviewId, reviewId));
}

export const listHeldReplies = (q: PgQuery, limit: number): Promise<HeldReplyRow[]> =>
  q
    .select({ reply: reviewReplies, companySlug: companies.slug, companyName: companies.name })
    .from(reviewReplies)
    .innerJoin(companies, eq(companies.id, reviewReplies.companyId))
    .where(eq(reviewReplies.status, 'held'))
    .orderBy(asc(reviewReplies.createdAt), asc(reviewReplies.reviewId))
    .limit(limit);

/** Unanswered published reviews first (phase 0), then answered ones (phase 1), newest first within each. */
export async function listRepresentativeReviews(
  q: PgQuery,
  companyId: number,
  after: RepresentativeKey | null,
  limit: number,
): Promise<RepresentativeRow[]> {
  const [phase, createdAt, id] = after ?? [0, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER];
  const rows: RepresentativeRow[] = [];
  if (phase === 0) {
    const unanswered = await q
      .select()
      .from(reviews)
      .where(
        and(
          eq(reviews.companyId, companyId),
          eq(reviews.status, 'published'),
          sql`(${reviews.createdAt}, ${reviews.id}) < (${createdAt}::bigint, ${id}::bigint)`,
          sql`not exists (select 1 from ${reviewReplies} where ${reviewReplies.reviewId} = ${reviews.id})`,
        ),
      )
      .orderBy(desc(reviews.createdAt), desc(reviews.id))
      .limit(limit);
    for (const review of unanswered) rows.push({ review: review as RepresentativeRow['review'], reply: null });
  }
  if (rows.length < limit) {
    const from = phase === 0 ? [Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER] : [createdAt, id];
    const answered = await q
      .select({ review: reviews, reply: reviewReplies })
      .from(reviewReplies)
      .innerJoin(reviews, eq(reviews.id, reviewReplies.reviewId))
      .where(
        and(
          eq(reviewReplies.companyId, companyId),
          eq(reviews.status, 'published'),
          sql`(${reviews.createdAt}, ${reviews.id}) < (${from[0]}::bigint, ${from[1]}::bigint)`,
        ),
      )
      .orderBy(desc(reviews.createdAt), desc(reviews.id))
      .limit(limit - rows.length);
    rows.push(...(answered as RepresentativeRow[]));
  }
  return rows;
}
