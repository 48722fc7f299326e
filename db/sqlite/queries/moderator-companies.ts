// The companies each representative account answers for.
import { asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../connection';
import { companies, moderatorCompanies } from '../schema';
import type { ModeratorCompanyRow } from '../../../server/contract/store';

export function moderatorCompanyQueries(db: DbOrTx) {
  const base = () =>
    db
      .select({ moderatorId: moderatorCompanies.moderatorId, company: companies })
      .from(moderatorCompanies)
      .innerJoin(companies, eq(companies.id, moderatorCompanies.companyId));
  return {
    list: (moderatorId?: number): ModeratorCompanyRow[] =>
      base()
        .where(moderatorId === undefined ? undefined : eq(moderatorCompanies.moderatorId, moderatorId))
        .orderBy(asc(moderatorCompanies.moderatorId), asc(companies.slug))
        .all(),
    /** Replaces the account's companies with these. */
    replace(moderatorId: number, companyIds: readonly number[]): void {
      db.delete(moderatorCompanies).where(eq(moderatorCompanies.moderatorId, moderatorId)).run();
      if (companyIds.length > 0)
        db.insert(moderatorCompanies)
          .values([...new Set(companyIds)].map((companyId) => ({ moderatorId, companyId })))
          .run();
    },
  };
}
