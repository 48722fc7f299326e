// Publish, hold (pending, with its reasons) or reject (nothing meaningful left).
import type { Decision, Finding, Step } from '../pipeline';
import { OUT_OF_TIME_KIND } from '../out-of-time';
import { hasOwnWords } from '../spam/text-shape';

/** Spam and other risk adding up to this holds a review even when no single finding asks for it. */
export const HOLD_AT = 5;

export function decide(body: string, findings: readonly Finding[]): Decision {
  // A text whose moderation ran out of time was not read to the end: a moderator reads it.
  if (findings.some((f) => f.kind === OUT_OF_TIME_KIND)) return 'hold';
  if (findings.some((f) => f.severity === 'reject') || !hasOwnWords(body)) return 'reject';
  if (findings.some((f) => f.severity === 'hold')) return 'hold';
  return findings.reduce((sum, f) => sum + f.risk, 0) >= HOLD_AT ? 'hold' : 'publish';
}

export const decideStep: Step = (state) => ({ ...state, decision: decide(state.text.body, state.findings) });
