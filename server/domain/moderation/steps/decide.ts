// Publish, hold (pending, with its reasons) or reject (nothing meaningful left).
import type { Decision, Finding, Step } from '../pipeline';
import { hasOwnWords } from '../spam/text-shape';

/** Spam and other risk adding up to this holds a review even when no single finding asks for it. */
export const HOLD_AT = 5;

export function decide(body: string, findings: readonly Finding[]): Decision {
  if (findings.some((f) => f.severity === 'reject') || !hasOwnWords(body)) return 'reject';
  if (findings.some((f) => f.severity === 'hold')) return 'hold';
  return findings.reduce((sum, f) => sum + f.risk, 0) >= HOLD_AT ? 'hold' : 'publish';
}

export const decideStep: Step = (state) => ({ ...state, decision: decide(state.text.body, state.findings) });
