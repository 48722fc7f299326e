// The structured review fields whose values come from each company's taxonomy.
export const TAXONOMY_FIELDS = ['issueType', 'contactMethod', 'billingParty', 'responseTime', 'outcome', 'resolved'] as const;
export type TaxonomyField = (typeof TAXONOMY_FIELDS)[number];

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
