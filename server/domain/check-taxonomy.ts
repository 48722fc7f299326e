// Checks structured answers against the company's own taxonomy values.
import type { TaxonomyRow } from './store';
import type { FieldErrors } from '../contract/errors';
import type { TaxonomyField } from '../contract/taxonomy';

/** Field errors for every given answer that is not one of the company's values for that field. */
export function checkTaxonomy(taxonomy: readonly TaxonomyRow[], answers: Partial<Record<TaxonomyField, string | undefined>>): FieldErrors {
  const fields: FieldErrors = {};
  for (const [field, value] of Object.entries(answers)) {
    if (value === undefined) continue;
    if (!taxonomy.some((t) => t.field === field && t.value === value)) fields[field] = `Unknown ${field} value`;
  }
  return fields;
}
