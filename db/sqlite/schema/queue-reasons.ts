// How many pending reviews carry each moderation reason, per company: the moderator queue's reason menu. Kept,
// not counted, and moved with every change (docs/decisions.md#queue-counts).
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

/** How many reviews of each company are pending: the queue's total, kept like the reason counts. */
export const queueCounts = sqliteTable('queue_counts', {
  companyId: integer('company_id')
    .primaryKey()
    .references(() => companies.id, { onDelete: 'cascade' }),
  pending: integer('pending').notNull().default(0),
});
