// Guide reads and the whole-guide replacement a guide update or seed makes.
import { asc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../connection';
import { companyGuides, guideHints, guideSections, type CompanyGuideRow, type GuideHintRow, type GuideSectionRow } from '../schema';

export type { CompanyGuideRow, GuideHintRow, GuideSectionRow };

export function guideQueries(db: DbOrTx) {
  const guideOf = db
    .select()
    .from(companyGuides)
    .where(eq(companyGuides.companyId, sql.placeholder('companyId')))
    .prepare();
  const sectionsOf = db
    .select()
    .from(guideSections)
    .where(eq(guideSections.companyId, sql.placeholder('companyId')))
    .orderBy(asc(guideSections.position))
    .prepare();
  const hintsOf = db
    .select()
    .from(guideHints)
    .where(eq(guideHints.companyId, sql.placeholder('companyId')))
    .orderBy(asc(guideHints.position))
    .prepare();

  return {
    findGuide: (companyId: number): CompanyGuideRow | undefined => guideOf.get({ companyId }),
    findSections: (companyId: number): GuideSectionRow[] => sectionsOf.all({ companyId }),
    findHints: (companyId: number): GuideHintRow[] => hintsOf.all({ companyId }),
    upsertGuide(row: CompanyGuideRow): void {
      db.insert(companyGuides)
        .values(row)
        .onConflictDoUpdate({ target: companyGuides.companyId, set: { version: row.version, updatedAt: row.updatedAt } })
        .run();
    },
    replaceSections(companyId: number, rows: Omit<GuideSectionRow, 'companyId' | 'position'>[]): void {
      db.delete(guideSections).where(eq(guideSections.companyId, companyId)).run();
      if (rows.length > 0)
        db.insert(guideSections)
          .values(rows.map((r, position) => ({ ...r, companyId, position })))
          .run();
    },
    replaceHints(companyId: number, rows: Omit<GuideHintRow, 'companyId' | 'position'>[]): void {
      db.delete(guideHints).where(eq(guideHints.companyId, companyId)).run();
      if (rows.length > 0)
        db.insert(guideHints)
          .values(rows.map((r, position) => ({ ...r, companyId, position })))
          .run();
    },
  };
}
