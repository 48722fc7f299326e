// Small display helpers: taxonomy labels, dates, counts.
import type { Taxonomy, TaxonomyField } from '../../server/contract/taxonomy';

/** The company's label for a stored value; the value itself if the taxonomy no longer has it. */
export function labelOf(taxonomy: Taxonomy | null | undefined, field: TaxonomyField, value: string | null): string | null {
  if (value === null) return null;
  return taxonomy?.[field]?.find((v) => v.value === value)?.label ?? value;
}

const DATE = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' });

export const formatDate = (iso: string) => DATE.format(new Date(iso));

export const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** Company page address from a slug the API gave; anything else yields no link. */
export function companyPath(slug: string): string | null {
  return /^[a-z0-9][a-z0-9-]{0,63}$/.test(slug) ? `/companies/${slug}` : null;
}

/** A review's own page (server/pages/review-page.ts), under its company's address. */
export function reviewPath(slug: string, id: number): string | null {
  const company = companyPath(slug);
  return company && Number.isSafeInteger(id) && id > 0 ? `${company}/reviews/${id}` : null;
}

export const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2026-03" → "Mar 2026" */
export const monthName = (ym: string) => `${MONTHS[Number(ym.slice(5, 7)) - 1] ?? ''} ${ym.slice(0, 4)}`;
