// Reads the seed companies and expands each one's named taxonomy over the default set.
import { readFileSync } from 'node:fs';
import type { CompanySeed, TaxonomyRow } from '../store';

type TaxonomyFile = Record<string, Record<string, [string, string][]>>;
type CompanyFile = { slug: string; name: string; category: string; taxonomy: string }[];

const readJson = <T>(name: string): T => JSON.parse(readFileSync(new URL(name, import.meta.url), 'utf8')) as T;

/** The values a company's review form offers: the default set, with the named taxonomy's fields over it. */
export function taxonomyNamed(name = 'default'): TaxonomyRow[] {
  const taxonomies = readJson<TaxonomyFile>('./taxonomies.json');
  const merged = { ...taxonomies['default']!, ...taxonomies[name] };
  return Object.entries(merged).flatMap(([field, values]) => values.map(([value, label]) => ({ field, value, label })));
}

export function loadCompanySeeds(): CompanySeed[] {
  return readJson<CompanyFile>('./companies.json').map(({ taxonomy, ...company }) => ({ ...company, taxonomy: taxonomyNamed(taxonomy) }));
}
