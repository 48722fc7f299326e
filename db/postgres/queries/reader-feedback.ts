// Reader reports and helpful votes on PostgreSQL: one of each per review per client, and the counters on the
// review (twin of the writes in db/sqlite/queries/reader-feedback.ts; reads in reader-feedback-reads.ts).
import { and, eq, isNull } from 'drizzle-orm';
import type { PgQuery } from '../connection';
import { namedStatement } from './named-query';
import { reviewReports } from '../schema';

/**
 * A report on a review whose row the transaction already holds locked, as one statement: stored unless this client
 * already reported the review, the review's count moved only if it was, and what the threshold is checked against,
 * read after the lock (so counting every report made before this one): the different clients among the review's
 * open reports made since $6, this one included, and how many times a moderator has decided the review while it
 * had reports (each resolves them at one time). added 0: this client had reported the review.
 */
export const addReport = namedStatement<{ added: number; reporters: number; rounds: number }>(
  `with added as (insert into review_reports (review_id, client_hash, reason, note, created_at) values ($1, $2, $3, $4, $5)
    on conflict do nothing returning created_at),
  counted as (update reviews set report_count = report_count + 1 where id = $1 and exists (select 1 from added) returning id)
  select (select count(*) from counted)::int as added,
    (select count(distinct client_hash) from review_reports where review_id = $1 and resolved_at is null and created_at >= $6)::int
      + (select count(*) from added where created_at >= $6)::int as reporters,
    (select count(distinct resolved_at) from review_reports where review_id = $1 and resolved_at is not null)::int as rounds`,
);

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

export async function resolveReports(q: PgQuery, reviewId: number, at: number): Promise<void> {
  await q
    .update(reviewReports)
    .set({ resolvedAt: at })
    .where(and(eq(reviewReports.reviewId, reviewId), isNull(reviewReports.resolvedAt)));
}
