// Checks structured answers against the company's own taxonomy values.
import type { TaxonomyRow } from './store';
import type { FieldErrors } from '../contract/errors';
import { TAXONOMY_FIELDS, type TaxonomyField } from '../contract/taxonomy';

/**
 * Field errors for every given answer that is not one of the company's values for that field. `answers` may be a
 * whole submission or edit: only its taxonomy fields are read, and null (an answer taken back) is no answer.
 */
export function checkTaxonomy(taxonomy: readonly TaxonomyRow[], answers: Partial<Record<TaxonomyField, string | null>>): FieldErrors {
  const fields: FieldErrors = {};
  for (const field of TAXONOMY_FIELDS) {
    const value = answers[field];
    if (value === undefined || value === null) continue;
    if (!taxonomy.some((t) => t.field === field && t.value === value)) fields[field] = `Unknown ${field} value`;
  }
  return fields;
}
