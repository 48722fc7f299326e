// Found personal data as spans of a text, and the one function that swaps them for visible tokens.

export type PersonalDataKind = 'card' | 'phone' | 'email' | 'password' | 'code' | 'id' | 'bank' | 'account' | 'address';

export interface Span {
  start: number;
  end: number;
  /** `keep`: a date, measurement or tracking number claimed so that no later detector reads it as personal data. */
  kind: PersonalDataKind | 'keep';
}

/** What the reader sees in place of the removed text. */
export const REDACTION_TOKENS: Record<PersonalDataKind, string> = {
  card: '[card number removed]',
  phone: '[phone number removed]',
  email: '[email removed]',
  password: '[password removed]',
  code: '[code removed]',
  id: '[ID number removed]',
  bank: '[bank account removed]',
  account: '[account number removed]',
  address: '[address removed]',
};

/** Cheap facts about the text, computed once, that let a detector skip texts it cannot match. */
export interface TextHints {
  digits: number;
  lower: string;
  /** Spans earlier detectors claimed: a later one must not build on their digits. */
  taken: readonly Span[];
  /** Where each group of digits starts: the number patterns are tried only there. */
  digitStarts: readonly number[];
}

/** A detector finds spans in text, in any order; overlaps with earlier detectors' spans are dropped for it. */
export type Detector = (text: string, hints: TextHints) => Span[];

/** Whether `a` overlaps one of `spans`, which are disjoint and sorted by start (as `taken` is): a binary search. */
export function overlaps(a: { start: number; end: number }, spans: readonly { start: number; end: number }[]): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.end <= a.start) lo = mid + 1;
    else hi = mid;
  }
  return lo < spans.length && spans[lo]!.start < a.end;
}

/** Runs the detectors in order of precedence: a span overlapping an earlier one is dropped; `keep` spans are not returned. */
export function findSpans(text: string, detectors: readonly Detector[]): Span[] {
  const taken: Span[] = [];
  const hints: TextHints = { digits: countDigits(text), lower: text.toLowerCase(), taken, digitStarts: digitStarts(text) };
  for (const detect of detectors) {
    const found = detect(text, hints).sort((a, b) => a.start - b.start);
    for (const span of found) if (!overlaps(span, taken)) insertSorted(taken, span);
  }
  return taken.filter((s) => s.kind !== 'keep');
}

function insertSorted(spans: Span[], span: Span): void {
  let at = spans.length;
  while (at > 0 && spans[at - 1]!.start > span.start) at--;
  spans.splice(at, 0, span);
}

/** Replaces each span by its kind's token; spans must not overlap. */
export function replaceSpans(text: string, spans: readonly Span[]): string {
  let out = '';
  let at = 0;
  for (const s of spans) {
    if (s.kind === 'keep') continue;
    out += text.slice(at, s.start) + REDACTION_TOKENS[s.kind];
    at = s.end;
  }
  return out + text.slice(at);
}

export function countDigits(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

/** Where a group of digits starts: number patterns are tried only there (sticky), not at every character. */
export function digitStarts(text: string): number[] {
  const starts: number[] = [];
  for (let i = 0, inDigits = false; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const digit = c >= 48 && c <= 57;
    if (digit && !inDigits) starts.push(i);
    inDigits = digit;
  }
  return starts;
}

/** Runs a sticky pattern at each position, for the patterns that must start on a digit; matches do not overlap. */
export function stickyMatches(text: string, re: RegExp, positions: readonly number[]): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  let after = 0;
  for (const at of positions) {
    if (at < after) continue;
    re.lastIndex = at;
    const m = re.exec(text);
    if (m) {
      after = at + Math.max(1, m[0].length);
      matches.push(m);
    }
  }
  return matches;
}

/** The text just before `index`, lower-cased, for cue tests that end with `$`. */
export const before = (text: string, index: number, length = 40) => text.slice(Math.max(0, index - length), index).toLowerCase();
