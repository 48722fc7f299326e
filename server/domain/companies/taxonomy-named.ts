// The review forms' answer sets: a default set, and per kind of company the fields it replaces.
import { readFileSync } from 'node:fs';
import type { TaxonomyRow } from '../store';

type TaxonomyFile = Record<string, Record<string, [string, string][]>>;

/** The values a company's review form offers: the default set, with the named taxonomy's fields over it. */
export function taxonomyNamed(name = 'default'): TaxonomyRow[] {
  const taxonomies = JSON.parse(readFileSync(new URL('./taxonomies.json', import.meta.url), 'utf8')) as TaxonomyFile;
  const merged = { ...taxonomies['default']!, ...taxonomies[name] };
  return Object.entries(merged).flatMap(([field, values]) => values.map(([value, label]) => ({ field, value, label })));
}
