// Moderation as an ordered list of small pure steps, composed by one function that merges their findings.
import type { ModerationRecord } from '../../contract/review';

/** The free-text fields of a submission, moderated together. */
export interface TextFields {
  title: string;
  body: string;
  displayName: string;
}

export type ScreenedField = keyof TextFields;
export const SCREENED_FIELDS: readonly ScreenedField[] = ['title', 'body', 'displayName'];

/** What a step found or changed; never the removed text itself. */
export interface Finding {
  step: string;
  /** e.g. "phone", "email", "profanity", "link", "markup" */
  kind: string;
  count: number;
  /** What the finding did to the text: personal data replaced by a token, or a word soft-masked. */
  effect?: 'redacted' | 'masked';
  /** Readable by a moderator, from a fixed vocabulary (the transparency report counts them). */
  reason?: string;
  /** What the finding asks of the decision: nothing, a moderator's look, or refusal. */
  severity: 'info' | 'hold' | 'reject';
  /** Adds to the review's place in the moderator queue; spam findings add up towards a hold. */
  risk: number;
}

/** Facts that need I/O, loaded before the run so every step stays pure. */
export interface ModerationFacts {
  /** The same body (after moderation's own rewriting) already stored for this company. */
  duplicateBody: boolean;
  /** Reviews this client submitted in the last hour, this one excluded. */
  recentFromClient: number;
  /** REVIEW_RATE_LIMIT; 0 means no limit. */
  rateLimit: number;
}

export const NO_FACTS: ModerationFacts = { duplicateBody: false, recentFromClient: 0, rateLimit: 0 };

export type Decision = ModerationRecord['decision'];

export interface ModerationState {
  text: TextFields;
  findings: Finding[];
  /** Set by the last step; until then the findings' severities decide. */
  decision?: Decision;
}

export type Step = (state: ModerationState, facts: ModerationFacts) => ModerationState;

export interface ModerationResult {
  text: TextFields;
  record: ModerationRecord;
  riskScore: number;
}

export function mapFields(text: TextFields, fn: (s: string) => string): TextFields {
  return { title: fn(text.title), body: fn(text.body), displayName: fn(text.displayName) };
}

/** A step's result: the new text and what it found; the state is returned as it was when nothing changed. */
export function withFindings(state: ModerationState, text: TextFields, findings: Finding[]): ModerationState {
  if (findings.length === 0 && text === state.text) return state;
  return { ...state, text, findings: findings.length ? [...state.findings, ...findings] : state.findings };
}

export function runPipeline(steps: readonly Step[], text: TextFields, facts: ModerationFacts): ModerationState {
  return continuePipeline(steps, { text, findings: [] }, facts);
}

/** Runs further steps over a state an earlier run left. */
export function continuePipeline(steps: readonly Step[], state: ModerationState, facts: ModerationFacts): ModerationState {
  return steps.reduce<ModerationState>((current, step) => step(current, facts), state);
}

/** The decision the findings ask for, when no decide step has run. */
export function decisionFromSeverity(findings: readonly Finding[]): Decision {
  if (findings.some((f) => f.severity === 'reject')) return 'reject';
  return findings.some((f) => f.severity === 'hold') ? 'hold' : 'publish';
}

/** Summarises findings into the stored record: counts by kind, readable reasons, the decision. */
export function toRecord(state: ModerationState): { record: ModerationRecord; riskScore: number } {
  const redactions: Record<string, number> = {};
  const masks: Record<string, number> = {};
  let masked = 0;
  let markupRemoved = false;
  const reasons: string[] = [];
  let riskScore = 0;
  for (const f of state.findings) {
    riskScore += f.risk;
    if (f.effect === 'redacted') redactions[f.kind] = (redactions[f.kind] ?? 0) + f.count;
    if (f.effect === 'masked') {
      masked += f.count;
      masks[f.kind] = (masks[f.kind] ?? 0) + f.count;
    }
    if (f.step === 'strip-markup') markupRemoved = true;
    if (f.reason && !reasons.includes(f.reason)) reasons.push(f.reason);
  }
  const decision = state.decision ?? decisionFromSeverity(state.findings);
  const record: ModerationRecord = { redactions, masked, reasons, decision };
  if (masked > 0) record.masks = masks;
  if (markupRemoved) record.markupRemoved = true;
  return { record, riskScore };
}
