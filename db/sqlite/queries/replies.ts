// Companies' replies under reviews: lookups, the page's replies in one prepared query, writes, the held list and
// the representative's list (unanswered first).
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../connection';
import { companies, reviewReplies, reviews } from '../schema';
import type { HeldReplyRow, RepresentativeKey, RepresentativeRow, ReplyRow } from '../../../server/contract/store';

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
  // Phase 0: the company's published reviews without a reply, newest first, walking the list's own index.
  const unanswered = db
    .select()
    .from(reviews)
    .where(
      and(
        eq(reviews.companyId, p('companyId')),
        eq(reviews.status, 'published'),
        sql`(${reviews.createdAt}, ${reviews.id}) < (${p('createdAt')}, ${p('id')})`,
        sql`not exists (select 1 from ${reviewReplies} where ${reviewReplies.reviewId} = ${reviews.id})`,
      ),
    )
    .orderBy(desc(reviews.createdAt), desc(reviews.id))
    .limit(p('limit'))
    .prepare();
  // Phase 1: those with a reply, found through the replies of the company.
  const answered = db
    .select({ review: reviews, reply: reviewReplies })
    .from(reviewReplies)
    .innerJoin(reviews, eq(reviews.id, reviewReplies.reviewId))
    .where(
      and(
        eq(reviewReplies.companyId, p('companyId')),
        eq(reviews.status, 'published'),
        sql`(${reviews.createdAt}, ${reviews.id}) < (${p('createdAt')}, ${p('id')})`,
      ),
    )
    .orderBy(desc(reviews.createdAt), desc(reviews.id))
    .limit(p('limit'))
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
    listRepresentative(companyId: number, after: RepresentativeKey | null, limit: number): RepresentativeRow[] {
      const [phase, createdAt, id] = after ?? [0, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER];
      const rows: RepresentativeRow[] = [];
      if (phase === 0) {
        for (const review of unanswered.all({ companyId, createdAt, id, limit })) rows.push({ review, reply: null });
      }
      if (rows.length < limit) {
        const from = phase === 0 ? { createdAt: Number.MAX_SAFE_INTEGER, id: Number.MAX_SAFE_INTEGER } : { createdAt, id };
        rows.push(...answered.all({ companyId, ...from, limit: limit - rows.length }));
      }
      return rows;
    },
  };
}
