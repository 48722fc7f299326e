// Companies' replies under reviews on PostgreSQL (twin of db/sqlite/queries/replies.ts).
import { asc, desc, eq, sql } from 'drizzle-orm';
import type { PgDb, PgQuery } from '../connection';
import { companies, reviewReplies, reviews } from '../schema';
import type {
  HeldReplyRow,
  RepresentativeKey,
  RepresentativeRow,
  RepresentativeRows,
  ReplyRow,
  ReviewRow,
} from '../../../server/contract/store';
import { LIST_SCAN_BUDGET } from '../../../server/contract/review-limits';

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

/**
 * Unanswered published reviews first (phase 0), then answered ones (phase 1), newest first within each: each phase
 * walks the company's published reviews along the list's own index, LIST_SCAN_BUDGET of them at most, keeping those
 * without a reply (with one), and says where it stopped when it found too few.
 */
export async function listRepresentativeReviews(
  q: PgQuery,
  companyId: number,
  after: RepresentativeKey | null,
  limit: number,
): Promise<RepresentativeRows> {
  const rows: RepresentativeRow[] = [];
  const start: RepresentativeKey = after ?? [0, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER];
  for (let phase = start[0]; phase <= 1; phase++) {
    const [createdAt, id] = phase === start[0] ? [start[1], start[2]] : [Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER];
    const walk = sql`select id, created_at from ${reviews} where company_id = ${companyId} and status = 'published'
      and (created_at, id) < (${createdAt}::bigint, ${id}::bigint) order by created_at desc, id desc`;
    const kept = sql`${reviews.id} in (select id from (${walk} limit ${sql.raw(String(LIST_SCAN_BUDGET))}) as walked
      where ${sql.raw(phase === 1 ? '' : 'not ')}exists (select 1 from ${reviewReplies} where review_id = walked.id)
      order by created_at desc, id desc limit ${limit - rows.length})`;
    const inOrder = [desc(reviews.createdAt), desc(reviews.id)];
    if (phase === 0) {
      const found = await q
        .select()
        .from(reviews)
        .where(kept)
        .orderBy(...inOrder);
      rows.push(...found.map((review) => ({ review: review as ReviewRow, reply: null })));
    } else {
      const found = await q
        .select({ review: reviews, reply: reviewReplies })
        .from(reviews)
        .innerJoin(reviewReplies, eq(reviewReplies.reviewId, reviews.id))
        .where(kept)
        .orderBy(...inOrder);
      rows.push(...(found as RepresentativeRow[]));
    }
    if (rows.length >= limit) break;
    const end = await q.execute<{ created_at: string; id: number }>(
      sql`select created_at, id from (${walk} limit 1 offset ${sql.raw(String(LIST_SCAN_BUDGET - 1))}) as last`,
    );
    const last = end.rows[0];
    if (last) return { rows, scannedTo: [phase as 0 | 1, Number(last.created_at), Number(last.id)] };
  }
  return { rows, scannedTo: null };
}
