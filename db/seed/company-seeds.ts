// Reads the seed companies and expands each one's named taxonomy over the default set.
import { readFileSync } from 'node:fs';
import type { CompanySeed } from '../store';

type TaxonomyFile = Record<string, Record<string, [string, string][]>>;
type CompanyFile = { slug: string; name: string; category: string; taxonomy: string }[];

const readJson = <T>(name: string): T => JSON.parse(readFileSync(new URL(name, import.meta.url), 'utf8')) as T;

export function loadCompanySeeds(): CompanySeed[] {
  const taxonomies = readJson<TaxonomyFile>('./taxonomies.json');
  const base = taxonomies['default']!;
  return readJson<CompanyFile>('./companies.json').map(({ taxonomy, ...company }) => {
    const merged = { ...base, ...taxonomies[taxonomy] };
    return {
      ...company,
      taxonomy: Object.entries(merged).flatMap(([field, values]) => values.map(([value, label]) => ({ field, value, label }))),
    };
  });
}
