// How many pending reviews carry each moderation reason, per company: the moderator queue's reason menu.
// Kept by triggers on reviews (migration 0009), so every write path, present or future, moves it in the same
// transaction; counting the reasons of every pending review instead took 100 ms at 50,000 and blocked the server.
import { sqliteTable, integer, text, primaryKey } from 'drizzle-orm/sqlite-core';
import { companies } from './companies';

export const queueReasonCounts = sqliteTable(
  'queue_reason_counts',
  {
    companyId: integer('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    reason: text('reason').notNull(),
    /** Occurrences in the moderation records of the company's pending reviews; rows at 0 are kept. */
    count: integer('count').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.companyId, t.reason] })],
);

/**
 * How many reviews of each company are pending: the queue's total, kept by triggers like the reason counts
 * (migration 0010). Counting them took 2 ms a queue page at 50,000 pending, half of the page's whole cost.
 */
export const queueCounts = sqliteTable('queue_counts', {
  companyId: integer('company_id')
    .primaryKey()
    .references(() => companies.id, { onDelete: 'cascade' }),
  pending: integer('pending').notNull().default(0),
});
