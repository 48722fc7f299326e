// Company guides and their routing hints (PostgreSQL; mirrors db/sqlite/schema/guides.ts).
import { pgTable, integer, bigint, text, primaryKey, index } from 'drizzle-orm/pg-core';
import { GUIDE_SECTION_KINDS } from '../../../server/contract/guide';
import { companies } from './companies';
import { jsonText } from './json-text';

/** One row per company that has (or had) a guide; the version guards against two admins overwriting each other. */
export const companyGuides = pgTable('company_guides', {
  companyId: integer('company_id')
    .primaryKey()
    .references(() => companies.id, { onDelete: 'cascade' }),
  version: integer('version').notNull(),
  updatedAt: bigint('updated_at', { mode: 'number' }).notNull(),
});

export const guideSections = pgTable(
  'guide_sections',
  {
    companyId: integer('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    anchor: text('anchor').notNull(),
    position: integer('position').notNull(),
    kind: text('kind', { enum: GUIDE_SECTION_KINDS }).notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    /** JSON array of issue-type values this section helps with. */
    issueTypes: jsonText('issue_types').notNull().default('[]'),
    reviewedAt: bigint('reviewed_at', { mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.companyId, t.anchor] }), index('guide_sections_order').on(t.companyId, t.position)],
);

export const guideHints = pgTable(
  'guide_hints',
  {
    companyId: integer('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    ruleId: text('rule_id').notNull(),
    position: integer('position').notNull(),
    /** JSON HintCondition: field → accepted values. */
    conditions: jsonText('conditions').notNull(),
    text: text('text').notNull(),
    sectionAnchor: text('section_anchor').notNull(),
  },
  (t) => [primaryKey({ columns: [t.companyId, t.ruleId] }), index('guide_hints_order').on(t.companyId, t.position)],
);
