// The moderator queue's reason menu and totals per company (PostgreSQL; mirrors db/sqlite/schema/queue-reasons.ts).
// SQLite keeps both by triggers; here nothing moves them yet (see the list in index.ts).
import { pgTable, integer, text, primaryKey } from 'drizzle-orm/pg-core';
import { companies } from './companies';

export const queueReasonCounts = pgTable(
  'queue_reason_counts',
  {
    companyId: integer('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    reason: text('reason').notNull(),
    count: integer('count').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.companyId, t.reason] })],
);

export const queueCounts = pgTable('queue_counts', {
  companyId: integer('company_id')
    .primaryKey()
    .references(() => companies.id, { onDelete: 'cascade' }),
  pending: integer('pending').notNull().default(0),
});
