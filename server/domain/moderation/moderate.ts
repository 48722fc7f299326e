// The moderation seam: every submission and every moderator edit passes through moderate().
import { createHash } from 'node:crypto';
import {
  NO_FACTS,
  continuePipeline,
  runPipeline,
  toRecord,
  type ModerationFacts,
  type ModerationResult,
  type ModerationState,
  type TextFields,
} from './pipeline';
import { FACT_STEPS, MASK_STEPS, REWRITE_STEPS } from './steps';
import { normaliseText } from './steps/normalise';
import { redactPersonalData } from './steps/redact-personal-data';
import { stripMarkup } from './steps/strip-markup';

export function moderate(input: Partial<TextFields>, facts: ModerationFacts = NO_FACTS): ModerationResult {
  return finishModeration(prepareModeration(input), facts);
}

/** Moderation up to the point where stored facts are needed, with the fingerprint those facts are looked up by. */
export interface PreparedModeration {
  state: ModerationState;
  bodyHash: string;
}

/**
 * The text work of moderation, which needs nothing stored: a submission runs it before it waits for the
 * database, and finishModeration() decides once the facts are read inside the write's transaction.
 */
export function prepareModeration(input: Partial<TextFields>): PreparedModeration {
  const text: TextFields = { title: input.title ?? '', body: input.body ?? '', displayName: input.displayName ?? '' };
  const rewritten = runPipeline(REWRITE_STEPS, text, NO_FACTS);
  const bodyHash = fingerprintRewritten(rewritten.text.body);
  return { state: continuePipeline(MASK_STEPS, rewritten, NO_FACTS), bodyHash };
}

export function finishModeration(prepared: PreparedModeration, facts: ModerationFacts): ModerationResult {
  const state = continuePipeline(FACT_STEPS, prepared.state, facts);
  return { text: state.text, ...toRecord(state) };
}

/**
 * The key for "the same body already submitted": the body as moderation rewrites it (so no personal data goes
 * into the hash), in lower case, letters and digits only, so spacing and punctuation do not make it new.
 */
export function bodyFingerprint(body: string): string {
  return fingerprintRewritten(redactPersonalData(stripMarkup(normaliseText(body).text)).text);
}

function fingerprintRewritten(body: string): string {
  const letters = body
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return createHash('sha256').update(letters).digest('base64url');
}

/** A short free-text field outside the three moderated together (the device name): the same rewriting, no decision. */
export const moderateLabel = (text: string): string => moderate({ displayName: text }).text.displayName;
