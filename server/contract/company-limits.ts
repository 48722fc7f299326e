// The new-company rules as plain constants, so the browser can import them without bundling zod.

/** A company's slug is its address, /companies/<slug>: lowercase words joined by single hyphens. */
export const COMPANY_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const COMPANY_LIMITS = { slugMin: 2, slugMax: 60, nameMax: 100, categoryMax: 60 } as const;
