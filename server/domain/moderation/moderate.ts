// The moderation seam: every submission and every moderator edit passes through moderate().
import { createHash } from 'node:crypto';
import { NO_FACTS, runPipeline, toRecord, type ModerationFacts, type ModerationResult, type TextFields } from './pipeline';
import { STEPS } from './steps';
import { normaliseText } from './steps/normalise';
import { redactPersonalData } from './steps/redact-personal-data';
import { stripMarkup } from './steps/strip-markup';

export function moderate(input: Partial<TextFields>, facts: ModerationFacts = NO_FACTS): ModerationResult {
  const text: TextFields = { title: input.title ?? '', body: input.body ?? '', displayName: input.displayName ?? '' };
  const state = runPipeline(STEPS, text, facts);
  return { text: state.text, ...toRecord(state) };
}

/**
 * The key for "the same body already submitted": the body as moderation rewrites it (so no personal data goes
 * into the hash), in lower case, letters and digits only, so spacing and punctuation do not make it new.
 */
export function bodyFingerprint(body: string): string {
  const redacted = redactPersonalData(stripMarkup(normaliseText(body).text)).text;
  const letters = redacted
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return createHash('sha256').update(letters).digest('base64url');
}

/** A short free-text field outside the three moderated together (the device name): the same rewriting, no decision. */
export const moderateLabel = (text: string): string => moderate({ displayName: text }).text.displayName;
