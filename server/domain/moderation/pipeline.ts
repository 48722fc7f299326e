// Moderation as an ordered list of small pure steps, composed by one function that merges their findings.
import type { ModerationRecord } from '../../contract/review';

/** The free-text fields of a submission, moderated together. */
export interface TextFields {
  title: string;
  body: string;
  displayName: string;
}

/** What a step found or changed; never the removed text itself. */
export interface Finding {
  step: string;
  /** e.g. "phone", "email", "profanity", "link", "markup" */
  kind: string;
  count: number;
  /** Readable by a moderator, such as "link to another site". */
  reason?: string;
  /** What the finding asks of the decision: nothing, a moderator's look, or refusal. */
  severity: 'info' | 'hold' | 'reject';
  /** Adds to the review's place in the moderator queue. */
  risk: number;
}

/** Facts that need I/O, loaded before the run so every step stays pure. */
export interface ModerationFacts {
  /** The same normalised body already stored for this company. */
  duplicateBody: boolean;
  /** Reviews this client submitted in the last hour, this one excluded. */
  recentFromClient: number;
  /** REVIEW_RATE_LIMIT; 0 means no limit. */
  rateLimit: number;
}

export const NO_FACTS: ModerationFacts = { duplicateBody: false, recentFromClient: 0, rateLimit: 0 };

export interface ModerationState {
  text: TextFields;
  findings: Finding[];
}

export type Step = (state: ModerationState, facts: ModerationFacts) => ModerationState;

export interface ModerationResult {
  text: TextFields;
  record: ModerationRecord;
  riskScore: number;
}

/** Applies a text transformation to each field and records one finding per kind changed. */
export function mapFields(text: TextFields, fn: (s: string) => string): TextFields {
  return { title: fn(text.title), body: fn(text.body), displayName: fn(text.displayName) };
}

export function runPipeline(steps: readonly Step[], text: TextFields, facts: ModerationFacts): ModerationState {
  return steps.reduce<ModerationState>((state, step) => step(state, facts), { text, findings: [] });
}

/** Summarises findings into the stored record: counts by kind, readable reasons, the decision. */
export function toRecord(state: ModerationState): { record: ModerationRecord; riskScore: number } {
  const redactions: Record<string, number> = {};
  let masked = 0;
  let markupRemoved = false;
  const reasons: string[] = [];
  let riskScore = 0;
  for (const f of state.findings) {
    riskScore += f.risk;
    if (f.step === 'redact-personal-data') redactions[f.kind] = (redactions[f.kind] ?? 0) + f.count;
    if (f.step === 'mask-profanity') masked += f.count;
    if (f.step === 'strip-markup') markupRemoved = true;
    if (f.reason && !reasons.includes(f.reason)) reasons.push(f.reason);
  }
  const decision = state.findings.some((f) => f.severity === 'reject')
    ? 'reject'
    : state.findings.some((f) => f.severity === 'hold')
      ? 'hold'
      : 'publish';
  return { record: { redactions, masked, reasons, decision, ...(markupRemoved ? { markupRemoved } : {}) }, riskScore };
}
