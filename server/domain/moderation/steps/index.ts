// The single ordered list of moderation steps.
import type { Step } from '../pipeline';
import { decideStep } from './decide';
import { maskProfanityStep } from './mask-profanity';
import { normaliseStep } from './normalise';
import { redactPersonalDataStep } from './redact-personal-data';
import { scoreSpamStep } from './score-spam';
import { stripMarkupStep } from './strip-markup';

export const STEPS: readonly Step[] = [
  normaliseStep,
  stripMarkupStep,
  redactPersonalDataStep,
  maskProfanityStep,
  scoreSpamStep,
  decideStep,
];

/** The steps by name, for the benchmark's per-step figures. */
export const NAMED_STEPS: readonly (readonly [string, Step])[] = [
  ['normalise', normaliseStep],
  ['strip-markup', stripMarkupStep],
  ['redact-personal-data', redactPersonalDataStep],
  ['mask-profanity', maskProfanityStep],
  ['score-spam', scoreSpamStep],
  ['decide', decideStep],
];
