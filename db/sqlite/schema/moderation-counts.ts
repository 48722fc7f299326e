// Monthly moderation figures per company, for the transparency report readers see.
import { sqliteTable, integer, text, primaryKey } from 'drizzle-orm/sqlite-core';
import { companies } from './companies';

/**
 * metric: submitted | published_at_once | held | approved | rejected | removed | removed_after_report |
 * restored | reason:<reason text>. month: YYYY-MM in UTC.
 */
export const moderationCounts = sqliteTable(
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
