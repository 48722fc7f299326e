// The screening seam: every submission and every moderator edit passes through screenText().
import { createHash } from 'node:crypto';
import { outOfTime } from './out-of-time';
import {
  NO_FACTS,
  continuePipeline,
  toRecord,
  type ModerationFacts,
  type ModerationResult,
  type ModerationState,
  type TextFields,
} from './pipeline';
import { stepsOf } from './steps';
import { normaliseText } from './steps/normalise';
import { redactPersonalData } from './steps/redact-personal-data';
import { stripMarkup } from './steps/strip-markup';

const BEFORE_FACTS = stepsOf('before-facts');
const AFTER_FACTS = stepsOf('after-facts').map((step) => step.run);

export function screenText(input: Partial<TextFields>, facts: ModerationFacts = NO_FACTS): ModerationResult {
  return finishModeration(prepareModeration(input), facts);
}

/**
 * How long the text work of one moderation may take. Every step runs in time linear in its input (a 5,000-character
 * hostile text takes milliseconds), so this is a net: past it the remaining steps are skipped and the review held.
 */
export const MODERATION_BUDGET_MS = 500;

export interface ModerationBudget {
  /** Milliseconds for the text work; MODERATION_BUDGET_MS when not given. */
  ms?: number;
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
export function prepareModeration(input: Partial<TextFields>, budget: ModerationBudget = {}): PreparedModeration {
  const deadline = performance.now() + (budget.ms ?? MODERATION_BUDGET_MS);
  let state: ModerationState = {
    text: { title: input.title ?? '', body: input.body ?? '', displayName: input.displayName ?? '' },
    findings: [],
  };
  let bodyHash: string | undefined;
  for (const [i, step] of BEFORE_FACTS.entries()) {
    state = step.run(state, NO_FACTS);
    if (step.fingerprintsBody) bodyHash = fingerprintRewritten(state.text.body);
    if (i < BEFORE_FACTS.length - 1 && performance.now() > deadline) {
      const held = outOfTime(state, bodyHash !== undefined);
      return { state: held, bodyHash: bodyHash ?? fingerprintRewritten(held.text.body) };
    }
  }
  return { state, bodyHash: bodyHash ?? '' };
}

export function finishModeration(prepared: PreparedModeration, facts: ModerationFacts): ModerationResult {
  const state = continuePipeline(AFTER_FACTS, prepared.state, facts);
  return { text: state.text, ...toRecord(state) };
}

/**
 * The key for "the same body already submitted": the body as moderation rewrites it (so no personal data goes
 * into the hash), in lower case, letters and digits only, so spacing and punctuation do not make it new.
 */
export function bodyFingerprint(body: string): string {
  return fingerprintRewritten(redactPersonalData(stripMarkup(normaliseText(body).text)).text);
}

export function fingerprintRewritten(body: string): string {
  const letters = body
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return createHash('sha256').update(letters).digest('base64url');
}

/** A short free-text field outside the three moderated together (the device name): the same rewriting, no decision. */
export const moderateLabel = (text: string): string => screenText({ displayName: text }).text.displayName;
