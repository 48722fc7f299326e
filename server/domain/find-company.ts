// Loads a company by slug or fails with not_found; with its taxonomy when asked.
import type { CompanyRow, Store } from './store';
import type { CompanyDetail } from '../contract/review';
import type { CompanySort, RankedCompany } from '../contract/patterns';
import { notFound } from './app-error';
import { presentSummary, presentTaxonomy } from './present';
import { rankCompanies } from './patterns/rank-companies';
import { keptForCompany, keptForSite, type CompanyVersionCache } from './company-version-cache';
import { isoTime } from './iso-time';

export async function requireCompany(store: Store, slug: string): Promise<CompanyRow> {
  const company = await store.findCompanyBySlug(slug);
  if (!company) throw notFound('Company');
  return company;
}

export async function getCompanyDetail(store: Store, slug: string): Promise<CompanyDetail> {
  return detailOf(store, await requireCompany(store, slug));
}

/**
 * The detail as JSON, reused while the company's figures version is unchanged (CompanyVersionCache): the summary moves
 * only with that version, and name, category and taxonomy are fixed once the company is seeded.
 */
export async function getCompanyDetailJson(store: Store, slug: string, cache?: CompanyVersionCache<string>): Promise<string> {
  return keptForCompany({ store, cache }, slug, slug, '', async (company) => JSON.stringify(await detailOf(store, company)));
}

async function detailOf(store: Store, company: CompanyRow): Promise<CompanyDetail> {
  const [summary, taxonomy] = await Promise.all([store.findSummary(company.id), store.findTaxonomy(company.id)]);
  return {
    slug: company.slug,
    name: company.name,
    category: company.category,
    createdAt: isoTime(company.createdAt),
    summary: presentSummary(summary),
    taxonomy: presentTaxonomy(taxonomy),
  };
}

/**
 * Companies ranked by the confidence-adjusted score, or by review count or resolution rate (README, API); kept in
 * `cache` while no company's figures change (keptForSite), as the home page and the API ask for it on every visit.
 */
export async function listCompanies(
  store: Store,
  sort: CompanySort = 'score',
  minReviews = 5,
  cache?: CompanyVersionCache<RankedCompany[]>,
): Promise<RankedCompany[]> {
  const build = async () => rankCompanies(await store.listCompanyStandings(), sort, minReviews);
  return cache ? keptForSite({ store, cache }, `${sort}:${minReviews}`, build) : build();
}
