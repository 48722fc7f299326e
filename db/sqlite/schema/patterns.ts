// Maintained complaint-pattern counters over published reviews, moved by applyPublishedDelta in the same
// transaction as every change, so /patterns reads counters and never scans reviews.
import { sql } from 'drizzle-orm';
import { sqliteTable, integer, text, primaryKey, index } from 'drizzle-orm/sqlite-core';
import { companies } from './companies';

/**
 * One row per (company, dimension, value): dimension is all | issueType | contactMethod | billingParty |
 * month (YYYY-MM, UTC) | sentiment; value is '' for all.
 */
export const patternGroups = sqliteTable(
  'pattern_groups',
  {
    companyId: integer('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    dimension: text('dimension').notNull(),
    value: text('value').notNull(),
    reviewCount: integer('review_count').notNull().default(0),
    ratingSum: integer('rating_sum').notNull().default(0),
    resolvedYes: integer('resolved_yes').notNull().default(0),
    resolvedPartly: integer('resolved_partly').notNull().default(0),
    nextStepsYes: integer('next_steps_yes').notNull().default(0),
    nextStepsAnswered: integer('next_steps_answered').notNull().default(0),
    negativeCount: integer('negative_count').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.companyId, t.dimension, t.value] })],
);

/** Per-value counts inside a group: breakdown is issueType:outcome | contactMethod:responseTime | month:issueType. */
export const patternBreakdowns = sqliteTable(
  'pattern_breakdowns',
  {
    companyId: integer('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    breakdown: text('breakdown').notNull(),
    value: text('value').notNull(),
    subValue: text('sub_value').notNull(),
    count: integer('count').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.companyId, t.breakdown, t.value, t.subValue] })],
);

/** Reviews (not occurrences) containing each phrase, per issue type; rows at zero are deleted. */
export const patternPhrases = sqliteTable(
  'pattern_phrases',
  {
    companyId: integer('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    issueType: text('issue_type').notNull(),
    phrase: text('phrase').notNull(),
    count: integer('count').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.companyId, t.issueType, t.phrase] }),
    // Serves the top phrases of an issue type in order (count, then phrase) without sorting.
    index('pattern_phrases_ranked').on(t.companyId, t.issueType, sql`${t.count} desc`, t.phrase),
  ],
);

/** Bumped with every delta, so a cached patterns response can be checked with one row read. */
export const patternVersions = sqliteTable('pattern_versions', {
  companyId: integer('company_id')
    .primaryKey()
    .references(() => companies.id, { onDelete: 'cascade' }),
  version: integer('version').notNull().default(0),
});
