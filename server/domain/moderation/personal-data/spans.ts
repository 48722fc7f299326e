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
  const hints: TextHints = { digits: countDigits(text), lower: text.toLowerCase(), taken };
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

/** The text just before `index`, lower-cased, for cue tests that end with `$`. */
export const before = (text: string, index: number, length = 40) => text.slice(Math.max(0, index - length), index).toLowerCase();
