// Reviews as stored (PostgreSQL; mirrors db/sqlite/schema/reviews.ts): moderated text only, never removed personal data.
import { sql } from 'drizzle-orm';
import { pgTable, integer, bigint, boolean, doublePrecision, text, index, type PgColumn } from 'drizzle-orm/pg-core';
import { REVIEW_STATUSES } from '../../../server/contract/review-limits';
import { companies } from './companies';
import { jsonText } from './json-text';
import { queueTierSql } from './queue-tier';

type ReviewColumns = { issueType: PgColumn; contactMethod: PgColumn; billingParty: PgColumn; resolved: PgColumn };
/** The list's filters besides the rating, which the rating orders hold already. */
const listFilters = (t: ReviewColumns) => [t.issueType, t.contactMethod, t.billingParty, t.resolved] as const;

export const reviews = pgTable(
  'reviews',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
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
    nextStepsExplained: boolean('next_steps_explained'),
    outcome: text('outcome'),
    resolved: text('resolved').notNull(),
    outcomeUpdatedAt: bigint('outcome_updated_at', { mode: 'number' }),
    firstResolved: text('first_resolved'),
    firstOutcome: text('first_outcome'),
    device: text('device'),
    status: text('status', { enum: REVIEW_STATUSES }).notNull(),
    /** JSON: what moderation did (kinds and counts, reasons), never the removed text. */
    moderation: jsonText('moderation').notNull().default('{}'),
    /** Higher is riskier; orders the moderator queue. double precision: SQLite's REAL is 8 bytes. */
    riskScore: doublePrecision('risk_score').notNull().default(0),
    sentimentScore: doublePrecision('sentiment_score'),
    sentimentLabel: text('sentiment_label'),
    helpfulCount: integer('helpful_count').notNull().default(0),
    reportCount: integer('report_count').notNull().default(0),
    clientHash: text('client_hash'),
    bodyHash: text('body_hash'),
    manageTokenHash: text('manage_token_hash'),
    createdAt: bigint('created_at', { mode: 'number' }).notNull(),
    updatedAt: bigint('updated_at', { mode: 'number' }).notNull(),
    publishedAt: bigint('published_at', { mode: 'number' }),
  },
  (t) => [
    // One index per list order, the filter columns at the end, as on SQLite (db/sqlite/schema/reviews.ts says why).
    // Descending keys say NULLS FIRST, PostgreSQL's default for DESC, so a plain `order by x desc` can walk them.
    index('reviews_list_newest').on(t.companyId, t.status, t.createdAt, t.id, ...listFilters(t), t.rating),
    index('reviews_list_rating').on(t.companyId, t.status, t.rating, t.createdAt, t.id, ...listFilters(t)),
    index('reviews_list_lowest').on(
      t.companyId,
      t.status,
      t.rating,
      t.createdAt.desc().nullsFirst(),
      t.id.desc().nullsFirst(),
      ...listFilters(t),
    ),
    index('reviews_list_helpful').on(t.companyId, t.status, t.helpfulCount, t.createdAt, t.id, ...listFilters(t), t.rating),
    index('reviews_body_hash').on(t.companyId, t.bodyHash),
    index('reviews_client').on(t.clientHash, t.createdAt),
    // The moderator queue's order of pending reviews: risk, tier (an expression of the moderation record), reports,
    // oldest; partial, so published reviews skip it.
    index('reviews_queue_order')
      .on(
        t.riskScore.desc().nullsFirst(),
        sql`${queueTierSql(t.moderation)} desc`,
        t.reportCount.desc().nullsFirst(),
        t.createdAt,
        t.id,
        t.companyId,
      )
      .where(sql`${t.status} = 'pending'`),
  ],
);
