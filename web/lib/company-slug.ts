// A new company's address from its name, and the hint the add-company form shows while the address is
// typed; the server's rules (server/contract/companies.ts) decide, these only help.
import { COMPANY_LIMITS, COMPANY_SLUG } from '../../server/contract/company-limits';

// Letters NFKD does not split into a base letter and an accent.
const LETTERS: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

/** "Crème Brûlée Ltd." → "creme-brulee-ltd": lowercase, accents stripped, anything else one hyphen, trimmed. */
export function slugFromName(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[ßæœøłđðþı]/g, (c) => LETTERS[c]!)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, COMPANY_LIMITS.slugMax)
    .replace(/-+$/, '');
}

/** What is wrong with a typed address, in the server's words, or '' when it looks fine (or is still empty). */
export function slugProblem(slug: string): string {
  const s = slug.trim();
  if (!s) return '';
  if (s.length < COMPANY_LIMITS.slugMin) return `Address must be at least ${COMPANY_LIMITS.slugMin} characters`;
  if (s.length > COMPANY_LIMITS.slugMax) return `Address can be at most ${COMPANY_LIMITS.slugMax} characters`;
  if (!COMPANY_SLUG.test(s)) return 'Use lowercase letters and digits, words joined by single hyphens, such as acme-mobile';
  return '';
}
