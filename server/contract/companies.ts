// Admins add the companies readers can review (the seeded ones come from db/seed/companies.json).
import { z } from 'zod';
import { COMPANY_LIMITS, COMPANY_SLUG } from './company-limits';

export { COMPANY_LIMITS, COMPANY_SLUG } from './company-limits';

// Names are shown as text everywhere; control and invisible format characters would only hide what is there.
const noHiddenCharacters = (v: string) => !/[\p{Cc}\p{Cf}]/u.test(v);

/** POST /api/moderation/companies (admins) and `npm run company:add`. The company gets the default taxonomy. */
export const NewCompany = z.strictObject({
  slug: z
    .string('Give the company an address, such as acme-mobile')
    .trim()
    .min(COMPANY_LIMITS.slugMin, `Address must be at least ${COMPANY_LIMITS.slugMin} characters`)
    .max(COMPANY_LIMITS.slugMax, `Address can be at most ${COMPANY_LIMITS.slugMax} characters`)
    .regex(COMPANY_SLUG, 'Use lowercase letters and digits, words joined by single hyphens, such as acme-mobile'),
  name: z
    .string('Give the company a name')
    .trim()
    .min(1, 'Give the company a name')
    .max(COMPANY_LIMITS.nameMax, `Name can be at most ${COMPANY_LIMITS.nameMax} characters`)
    .refine(noHiddenCharacters, 'Name contains control or invisible characters'),
  category: z
    .string('Give a category, such as Streaming or Mobile network')
    .trim()
    .min(1, 'Give a category, such as Streaming or Mobile network')
    .max(COMPANY_LIMITS.categoryMax, `Category can be at most ${COMPANY_LIMITS.categoryMax} characters`)
    .refine(noHiddenCharacters, 'Category contains control or invisible characters'),
});
export type NewCompany = z.infer<typeof NewCompany>;
