// Companies' replies under reviews, and which companies a representative account answers for.
import { sqliteTable, integer, text, index, primaryKey } from 'drizzle-orm/sqlite-core';
import { REPLY_STATUSES, RESOLUTION_ANSWERS } from '../../../server/contract/reply';
import { companies } from './companies';
import { moderators } from './moderators';
import { reviews } from './reviews';

/** One reply per review; erasing the review erases it (cascade). The body is moderated text only. */
export const reviewReplies = sqliteTable(
  'review_replies',
  {
    reviewId: integer('review_id')
      .primaryKey()
      .references(() => reviews.id, { onDelete: 'cascade' }),
    companyId: integer('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    authorId: integer('author_id').references(() => moderators.id, { onDelete: 'set null' }),
    body: text('body').notNull(),
    /** JSON: what moderation did (kinds, counts, reasons), never the removed text. */
    moderation: text('moderation').notNull().default('{}'),
    status: text('status', { enum: REPLY_STATUSES }).notNull(),
    offersResolution: integer('offers_resolution', { mode: 'boolean' }).notNull().default(false),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
    editedAt: integer('edited_at'),
    publishedAt: integer('published_at'),
    resolution: text('resolution', { enum: RESOLUTION_ANSWERS }),
    resolutionAt: integer('resolution_at'),
    /** From the review's publication to the reply's first write: what the median time to answer walks. */
    answerMs: integer('answer_ms'),
  },
  (t) => [
    // The moderators' held list, oldest first.
    index('review_replies_status').on(t.status, t.createdAt),
    // A company's answered reviews (the representative's list, the reply figures).
    index('review_replies_company').on(t.companyId, t.status),
    // The reply figures, read from the index alone: counted per company, walked in order of the time to answer.
    index('review_replies_figures').on(t.companyId, t.status, t.answerMs, t.offersResolution, t.resolution),
  ],
);

/** A representative account's companies; the account sees and answers only these companies' reviews. */
export const moderatorCompanies = sqliteTable(
  'moderator_companies',
  {
    moderatorId: integer('moderator_id')
      .notNull()
      .references(() => moderators.id, { onDelete: 'cascade' }),
    companyId: integer('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.moderatorId, t.companyId] }), index('moderator_companies_company').on(t.companyId)],
);
