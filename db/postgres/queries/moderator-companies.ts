// The companies each representative account answers for (twin of db/sqlite/queries/moderator-companies.ts).
import { asc, eq } from 'drizzle-orm';
import type { PgQuery } from '../connection';
import { companies, moderatorCompanies } from '../schema';
import type { ModeratorCompanyRow } from '../../../server/contract/store';

export const listModeratorCompanies = (q: PgQuery, moderatorId?: number): Promise<ModeratorCompanyRow[]> =>
  q
    .select({ moderatorId: moderatorCompanies.moderatorId, company: companies })
    .from(moderatorCompanies)
    .innerJoin(companies, eq(companies.id, moderatorCompanies.companyId))
    .where(moderatorId === undefined ? undefined : eq(moderatorCompanies.moderatorId, moderatorId))
    .orderBy(asc(moderatorCompanies.moderatorId), asc(companies.slug));

/** Replaces the account's companies with these. */
export async function replaceModeratorCompanies(q: PgQuery, moderatorId: number, companyIds: readonly number[]): Promise<void> {
  await q.delete(moderatorCompanies).where(eq(moderatorCompanies.moderatorId, moderatorId));
  if (companyIds.length > 0)
    await q.insert(moderatorCompanies).values([...new Set(companyIds)].map((companyId) => ({ moderatorId, companyId })));
}
