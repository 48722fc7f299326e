// Company, taxonomy and summary reads and the idempotent seed writes on PostgreSQL (twin of
// db/sqlite/queries/companies.ts).
import { asc, eq, sql } from 'drizzle-orm';
import type { PgQuery } from '../connection';
import { EMPTY_SUMMARY } from '../../figure-changes';
import { companies, companySummaries, taxonomyValues } from '../schema';
import type { CompanyRow, SummaryRow, TaxonomyRow } from '../../../server/contract/store';

export async function findCompanyBySlug(q: PgQuery, slug: string): Promise<CompanyRow | undefined> {
  const [row] = await q.select().from(companies).where(eq(companies.slug, slug));
  return row;
}

export async function findCompanyById(q: PgQuery, id: number): Promise<CompanyRow | undefined> {
  const [row] = await q.select().from(companies).where(eq(companies.id, id));
  return row;
}

export async function findSummary(q: PgQuery, companyId: number): Promise<SummaryRow> {
  const [row] = await q.select().from(companySummaries).where(eq(companySummaries.companyId, companyId));
  return row ?? { companyId, ...EMPTY_SUMMARY };
}

export async function findTaxonomy(q: PgQuery, companyId: number): Promise<TaxonomyRow[]> {
  return q
    .select({ field: taxonomyValues.field, value: taxonomyValues.value, label: taxonomyValues.label })
    .from(taxonomyValues)
    .where(eq(taxonomyValues.companyId, companyId))
    .orderBy(asc(taxonomyValues.field), asc(taxonomyValues.position));
}

/** Every company (by name) with its summary. */
export async function listCompaniesWithSummaries(q: PgQuery) {
  const rows = await q
    .select({ company: companies, summary: companySummaries })
    .from(companies)
    .leftJoin(companySummaries, eq(companySummaries.companyId, companies.id))
    .orderBy(asc(companies.name));
  return rows.map(({ company, summary }) => ({ company, summary: summary ?? { companyId: company.id, ...EMPTY_SUMMARY } }));
}

/** Every company (by name) with when its newest published review was written (null before its first). */
export async function listCompanyActivity(q: PgQuery) {
  return q
    .select({
      company: companies,
      // One step back along reviews_list_newest from the company's published end, whatever the count.
      // Spelled out: in a one-table query Drizzle leaves columns unqualified, and "id" would be the review's.
      newestReviewAt: sql<number | null>`(select max(r.created_at) from reviews r
        where r.company_id = ${companies}.id and r.status = 'published')`.mapWith((v) => (v === null ? null : Number(v))),
    })
    .from(companies)
    .orderBy(asc(companies.name));
}

/** Inserts the company with its taxonomy and an empty summary unless the slug exists; the row it inserted. */
export async function insertCompanyIfMissing(
  q: PgQuery,
  company: { slug: string; name: string; category: string; createdAt: number },
  taxonomy: readonly TaxonomyRow[],
): Promise<CompanyRow | undefined> {
  const [inserted] = await q.insert(companies).values(company).onConflictDoNothing().returning();
  if (!inserted) return undefined;
  await q.insert(companySummaries).values({ companyId: inserted.id });
  if (taxonomy.length > 0) {
    await q.insert(taxonomyValues).values(taxonomy.map((t, i) => ({ ...t, companyId: inserted.id, position: i })));
  }
  return inserted;
}
