// Reads the seed companies, each with the taxonomy it names expanded by the domain's rule.
import { readFileSync } from 'node:fs';

/** One answer a review form offers for a field. */
type TaxonomyRow = { field: string; value: string; label: string };

/** A company to add when missing, with its review form's answers. */
export interface CompanySeed {
  slug: string;
  name: string;
  category: string;
  taxonomy: TaxonomyRow[];
}

type CompanyFile = { slug: string; name: string; category: string; taxonomy: string }[];

/** `taxonomyNamed` is the domain's default-taxonomy rule, handed in so db/ never imports it. */
export function loadCompanySeeds(taxonomyNamed: (name: string) => TaxonomyRow[]): CompanySeed[] {
  const companies = JSON.parse(readFileSync(new URL('./companies.json', import.meta.url), 'utf8')) as CompanyFile;
  return companies.map(({ taxonomy, ...company }) => ({ ...company, taxonomy: taxonomyNamed(taxonomy) }));
}
