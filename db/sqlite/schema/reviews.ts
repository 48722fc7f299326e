// Reviews as stored: moderated text only, never the personal data moderation removed.
import { sql } from 'drizzle-orm';
import { sqliteTable, integer, text, real, index, type SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { companies } from './companies';
import { queueReasonsSql, queueTierSql } from './queue-tier';
import { REVIEW_STATUSES } from '../../../server/contract/review-limits';

export { REVIEW_STATUSES };
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

type ReviewColumns = { issueType: SQLiteColumn; contactMethod: SQLiteColumn; billingParty: SQLiteColumn; resolved: SQLiteColumn };
/** The list's filters besides the rating, which the rating orders hold already. */
const listFilters = (t: ReviewColumns) => [t.issueType, t.contactMethod, t.billingParty, t.resolved] as const;

export const reviews = sqliteTable(
  'reviews',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    companyId: integer('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    rating: integer('rating').notNull(),
    title: text('title'),
    body: text('body').notNull(),
    displayName: text('display_name').notNull(),
    issueType: text('issue_type').notNull(),
    contactMethod: text('contact_method').notNull(),
    billingParty: text('billing_party').notNull(),
    responseTime: text('response_time'),
    nextStepsExplained: integer('next_steps_explained', { mode: 'boolean' }),
    outcome: text('outcome'),
    resolved: text('resolved').notNull(),
    /** When the author last reported a later outcome, and the resolution answers as first written (null until then). */
    outcomeUpdatedAt: integer('outcome_updated_at'),
    firstResolved: text('first_resolved'),
    firstOutcome: text('first_outcome'),
    device: text('device'),
    status: text('status', { enum: REVIEW_STATUSES }).notNull(),
    /** JSON: what moderation did (kinds and counts, reasons), never the removed text. */
    moderation: text('moderation').notNull().default('{}'),
    /** Higher is riskier; orders the moderator queue. */
    riskScore: real('risk_score').notNull().default(0),
    sentimentScore: real('sentiment_score'),
    sentimentLabel: text('sentiment_label'),
    helpfulCount: integer('helpful_count').notNull().default(0),
    reportCount: integer('report_count').notNull().default(0),
    /** Salted hash of the client address; the raw address is never stored. */
    clientHash: text('client_hash'),
    /** Hash of the normalised body, to spot the same text submitted twice. */
    bodyHash: text('body_hash'),
    manageTokenHash: text('manage_token_hash'),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
    publishedAt: integer('published_at'),
  },
  (t) => [
    // One index per list order (db/sqlite/queries/review-list.ts). The list's filter columns ride at the end, so a
    // filtered page tests them inside the index and reads only the reviews it shows. "lowest" sorts the
    // rating up but dates down, so it has its own index in that mixed order.
    index('reviews_list_newest').on(t.companyId, t.status, t.createdAt, t.id, ...listFilters(t), t.rating),
    index('reviews_list_rating').on(t.companyId, t.status, t.rating, t.createdAt, t.id, ...listFilters(t)),
    index('reviews_list_lowest').on(t.companyId, t.status, t.rating, sql`${t.createdAt} desc`, sql`${t.id} desc`, ...listFilters(t)),
    index('reviews_list_helpful').on(t.companyId, t.status, t.helpfulCount, t.createdAt, t.id, ...listFilters(t), t.rating),
    index('reviews_body_hash').on(t.companyId, t.bodyHash),
    index('reviews_client').on(t.clientHash, t.createdAt),
    // The moderator queue's order of pending reviews: risk, tier (an indexed expression), oldest; partial, over
    // pending reviews only, with the reasons last for a reason's queue (docs/decisions.md#queue-order-index).
    index('reviews_queue_order')
      .on(
        sql`${t.riskScore} desc`,
        sql`${queueTierSql(t.moderation)} desc`,
        sql`${t.reportCount} desc`,
        t.createdAt,
        t.id,
        t.companyId,
        queueReasonsSql(t.moderation),
      )
      .where(sql`${t.status} = 'pending'`),
  ],
);

export type ReviewRow = typeof reviews.$inferSelect;
export type NewReviewRow = typeof reviews.$inferInsert;
