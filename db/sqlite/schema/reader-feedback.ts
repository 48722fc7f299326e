// What readers tell us about published reviews: reports and helpful votes, one of each per client.
import { sqliteTable, integer, text, primaryKey, uniqueIndex, index } from 'drizzle-orm/sqlite-core';
import { REPORT_REASONS } from '../../../server/contract/reader';
import { reviews } from './reviews';

/** Erasing a review erases its reports and votes with it (cascade). */
export const reviewReports = sqliteTable(
  'review_reports',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    reviewId: integer('review_id')
      .notNull()
      .references(() => reviews.id, { onDelete: 'cascade' }),
    /** Keyed hash of the reporter's address; cleared (null) once the report is past CLIENT_HASH_RETENTION. */
    clientHash: text('client_hash'),
    reason: text('reason', { enum: REPORT_REASONS }).notNull(),
    /** Moderated like a review: personal data removed before it is stored. */
    note: text('note'),
    createdAt: integer('created_at').notNull(),
    /** Set when a moderator decides the review; open reports are those without it. */
    resolvedAt: integer('resolved_at'),
  },
  (t) => [
    uniqueIndex('review_reports_one_per_client').on(t.reviewId, t.clientHash),
    index('review_reports_open').on(t.reviewId, t.resolvedAt),
    // The sweep that clears old reporters' hashes.
    index('review_reports_created').on(t.createdAt),
  ],
);

export const helpfulVotes = sqliteTable(
  'helpful_votes',
  {
    reviewId: integer('review_id')
      .notNull()
      .references(() => reviews.id, { onDelete: 'cascade' }),
    clientHash: text('client_hash').notNull(),
    createdAt: integer('created_at').notNull(),
  },
  // By age too: votes older than CLIENT_HASH_RETENTION are deleted (the review keeps its helpfulCount).
  (t) => [primaryKey({ columns: [t.reviewId, t.clientHash] }), index('helpful_votes_created').on(t.createdAt)],
);

export type ReviewReportRow = typeof reviewReports.$inferSelect;
