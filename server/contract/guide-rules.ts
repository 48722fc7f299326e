// Guide section kinds and size limits, apart from the zod schemas so the admin's editor can use them without
// bundling zod.

/** In page order as a rule: how to reach them, what to have ready, problems, escalation, scams, questions. */
export const GUIDE_SECTION_KINDS = ['contact', 'prepare', 'problem', 'escalation', 'scams', 'faq'] as const;
export type GuideSectionKind = (typeof GUIDE_SECTION_KINDS)[number];

/** What each kind is, in words, for the admin's editor. */
export const GUIDE_SECTION_KIND_LABELS: Record<GuideSectionKind, string> = {
  contact: 'Official contact routes',
  prepare: 'What to have ready',
  problem: 'A common problem and its fix',
  escalation: 'When support does not solve it',
  scams: 'Scam warnings',
  faq: 'A common question',
};

/** Sized so a full guide stays well under the 64 KB request limit's reach for any real company. */
export const GUIDE_LIMITS = {
  sectionsMax: 40,
  anchorMax: 64,
  titleMax: 140,
  bodyMax: 5000,
  hintsMax: 40,
  hintTextMax: 280,
  valuesMax: 20,
} as const;
