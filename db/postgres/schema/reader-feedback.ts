// Readers' reports and helpful votes on published reviews (PostgreSQL; mirrors db/sqlite/schema/reader-feedback.ts).
import { pgTable, integer, bigint, text, primaryKey, uniqueIndex, index } from 'drizzle-orm/pg-core';
import { REPORT_REASONS } from '../../../server/contract/reader';
import { reviews } from './reviews';

export const reviewReports = pgTable(
  'review_reports',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    reviewId: integer('review_id')
      .notNull()
      .references(() => reviews.id, { onDelete: 'cascade' }),
    /** Cleared (null) once the report is past CLIENT_HASH_RETENTION. */
    clientHash: text('client_hash'),
    reason: text('reason', { enum: REPORT_REASONS }).notNull(),
    note: text('note'),
    createdAt: bigint('created_at', { mode: 'number' }).notNull(),
    resolvedAt: bigint('resolved_at', { mode: 'number' }),
  },
  (t) => [
    // NULLs stay distinct, as in SQLite: reports whose hash was cleared never collide.
    uniqueIndex('review_reports_one_per_client').on(t.reviewId, t.clientHash),
    index('review_reports_open').on(t.reviewId, t.resolvedAt),
    index('review_reports_created').on(t.createdAt),
  ],
);

export const helpfulVotes = pgTable(
  'helpful_votes',
  {
    reviewId: integer('review_id')
      .notNull()
      .references(() => reviews.id, { onDelete: 'cascade' }),
    clientHash: text('client_hash').notNull(),
    createdAt: bigint('created_at', { mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.reviewId, t.clientHash] }), index('helpful_votes_created').on(t.createdAt)],
);
