// Admins add the companies readers can review (the seeded ones come from db/seed/companies.json).
import { z } from 'zod';
import { COMPANY_LIMITS, COMPANY_SLUG } from './company-limits';

export { COMPANY_LIMITS, COMPANY_SLUG } from './company-limits';

/**
 * A name-like text: trimmed, present, within `max`, and free of control and invisible format characters (it is
 * shown as text everywhere, where those would only hide what is there).
 */
const shownText = (what: string, missing: string, max: number) =>
  z
    .string(missing)
    .trim()
    .min(1, missing)
    .max(max, `${what} can be at most ${max} characters`)
    .refine((v) => !/[\p{Cc}\p{Cf}]/u.test(v), `${what} contains control or invisible characters`);

/** POST /api/moderation/companies (admins) and `npm run company:add`. The company gets the default taxonomy. */
export const NewCompany = z.strictObject({
  slug: z
    .string('Give the company an address, such as acme-mobile')
    .trim()
    .min(COMPANY_LIMITS.slugMin, `Address must be at least ${COMPANY_LIMITS.slugMin} characters`)
    .max(COMPANY_LIMITS.slugMax, `Address can be at most ${COMPANY_LIMITS.slugMax} characters`)
    .regex(COMPANY_SLUG, 'Use lowercase letters and digits, words joined by single hyphens, such as acme-mobile'),
  name: shownText('Name', 'Give the company a name', COMPANY_LIMITS.nameMax),
  category: shownText('Category', 'Give a category, such as Streaming or Mobile network', COMPANY_LIMITS.categoryMax),
});
export type NewCompany = z.infer<typeof NewCompany>;
