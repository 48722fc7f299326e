// Monthly moderation figures per company (PostgreSQL; mirrors db/sqlite/schema/moderation-counts.ts).
import { pgTable, integer, text, primaryKey } from 'drizzle-orm/pg-core';
import { companies } from './companies';

/** metric: submitted | published_at_once | held | approved | … | reason:<reason text>. month: YYYY-MM in UTC. */
export const moderationCounts = pgTable(
  'moderation_counts',
  {
    companyId: integer('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    month: text('month').notNull(),
    metric: text('metric').notNull(),
    count: integer('count').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.companyId, t.month, t.metric] })],
);
