// The screening pipeline: every step once, in the order it runs, read top to bottom.
import type { Step } from '../pipeline';
import { decideStep } from './decide';
import { holdPromotionStep } from './hold-promotion';
import { holdThreatsStep } from './hold-threats';
import { maskProfanityStep } from './mask-profanity';
import { normaliseStep } from './normalise';
import { redactPersonalDataStep } from './redact-personal-data';
import { scoreSpamStep } from './score-spam';
import { stripMarkupStep } from './strip-markup';

/**
 * When a step runs: before the stored facts are read (a submission runs these before it waits for the database),
 * or after, on the facts read inside the write's transaction (same body seen, a client's recent reviews).
 */
export type Phase = 'before-facts' | 'after-facts';

export interface PipelineStep {
  /** The step's name, as the benchmark prints it. */
  name: string;
  phase: Phase;
  run: Step;
  /** The body as this step leaves it is what the duplicate fingerprint covers: the rewriting ends here. */
  fingerprintsBody?: true;
}

export const PIPELINE: readonly PipelineStep[] = [
  { name: 'normalise', phase: 'before-facts', run: normaliseStep },
  { name: 'strip-markup', phase: 'before-facts', run: stripMarkupStep },
  { name: 'redact-personal-data', phase: 'before-facts', run: redactPersonalDataStep, fingerprintsBody: true },
  { name: 'hold-threats', phase: 'before-facts', run: holdThreatsStep },
  { name: 'mask-profanity', phase: 'before-facts', run: maskProfanityStep },
  { name: 'hold-promotion', phase: 'before-facts', run: holdPromotionStep },
  { name: 'score-spam', phase: 'after-facts', run: scoreSpamStep },
  { name: 'decide', phase: 'after-facts', run: decideStep },
];

/** The steps of one phase, in the list's order. */
export const stepsOf = (phase: Phase): readonly PipelineStep[] => PIPELINE.filter((step) => step.phase === phase);
