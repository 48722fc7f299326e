// Company guides (ordered sections in guide text) and the routing hints that point review-form answers at them.
import { sqliteTable, integer, text, primaryKey, index } from 'drizzle-orm/sqlite-core';
import { GUIDE_SECTION_KINDS } from '../../../server/contract/guide';
import { companies } from './companies';

/** One row per company that has (or had) a guide; the version guards against two admins overwriting each other. */
export const companyGuides = sqliteTable('company_guides', {
  companyId: integer('company_id')
    .primaryKey()
    .references(() => companies.id, { onDelete: 'cascade' }),
  version: integer('version').notNull(),
  updatedAt: integer('updated_at').notNull(),
});

export const guideSections = sqliteTable(
  'guide_sections',
  {
    companyId: integer('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    anchor: text('anchor').notNull(),
    position: integer('position').notNull(),
    kind: text('kind', { enum: GUIDE_SECTION_KINDS }).notNull(),
    title: text('title').notNull(),
    /** Guide-text source; parsed to blocks on read, so a parser fix reaches every stored guide. */
    body: text('body').notNull(),
    /** JSON array of issue-type values this section helps with. */
    issueTypes: text('issue_types').notNull().default('[]'),
    reviewedAt: integer('reviewed_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.companyId, t.anchor] }), index('guide_sections_order').on(t.companyId, t.position)],
);

export const guideHints = sqliteTable(
  'guide_hints',
  {
    companyId: integer('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    ruleId: text('rule_id').notNull(),
    position: integer('position').notNull(),
    /** JSON HintCondition: field → accepted values. */
    conditions: text('conditions').notNull(),
    text: text('text').notNull(),
    sectionAnchor: text('section_anchor').notNull(),
  },
  (t) => [primaryKey({ columns: [t.companyId, t.ruleId] }), index('guide_hints_order').on(t.companyId, t.position)],
);

export type CompanyGuideRow = typeof companyGuides.$inferSelect;
export type GuideSectionRow = typeof guideSections.$inferSelect;
export type GuideHintRow = typeof guideHints.$inferSelect;
