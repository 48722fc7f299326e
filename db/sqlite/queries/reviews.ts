// Review rows: insert, lookup, status change, edit and erasure (the public list is in review-list.ts).
import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../connection';
import { NEW_REVIEW_DEFAULTS } from '../../review-defaults';
import { reviews, type NewReviewRow, type ReviewRow, type ReviewStatus } from '../schema';

/** Fields of a stored review that an edit, a decision or a later outcome may change. */
export type ReviewPatch = Partial<
  Pick<
    ReviewRow,
    | 'status'
    | 'rating'
    | 'title'
    | 'body'
    | 'displayName'
    | 'issueType'
    | 'contactMethod'
    | 'billingParty'
    | 'responseTime'
    | 'nextStepsExplained'
    | 'outcome'
    | 'resolved'
    | 'device'
    | 'moderation'
    | 'riskScore'
    | 'sentimentScore'
    | 'sentimentLabel'
    | 'helpfulCount'
    | 'reportCount'
    | 'bodyHash'
    | 'outcomeUpdatedAt'
    | 'firstResolved'
    | 'firstOutcome'
  >
>;

export function reviewQueries(db: DbOrTx) {
  const insert = db
    .insert(reviews)
    .values({
      companyId: sql.placeholder('companyId'),
      rating: sql.placeholder('rating'),
      title: sql.placeholder('title'),
      body: sql.placeholder('body'),
      displayName: sql.placeholder('displayName'),
      issueType: sql.placeholder('issueType'),
      contactMethod: sql.placeholder('contactMethod'),
      billingParty: sql.placeholder('billingParty'),
      responseTime: sql.placeholder('responseTime'),
      // Bound raw: the boolean column's own mapping would store an unanswered (null) question as "no" (0).
      nextStepsExplained: sql`${sql.placeholder('nextStepsExplained')}`,
      outcome: sql.placeholder('outcome'),
      resolved: sql.placeholder('resolved'),
      device: sql.placeholder('device'),
      status: sql.placeholder('status'),
      moderation: sql.placeholder('moderation'),
      riskScore: sql.placeholder('riskScore'),
      sentimentScore: sql.placeholder('sentimentScore'),
      sentimentLabel: sql.placeholder('sentimentLabel'),
      clientHash: sql.placeholder('clientHash'),
      bodyHash: sql.placeholder('bodyHash'),
      manageTokenHash: sql.placeholder('manageTokenHash'),
      createdAt: sql.placeholder('createdAt'),
      updatedAt: sql.placeholder('updatedAt'),
      publishedAt: sql.placeholder('publishedAt'),
    })
    .returning()
    .prepare();
  const byId = db
    .select()
    .from(reviews)
    .where(eq(reviews.id, sql.placeholder('id')))
    .prepare();
  const setStatus = db
    .update(reviews)
    .set({
      status: sql`${sql.placeholder('to')}`,
      updatedAt: sql`${sql.placeholder('now')}`,
      publishedAt: sql`case when ${sql.placeholder('to')} = 'published' then coalesce(${reviews.publishedAt}, ${sql.placeholder('now')}) else ${reviews.publishedAt} end`,
    })
    .where(and(eq(reviews.id, sql.placeholder('id')), eq(reviews.status, sql.placeholder('from'))))
    .returning()
    .prepare();

  return {
    insertReview(row: Omit<NewReviewRow, 'id'>): ReviewRow {
      const values = { ...NEW_REVIEW_DEFAULTS, ...row };
      // better-sqlite3 binds booleans only as integers.
      return insert.get({ ...values, nextStepsExplained: values.nextStepsExplained == null ? null : Number(values.nextStepsExplained) })!;
    },
    findReviewById: (id: number): ReviewRow | undefined => byId.get({ id }),
    /** Applies the patch only if the review is still `expected`; undefined means someone else changed it first. */
    patchReview(id: number, expected: ReviewStatus, patch: ReviewPatch, now: number): ReviewRow | undefined {
      const publishedAt = patch.status === 'published' ? sql`coalesce(${reviews.publishedAt}, ${now})` : undefined;
      return db
        .update(reviews)
        .set({ ...patch, updatedAt: now, ...(publishedAt ? { publishedAt } : {}) })
        .where(and(eq(reviews.id, id), eq(reviews.status, expected)))
        .returning()
        .get();
    },
    deleteReview: (id: number): ReviewRow | undefined => db.delete(reviews).where(eq(reviews.id, id)).returning().get(),
    /** Changes the status only if it is still `from`; undefined means someone else changed it first. */
    updateReviewStatus: (id: number, from: ReviewStatus, to: ReviewStatus, now: number): ReviewRow | undefined =>
      setStatus.get({ id, from, to, now }),
  };
}
