// The new-company rules as plain constants, so the browser can import them without bundling zod.

/** A company's slug is its address, /companies/<slug>: lowercase words joined by single hyphens. */
export const COMPANY_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const COMPANY_LIMITS = { slugMin: 2, slugMax: 60, nameMax: 100, categoryMax: 60 } as const;

/**
 * Review-form templates per kind of company (db/seed/taxonomies.json; "streaming" is the default set). An admin
 * starts a new company's form from one and edits its choices.
 */
export const COMPANY_TEMPLATES = {
  streaming: 'Streaming',
  'mobile-broadband': 'Mobile and broadband',
  banking: 'Banking',
  utilities: 'Utilities',
  retail: 'Retail',
  airlines: 'Airlines',
} as const;
export type CompanyTemplateId = keyof typeof COMPANY_TEMPLATES;

/** The review-form questions an admin chooses the answers of; response times and "resolved?" are the same everywhere. */
export const REVIEW_FORM_FIELDS = ['issueType', 'contactMethod', 'billingParty', 'outcome'] as const;
export type ReviewFormField = (typeof REVIEW_FORM_FIELDS)[number];
export const REVIEW_FORM_LIMITS = { choicesMin: 2, choicesMax: 30, valueMax: 40, labelMax: 80 } as const;
