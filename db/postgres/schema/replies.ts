// Companies' replies and representatives' companies (PostgreSQL; mirrors db/sqlite/schema/replies.ts).
import { pgTable, integer, bigint, boolean, text, index, primaryKey } from 'drizzle-orm/pg-core';
import { REPLY_STATUSES, RESOLUTION_ANSWERS } from '../../../server/contract/reply';
import { companies } from './companies';
import { moderators } from './moderators';
import { reviews } from './reviews';

/** One reply per review; erasing the review erases it (cascade). The body is moderated text only. */
export const reviewReplies = pgTable(
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
    offersResolution: boolean('offers_resolution').notNull().default(false),
    createdAt: bigint('created_at', { mode: 'number' }).notNull(),
    updatedAt: bigint('updated_at', { mode: 'number' }).notNull(),
    editedAt: bigint('edited_at', { mode: 'number' }),
    publishedAt: bigint('published_at', { mode: 'number' }),
    resolution: text('resolution', { enum: RESOLUTION_ANSWERS }),
    resolutionAt: bigint('resolution_at', { mode: 'number' }),
    /** From the review's publication to the reply's first write: what the median time to answer walks. */
    answerMs: bigint('answer_ms', { mode: 'number' }),
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
export const moderatorCompanies = pgTable(
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
