// Companies' replies under reviews: lookups, the page's replies in one prepared query, writes, the held list and
// the representative's list (unanswered first).
import { asc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../connection';
import { companies, reviewReplies, reviews } from '../schema';
import type { HeldReplyRow, RepresentativeKey, RepresentativeRow, RepresentativeRows, ReplyRow } from '../../../server/contract/store';
import { LIST_SCAN_BUDGET } from '../../../server/contract/review-limits';

const p = sql.placeholder;

export function replyQueries(db: DbOrTx) {
  const byReview = db
    .select()
    .from(reviewReplies)
    .where(eq(reviewReplies.reviewId, p('reviewId')))
    .prepare();
  // The ids as one JSON array, so a page of any length uses the one prepared statement. The status is tested on
  // the rows found: as a condition it made SQLite walk every published reply by the status index instead of
  // looking each id up (a query plan of SEARCH ... USING INDEX review_replies_status).
  const repliesOf = db
    .select()
    .from(reviewReplies)
    .where(sql`${reviewReplies.reviewId} in (select value from json_each(${p('ids')}))`)
    .prepare();
  const held = db
    .select({ reply: reviewReplies, companySlug: companies.slug, companyName: companies.name })
    .from(reviewReplies)
    .innerJoin(companies, eq(companies.id, reviewReplies.companyId))
    .where(eq(reviewReplies.status, 'held'))
    .orderBy(asc(reviewReplies.createdAt), asc(reviewReplies.reviewId))
    .limit(p('limit'))
    .prepare();
  // Each phase walks the company's published reviews newest first along the list's own index, LIST_SCAN_BUDGET of
  // them at most, keeping those without a reply (phase 0) or with one (phase 1); then reads the kept reviews.
  const walk = sql`select id, created_at from ${reviews} where company_id = ${p('companyId')} and status = 'published'
    and (created_at, id) < (${p('createdAt')}, ${p('id')}) order by created_at desc, id desc`;
  const kept = (answered: boolean) =>
    sql`${reviews.id} in (select id from (${walk} limit ${sql.raw(String(LIST_SCAN_BUDGET))}) as walked
      where ${sql.raw(answered ? '' : 'not ')}exists (select 1 from ${reviewReplies} where review_id = walked.id)
      order by created_at desc, id desc limit ${p('limit')})`;
  // "+column" keeps the planner from walking some other index for the order: the ids are already chosen.
  const inOrder = [sql`+${reviews.createdAt} desc`, sql`+${reviews.id} desc`];
  const unanswered = db
    .select()
    .from(reviews)
    .where(kept(false))
    .orderBy(...inOrder)
    .prepare();
  const answered = db
    .select({ review: reviews, reply: reviewReplies })
    .from(reviews)
    .innerJoin(reviewReplies, eq(reviewReplies.reviewId, reviews.id))
    .where(kept(true))
    .orderBy(...inOrder)
    .prepare();
  // The last review a full walk looks at: where a phase that found too few goes on from.
  const walkEnd = db
    .select({ createdAt: sql<number>`created_at`, id: sql<number>`id` })
    .from(sql`(${walk} limit 1 offset ${sql.raw(String(LIST_SCAN_BUDGET - 1))})`)
    .prepare();

  return {
    findReply: (reviewId: number): ReplyRow | undefined => byReview.get({ reviewId }),
    findPublishedReplies: (reviewIds: readonly number[]): ReplyRow[] =>
      reviewIds.length === 0 ? [] : repliesOf.all({ ids: JSON.stringify(reviewIds) }).filter((r) => r.status === 'published'),
    upsertReply(row: ReplyRow): ReplyRow {
      const { reviewId: _id, ...fields } = row;
      return db.insert(reviewReplies).values(row).onConflictDoUpdate({ target: reviewReplies.reviewId, set: fields }).returning().get();
    },
    deleteReply: (reviewId: number): void => void db.delete(reviewReplies).where(eq(reviewReplies.reviewId, reviewId)).run(),
    listHeld: (limit: number): HeldReplyRow[] => held.all({ limit }),
    listRepresentative(companyId: number, after: RepresentativeKey | null, limit: number): RepresentativeRows {
      const rows: RepresentativeRow[] = [];
      let [phase, createdAt, id] = after ?? [0, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER];
      for (; phase <= 1; phase++, createdAt = id = Number.MAX_SAFE_INTEGER) {
        const from = { companyId, createdAt, id, limit: limit - rows.length };
        rows.push(...(phase === 0 ? unanswered.all(from).map((review) => ({ review, reply: null })) : answered.all(from)));
        if (rows.length >= limit) break;
        const end = walkEnd.get(from);
        if (end) return { rows, scannedTo: [phase, end.createdAt, end.id] };
      }
      return { rows, scannedTo: null };
    },
  };
}
