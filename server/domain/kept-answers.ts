// What a page and an API route both answer, built once a process and kept while the figures stand: a company's
// patterns (its page, GET …/patterns, …/patterns.csv, …/trend) and the ranked companies (the home page and
// GET /api/companies). Made once at start and handed to both through Deps.
import { CompanyVersionCache } from './company-version-cache';
import type { BuiltPatterns } from './patterns/get-company-patterns';
import type { RankedCompany } from '../contract/patterns';

export interface KeptAnswers {
  /** Built patterns by company, checked against the company's version (company-version-cache.ts). */
  readonly patterns: CompanyVersionCache<BuiltPatterns>;
  /** The ranked companies by sort, checked against the site's version (keptForSite). */
  readonly companyList: CompanyVersionCache<RankedCompany[]>;
}

export const keptAnswers = (): KeptAnswers => ({
  patterns: new CompanyVersionCache<BuiltPatterns>(),
  companyList: new CompanyVersionCache<RankedCompany[]>(8),
});
