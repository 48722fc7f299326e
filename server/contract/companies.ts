// Admins add the companies readers can review (the seeded ones come from db/seed/companies.json).
import { z } from 'zod';
import {
  COMPANY_LIMITS,
  COMPANY_SLUG,
  COMPANY_TEMPLATES,
  REVIEW_FORM_LIMITS,
  type CompanyTemplateId,
  type ReviewFormField,
} from './company-limits';
import type { TaxonomyValue } from './taxonomy';
import type { CompanyDetail } from './review';

export {
  COMPANY_LIMITS,
  COMPANY_SLUG,
  COMPANY_TEMPLATES,
  REVIEW_FORM_FIELDS,
  REVIEW_FORM_LIMITS,
  type CompanyTemplateId,
  type ReviewFormField,
} from './company-limits';

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

const L = REVIEW_FORM_LIMITS;
/** One question's answers: each a value (stored with the review, so fixed) and the label the form shows. */
const Choices = z
  .array(
    z.strictObject({
      value: z
        .string('Give each choice a value')
        .trim()
        .min(1, 'Give each choice a value')
        .max(L.valueMax, `A value can be at most ${L.valueMax} characters`)
        .regex(COMPANY_SLUG, 'Use lowercase letters and digits, words joined by single hyphens, such as late-delivery'),
      label: shownText('Label', 'Give each choice a label', L.labelMax),
    }),
    'Give the choices as a list',
  )
  .min(L.choicesMin, `Offer at least ${L.choicesMin} choices`)
  .max(L.choicesMax, `Offer at most ${L.choicesMax} choices`)
  .refine((choices) => new Set(choices.map((c) => c.value)).size === choices.length, 'Each choice needs a value of its own');

/** A company's own answers to some review-form questions, over its template's. */
export const ReviewFormChoices = z.strictObject({
  issueType: Choices.optional(),
  contactMethod: Choices.optional(),
  billingParty: Choices.optional(),
  outcome: Choices.optional(),
} satisfies Record<ReviewFormField, unknown>);
export type ReviewFormChoices = z.infer<typeof ReviewFormChoices>;

const TEMPLATE_IDS = Object.keys(COMPANY_TEMPLATES) as [CompanyTemplateId, ...CompanyTemplateId[]];

/**
 * POST /api/moderation/companies (admins) and `npm run company:add`. The review form starts from `template`
 * (streaming when left out) with any question's answers replaced by `form`'s.
 */
export const NewCompany = z.strictObject({
  slug: z
    .string('Give the company an address, such as acme-mobile')
    .trim()
    .min(COMPANY_LIMITS.slugMin, `Address must be at least ${COMPANY_LIMITS.slugMin} characters`)
    .max(COMPANY_LIMITS.slugMax, `Address can be at most ${COMPANY_LIMITS.slugMax} characters`)
    .regex(COMPANY_SLUG, 'Use lowercase letters and digits, words joined by single hyphens, such as acme-mobile'),
  name: shownText('Name', 'Give the company a name', COMPANY_LIMITS.nameMax),
  category: shownText('Category', 'Give a category, such as Streaming or Mobile network', COMPANY_LIMITS.categoryMax),
  template: z.enum(TEMPLATE_IDS, `Template must be one of ${TEMPLATE_IDS.join(', ')}`).default('streaming'),
  form: ReviewFormChoices.optional(),
});
/** What a client sends (template and form optional), and what the server has once it is checked. */
export type NewCompany = z.input<typeof NewCompany>;
export type CheckedNewCompany = z.output<typeof NewCompany>;

/** GET /api/moderation/company-templates (admins): each template's answers to the questions admins choose. */
export interface CompanyTemplates {
  templates: { id: CompanyTemplateId; label: string; form: Record<ReviewFormField, TaxonomyValue[]> }[];
}

/** 201 to POST /api/moderation/companies: the company as readers will see it. */
export interface NewCompanyResponse {
  company: CompanyDetail;
}
