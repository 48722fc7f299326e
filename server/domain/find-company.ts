// Loads a company by slug or fails with not_found; with its taxonomy when asked.
import type { CompanyRow, Store } from '../../db/store';
import type { CompanyDetail, CompanySummary } from '../contract/review';
import { notFound } from './app-error';
import { presentSummary, presentTaxonomy } from './present';

export async function requireCompany(store: Store, slug: string): Promise<CompanyRow> {
  const company = await store.findCompanyBySlug(slug);
  if (!company) throw notFound('Company');
  return company;
}

export async function getCompanyDetail(store: Store, slug: string): Promise<CompanyDetail> {
  const company = await requireCompany(store, slug);
  const [summary, taxonomy] = await Promise.all([store.findSummary(company.id), store.findTaxonomy(company.id)]);
  return {
    slug: company.slug,
    name: company.name,
    category: company.category,
    createdAt: new Date(company.createdAt).toISOString(),
    summary: presentSummary(summary),
    taxonomy: presentTaxonomy(taxonomy),
  };
}

export async function listCompanies(store: Store): Promise<CompanySummary[]> {
  const rows = await store.listCompaniesWithSummaries();
  return rows.map(({ company, summary }) => ({
    slug: company.slug,
    name: company.name,
    category: company.category,
    summary: presentSummary(summary),
  }));
}
