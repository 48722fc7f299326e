// Company, taxonomy and summary reads and the idempotent seed writes.
import { and, asc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../connection';
import { EMPTY_SUMMARY } from '../../figure-changes';
import { companies, companySummaries, reviews, taxonomyValues } from '../schema';

export type CompanyRow = typeof companies.$inferSelect;
export type SummaryRow = typeof companySummaries.$inferSelect;
export interface TaxonomyRow {
  field: string;
  value: string;
  label: string;
}

export { EMPTY_SUMMARY };

export function companyQueries(db: DbOrTx) {
  const bySlug = db
    .select()
    .from(companies)
    .where(eq(companies.slug, sql.placeholder('slug')))
    .prepare();
  const byId = db
    .select()
    .from(companies)
    .where(eq(companies.id, sql.placeholder('id')))
    .prepare();
  const summaryOf = db
    .select()
    .from(companySummaries)
    .where(eq(companySummaries.companyId, sql.placeholder('companyId')))
    .prepare();
  const taxonomyOf = db
    .select({ field: taxonomyValues.field, value: taxonomyValues.value, label: taxonomyValues.label })
    .from(taxonomyValues)
    .where(eq(taxonomyValues.companyId, sql.placeholder('companyId')))
    .orderBy(asc(taxonomyValues.field), asc(taxonomyValues.position))
    .prepare();

  // Walks reviews_list_newest backwards from the company's published end: one index step, whatever the count.
  const newestPublished = db
    .select({ at: sql<number | null>`max(${reviews.createdAt})` })
    .from(reviews)
    .where(and(eq(reviews.companyId, sql.placeholder('companyId')), eq(reviews.status, 'published')))
    .prepare();

  return {
    findCompanyBySlug: (slug: string): CompanyRow | undefined => bySlug.get({ slug }),
    /** When the company's newest published review was written; null before its first. */
    newestPublishedAt: (companyId: number): number | null => newestPublished.get({ companyId })?.at ?? null,
    findCompanyById: (id: number): CompanyRow | undefined => byId.get({ id }),
    findSummary: (companyId: number): SummaryRow => summaryOf.get({ companyId }) ?? { companyId, ...EMPTY_SUMMARY },
    findTaxonomy: (companyId: number): TaxonomyRow[] => taxonomyOf.all({ companyId }),
    listCompaniesWithSummaries: () =>
      db
        .select({ company: companies, summary: companySummaries })
        .from(companies)
        .leftJoin(companySummaries, eq(companySummaries.companyId, companies.id))
        .orderBy(asc(companies.name))
        .all(),
    /** Inserts the company with its taxonomy and an empty summary unless the slug exists; the row it inserted. */
    insertCompanyIfMissing(
      company: { slug: string; name: string; category: string; createdAt: number },
      taxonomy: { field: string; value: string; label: string }[],
    ): CompanyRow | undefined {
      const inserted = db.insert(companies).values(company).onConflictDoNothing().returning().get();
      if (!inserted) return undefined;
      db.insert(companySummaries).values({ companyId: inserted.id }).run();
      if (taxonomy.length > 0) {
        db.insert(taxonomyValues)
          .values(taxonomy.map((t, i) => ({ ...t, companyId: inserted.id, position: i })))
          .run();
      }
      return inserted;
    },
  };
}
