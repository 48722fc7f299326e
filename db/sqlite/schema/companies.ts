// Companies, their per-company taxonomy, and the maintained rating summary.
import { sqliteTable, integer, text, primaryKey, index } from 'drizzle-orm/sqlite-core';

export const companies = sqliteTable('companies', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  category: text('category').notNull(),
  createdAt: integer('created_at').notNull(),
});

/** One row per selectable value of a structured review field, ordered by position. */
export const taxonomyValues = sqliteTable(
  'taxonomy_values',
  {
    companyId: integer('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    field: text('field').notNull(),
    value: text('value').notNull(),
    label: text('label').notNull(),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.companyId, t.field, t.value] }), index('taxonomy_values_order').on(t.companyId, t.field, t.position)],
);

/**
 * Counters over the company's published reviews, changed in the same transaction as every
 * status change so that reading a summary never scans reviews.
 */
export const companySummaries = sqliteTable('company_summaries', {
  companyId: integer('company_id')
    .primaryKey()
    .references(() => companies.id, { onDelete: 'cascade' }),
  reviewCount: integer('review_count').notNull().default(0),
  ratingSum: integer('rating_sum').notNull().default(0),
  stars1: integer('stars_1').notNull().default(0),
  stars2: integer('stars_2').notNull().default(0),
  stars3: integer('stars_3').notNull().default(0),
  stars4: integer('stars_4').notNull().default(0),
  stars5: integer('stars_5').notNull().default(0),
});
