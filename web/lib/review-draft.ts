// The review form's state, turned into the API's submission and checked by the same rules as the
// server's zod schema (server/contract/review.ts), using its limits; a property test keeps them equal.
// An unsent draft is kept in the browser's localStorage, per company, until it is posted.
import type { FieldErrors } from '../../server/contract/errors';
import type { ReviewSubmission } from '../../server/contract/review';
import { CHOICE_PROMPTS, REVIEW_LIMITS, UNKNOWN_CHOICE, asksAboutContact } from '../../server/contract/review-limits';

export interface ReviewDraft {
  rating: number | null;
  title: string;
  body: string;
  displayName: string;
  issueType: string;
  contactMethod: string;
  billingParty: string;
  responseTime: string;
  outcome: string;
  resolved: string;
  nextStepsExplained: '' | 'yes' | 'no';
  device: string;
}

export const EMPTY_DRAFT: ReviewDraft = {
  rating: null,
  title: '',
  body: '',
  displayName: '',
  issueType: '',
  contactMethod: '',
  billingParty: '',
  responseTime: '',
  outcome: '',
  resolved: '',
  nextStepsExplained: '',
  device: '',
};

/** Issue types where the device matters; for the others the form does not ask. */
export const TECHNICAL_ISSUES: readonly string[] = ['streaming', 'content'];

export const asksForDevice = (issueType: string) => TECHNICAL_ISSUES.includes(issueType);

// TAXONOMY_FIELDS split by whether the form requires an answer (as ReviewSubmission does), so listed here.
const REQUIRED_CHOICES = ['issueType', 'contactMethod', 'billingParty', 'resolved'] as const;
const OPTIONAL_CHOICES = ['responseTime', 'outcome'] as const;

/**
 * What the form sends: required choices always (empty when unanswered), optional ones only when given, and
 * nothing about the contact when the customer did not contact the company (the form hides those questions).
 */
export function toSubmission(draft: ReviewDraft): ReviewSubmission {
  const out: Record<string, unknown> = { body: draft.body };
  if (draft.rating !== null) out.rating = draft.rating;
  if (draft.title.trim()) out.title = draft.title;
  if (draft.displayName.trim()) out.displayName = draft.displayName;
  for (const key of REQUIRED_CHOICES) out[key] = draft[key];
  const contacted = asksAboutContact(draft.contactMethod);
  for (const key of OPTIONAL_CHOICES) if (draft[key] && contacted) out[key] = draft[key];
  if (draft.nextStepsExplained && contacted) out.nextStepsExplained = draft.nextStepsExplained === 'yes';
  if (asksForDevice(draft.issueType) && draft.device.trim()) out.device = draft.device;
  return out as ReviewSubmission;
}

const L = REVIEW_LIMITS;

/** Field → message, as the server would answer for the same submission (an empty object when valid). */
export function validateDraft(draft: ReviewDraft): FieldErrors {
  const s = toSubmission(draft);
  const fields: FieldErrors = {};
  if (s.rating === undefined) fields.rating = 'Choose a star rating';
  else if (!Number.isInteger(s.rating)) fields.rating = 'Rating must be a whole number of stars';
  else if (s.rating < 1 || s.rating > 5) fields.rating = 'Rating must be 1 to 5 stars';
  if (s.title !== undefined && s.title.trim().length > L.titleMax) fields.title = `Title can be at most ${L.titleMax} characters`;
  const body = s.body.trim().length;
  if (body < L.bodyMin) fields.body = `Review must be at least ${L.bodyMin} characters`;
  else if (body > L.bodyMax) fields.body = `Review can be at most ${L.bodyMax} characters`;
  if (s.displayName !== undefined && s.displayName.trim().length > L.displayNameMax) {
    fields.displayName = `Name can be at most ${L.displayNameMax} characters`;
  }
  for (const key of [...REQUIRED_CHOICES, ...OPTIONAL_CHOICES]) {
    const value = s[key];
    if (value === undefined) continue;
    if (value.length < 1) fields[key] = CHOICE_PROMPTS[key];
    else if (value.length > 64) fields[key] = UNKNOWN_CHOICE;
  }
  if (s.device !== undefined && s.device.trim().length > L.deviceMax) fields.device = `Device can be at most ${L.deviceMax} characters`;
  return fields;
}

const draftKey = (slug: string) => `earful:review-draft:${slug}`;

/** The draft kept for this company, or null; anything unreadable (an older shape, blocked storage) is no draft. */
export function loadDraft(slug: string): ReviewDraft | null {
  try {
    const saved = JSON.parse(localStorage.getItem(draftKey(slug)) ?? 'null') as Partial<ReviewDraft> | null;
    if (!saved || typeof saved !== 'object') return null;
    const draft = { ...EMPTY_DRAFT };
    for (const key of Object.keys(EMPTY_DRAFT) as (keyof ReviewDraft)[]) {
      const value = saved[key];
      if (key === 'rating') draft.rating = typeof value === 'number' && value >= 1 && value <= 5 ? value : null;
      else if (typeof value === 'string') (draft as unknown as Record<string, string>)[key] = value;
    }
    return draft;
  } catch {
    return null;
  }
}

/** Keeps the draft (an empty one is removed); storage full or blocked only means it is not kept. */
export function saveDraft(slug: string, draft: ReviewDraft): void {
  try {
    const empty = (Object.keys(EMPTY_DRAFT) as (keyof ReviewDraft)[]).every((k) => draft[k] === EMPTY_DRAFT[k]);
    if (empty) localStorage.removeItem(draftKey(slug));
    else localStorage.setItem(draftKey(slug), JSON.stringify(draft));
  } catch {
    // Private windows and storage quotas: the form still works, the draft is just not kept.
  }
}

export function clearDraft(slug: string): void {
  try {
    localStorage.removeItem(draftKey(slug));
  } catch {
    // Nothing was kept.
  }
}
