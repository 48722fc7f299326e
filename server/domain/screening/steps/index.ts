// The single ordered list of moderation steps.
import type { Step } from '../pipeline';
import { decideStep } from './decide';
import { holdPromotionStep } from './hold-promotion';
import { holdThreatsStep } from './hold-threats';
import { maskProfanityStep } from './mask-profanity';
import { normaliseStep } from './normalise';
import { redactPersonalDataStep } from './redact-personal-data';
import { scoreSpamStep } from './score-spam';
import { stripMarkupStep } from './strip-markup';

/** The steps that rewrite the text; after the last of them the body is what the duplicate fingerprint covers. */
export const REWRITE_STEPS: readonly Step[] = [normaliseStep, stripMarkupStep, redactPersonalDataStep];
/** The steps that need no stored facts, after the rewriting. */
export const MASK_STEPS: readonly Step[] = [holdThreatsStep, maskProfanityStep, holdPromotionStep];
/** The steps that read the facts loaded from stored reviews (same body seen, a client's recent reviews). */
export const FACT_STEPS: readonly Step[] = [scoreSpamStep, decideStep];

export const STEPS: readonly Step[] = [...REWRITE_STEPS, ...MASK_STEPS, ...FACT_STEPS];

/** The steps by name, for the benchmark's per-step figures. */
export const NAMED_STEPS: readonly (readonly [string, Step])[] = [
  ['normalise', normaliseStep],
  ['strip-markup', stripMarkupStep],
  ['redact-personal-data', redactPersonalDataStep],
  ['hold-threats', holdThreatsStep],
  ['mask-profanity', maskProfanityStep],
  ['hold-promotion', holdPromotionStep],
  ['score-spam', scoreSpamStep],
  ['decide', decideStep],
];
