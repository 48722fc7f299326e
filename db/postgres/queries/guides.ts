// Guide reads and the whole-guide replacement a guide update or seed makes, on PostgreSQL (twin of
// db/sqlite/queries/guides.ts).
import { and, asc, eq } from 'drizzle-orm';
import type { PgQuery } from '../connection';
import { companyGuides, guideHints, guideSections } from '../schema';
import type { CompanyGuideRow, GuideHintRow, GuideSectionRow } from '../../../server/contract/store';

export const findGuide = async (q: PgQuery, companyId: number): Promise<CompanyGuideRow | undefined> =>
  (await q.select().from(companyGuides).where(eq(companyGuides.companyId, companyId)))[0];

/** The guide's version alone (0: none yet): what a kept read is checked against. */
export async function findGuideVersion(q: PgQuery, companyId: number): Promise<number> {
  const [row] = await q.select({ version: companyGuides.version }).from(companyGuides).where(eq(companyGuides.companyId, companyId));
  return row?.version ?? 0;
}

export const findSections = (q: PgQuery, companyId: number): Promise<GuideSectionRow[]> =>
  q.select().from(guideSections).where(eq(guideSections.companyId, companyId)).orderBy(asc(guideSections.position));

export const findHints = (q: PgQuery, companyId: number): Promise<GuideHintRow[]> =>
  q.select().from(guideHints).where(eq(guideHints.companyId, companyId)).orderBy(asc(guideHints.position));

/**
 * Moves the guide from `expectedVersion` (0: none yet) to the next, false when it is no longer there. A concurrent
 * move waits for this row (or its insert) and then finds the version gone, so only one of them goes on.
 */
export async function bumpGuideVersion(q: PgQuery, companyId: number, expectedVersion: number, now: number): Promise<boolean> {
  const next = { version: expectedVersion + 1, updatedAt: now };
  const moved =
    expectedVersion === 0
      ? await q
          .insert(companyGuides)
          .values({ companyId, ...next })
          .onConflictDoNothing()
          .returning({ companyId: companyGuides.companyId })
      : await q
          .update(companyGuides)
          .set(next)
          .where(and(eq(companyGuides.companyId, companyId), eq(companyGuides.version, expectedVersion)))
          .returning({ companyId: companyGuides.companyId });
  return moved.length > 0;
}

export async function replaceSections(
  q: PgQuery,
  companyId: number,
  rows: Omit<GuideSectionRow, 'companyId' | 'position'>[],
): Promise<void> {
  await q.delete(guideSections).where(eq(guideSections.companyId, companyId));
  if (rows.length > 0) await q.insert(guideSections).values(rows.map((r, position) => ({ ...r, companyId, position })));
}

export async function replaceHints(q: PgQuery, companyId: number, rows: Omit<GuideHintRow, 'companyId' | 'position'>[]): Promise<void> {
  await q.delete(guideHints).where(eq(guideHints.companyId, companyId));
  if (rows.length > 0) await q.insert(guideHints).values(rows.map((r, position) => ({ ...r, companyId, position })));
}
