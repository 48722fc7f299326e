// Company guides and routing hints: the admin's update request and what readers and the review form get.
import { z } from 'zod';
import type { GuideBlock } from './guide-text';
import { normaliseGuideLine, normaliseGuideText } from './guide-text';
import { perTaxonomyField } from './taxonomy';
import { GUIDE_LIMITS, GUIDE_SECTION_KINDS, type GuideSectionKind } from './guide-rules';

export type { GuideBlock, GuideInline } from './guide-text';
export { GUIDE_LIMITS, GUIDE_SECTION_KINDS, GUIDE_SECTION_KIND_LABELS, type GuideSectionKind } from './guide-rules';

const anchor = (what: string) =>
  z
    .string(`Give the ${what}`)
    .max(GUIDE_LIMITS.anchorMax, `The ${what} can be at most ${GUIDE_LIMITS.anchorMax} characters`)
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, `The ${what} uses lower-case letters, digits and single hyphens`);

const line = (what: string, max: number) =>
  z
    .string(`Write the ${what}`)
    .transform(normaliseGuideLine)
    .pipe(z.string().min(1, `Write the ${what}`).max(max, `The ${what} can be at most ${max} characters`));

const value = z.string('Choose a value').min(1, 'Choose a value').max(64, 'Unknown value');
const values = z.array(value, 'Give a list of values').min(1, 'Give at least one value').max(GUIDE_LIMITS.valuesMax, 'Too many values');

export const GuideSectionInput = z.strictObject({
  anchor: anchor('anchor'),
  kind: z.enum(GUIDE_SECTION_KINDS, `Kind must be one of ${GUIDE_SECTION_KINDS.join(', ')}`),
  title: line('title', GUIDE_LIMITS.titleMax),
  body: z
    .string('Write the text')
    .transform(normaliseGuideText)
    .pipe(z.string().min(1, 'Write the text').max(GUIDE_LIMITS.bodyMax, `The text can be at most ${GUIDE_LIMITS.bodyMax} characters`)),
  /** Issue types this section helps with; the review form's complaint patterns link each to its section. */
  issueTypes: z.array(value, 'Give a list of issue types').max(GUIDE_LIMITS.valuesMax, 'Too many issue types').default([]),
  /** Marks the section as checked today even when its text did not change. */
  reviewed: z.boolean('Answer true or false').optional(),
});
export type GuideSectionInput = z.infer<typeof GuideSectionInput>;

/** Answers a hint depends on: every field named must match, each to any of its listed values. */
export const HintCondition = z
  .strictObject(perTaxonomyField(() => values.optional()))
  .refine((when) => Object.values(when).some((v) => v !== undefined), 'Name at least one answer the hint depends on');
export type HintCondition = z.infer<typeof HintCondition>;

export const HintRuleInput = z.strictObject({
  id: anchor('hint id'),
  when: HintCondition,
  text: line('hint', GUIDE_LIMITS.hintTextMax),
  /** Anchor of the guide section the hint links to. */
  section: anchor('section anchor'),
});
export type HintRuleInput = z.infer<typeof HintRuleInput>;

/** PUT /api/companies/:slug/guide (admins). Replaces the guide; `hints` omitted keeps the current hints. */
export const GuideUpdate = z.strictObject({
  /** The version read with GET; a guide changed since then is refused with 409 conflict. */
  version: z.int('Version must be a whole number').min(0, 'Version must be 0 or more'),
  sections: z
    .array(GuideSectionInput, 'Give a list of sections')
    .max(GUIDE_LIMITS.sectionsMax, `At most ${GUIDE_LIMITS.sectionsMax} sections`),
  hints: z.array(HintRuleInput, 'Give a list of hints').max(GUIDE_LIMITS.hintsMax, `At most ${GUIDE_LIMITS.hintsMax} hints`).optional(),
});
export type GuideUpdate = z.infer<typeof GuideUpdate>;

/** GET /api/companies/:slug/hints/match: the review form's answers so far. */
export const HintAnswers = z.strictObject(perTaxonomyField(() => value.optional()));
export type HintAnswers = z.infer<typeof HintAnswers>;

export interface GuideSection {
  /** Stable id within the company's guide; the page uses it as the fragment (#anchor). */
  anchor: string;
  kind: GuideSectionKind;
  title: string;
  /** The guide-text source, for editing. */
  body: string;
  /** The body parsed: render text as text and links with their href; never as HTML. */
  blocks: GuideBlock[];
  issueTypes: string[];
  /** When an admin last wrote or checked this section. */
  reviewedAt: string;
}

/** GET /api/companies/:slug/guide */
export interface CompanyGuide {
  company: { slug: string; name: string };
  /** Send back with PUT; 0 before the first guide. */
  version: number;
  /** True when the company has no guide yet; `message` then says so in words. */
  empty: boolean;
  message: string | null;
  updatedAt: string | null;
  sections: GuideSection[];
  /** Issue type → anchor of the section that helps with it (only issue types that have one). */
  issueTypeSections: Record<string, string>;
}

export interface HintRule extends HintRuleInput {
  sectionTitle: string;
}

/** GET /api/companies/:slug/hints (the rules, for the form to evaluate as the customer answers) and …/hints/match. */
export interface CompanyHints {
  company: string;
  hints: HintRule[];
}
