// The structured review fields whose values come from each company's taxonomy.
export const TAXONOMY_FIELDS = ['issueType', 'contactMethod', 'billingParty', 'responseTime', 'outcome', 'resolved'] as const;
export type TaxonomyField = (typeof TAXONOMY_FIELDS)[number];

/** One entry per taxonomy field, so a shape keyed by them is written once here, not field by field. */
export const perTaxonomyField = <T>(make: (field: TaxonomyField) => T) =>
  Object.fromEntries(TAXONOMY_FIELDS.map((f) => [f, make(f)])) as Record<TaxonomyField, T>;

export interface TaxonomyValue {
  value: string;
  label: string;
}

export type Taxonomy = Record<TaxonomyField, TaxonomyValue[]>;

export const STAR_LABELS: Record<1 | 2 | 3 | 4 | 5, string> = {
  5: 'Excellent',
  4: 'Very good',
  3: 'Average',
  2: 'Poor',
  1: 'Terrible',
};
