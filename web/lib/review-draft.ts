// The review form's state, turned into the API's submission and checked by the same rules as the
// server's zod schema (server/contract/review.ts), using its limits; a property test keeps them equal.
import type { FieldErrors } from '../../server/contract/errors';
import type { ReviewSubmission } from '../../server/contract/review';
import { REVIEW_LIMITS } from '../../server/contract/review-limits';

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

const REQUIRED_CHOICES = ['issueType', 'contactMethod', 'billingParty', 'resolved'] as const;
const OPTIONAL_CHOICES = ['responseTime', 'outcome'] as const;

/** What the form sends: required choices always (empty when unanswered), optional ones only when given. */
export function toSubmission(draft: ReviewDraft): ReviewSubmission {
  const out: Record<string, unknown> = { body: draft.body };
  if (draft.rating !== null) out.rating = draft.rating;
  if (draft.title.trim()) out.title = draft.title;
  if (draft.displayName.trim()) out.displayName = draft.displayName;
  for (const key of REQUIRED_CHOICES) out[key] = draft[key];
  for (const key of OPTIONAL_CHOICES) if (draft[key]) out[key] = draft[key];
  if (draft.nextStepsExplained) out.nextStepsExplained = draft.nextStepsExplained === 'yes';
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
    if (value.length < 1) fields[key] = 'Choose a value';
    else if (value.length > 64) fields[key] = 'Unknown value';
  }
  if (s.device !== undefined && s.device.trim().length > L.deviceMax) fields.device = `Device can be at most ${L.deviceMax} characters`;
  return fields;
}
