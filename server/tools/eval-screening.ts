// npm run eval:moderation [-- --corpus FILE] [-- --verbose] — scores the screening pipeline per category (cases,
// passes, recall, false alarms on innocent cases) on the labelled corpus, and on Presidio's recognizer test vectors.
// Exits 1 when a bar of corpusBars() is missed, or a Presidio `expected` substring is left. The test that keeps
// the bars in npm test imports the scoring below.
import { readFileSync, realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { screenText } from '../domain/screening/screen-text';
import type { ModerationResult, TextFields } from '../domain/screening/pipeline';
import { normaliseText } from '../domain/screening/steps/normalise';

export type Category = 'personal' | 'address' | 'lookalike' | 'profanity' | 'scunthorpe' | 'threat' | 'promotion';
export const CATEGORIES: readonly Category[] = ['personal', 'address', 'lookalike', 'profanity', 'scunthorpe', 'threat', 'promotion'];

export interface CorpusCase {
  id: string;
  category: Category;
  format?: string;
  /** The body; `fields` adds a title or display name. */
  text: string;
  fields?: Partial<Pick<TextFields, 'title' | 'displayName'>>;
  /** Strings that must be gone from every field (personal data, addresses). */
  pii?: string[];
  /** Strings that must stay (a false alarm when gone). */
  keep?: string[];
  /** Strings that must be gone, masked. */
  profane?: string[];
  /** The decision moderation must reach; threats and promotion are held, their innocent look-alikes published. */
  decision?: 'publish' | 'hold' | 'reject';
  /** A reason the moderator must see when the case is held. */
  reason?: string;
  /** Where a case was taken from, and under which licence (SPDX id). */
  source?: string;
  licence?: string;
}

export interface CategoryScore {
  category: Category;
  cases: number;
  passes: number;
  /** Items expected removed, masked or held (a held case counts one), and how many were. */
  expected: number;
  found: number;
  /** Innocent cases (nothing to remove, mask or hold), and how many moderation changed or held all the same. */
  innocent: number;
  falseAlarms: number;
  failures: { id: string; why: string }[];
}

const run = (c: CorpusCase): ModerationResult =>
  screenText({ title: c.fields?.title ?? '', body: c.text, displayName: c.fields?.displayName ?? '' });

const allText = (r: ModerationResult) => `${r.text.title}\n${r.text.body}\n${r.text.displayName}`;

/** The case as it would come out if moderation changed nothing but the Unicode normalisation. */
const unchanged = (c: CorpusCase, r: ModerationResult) =>
  r.text.body === normaliseText(c.text).text &&
  r.text.title === normaliseText(c.fields?.title ?? '').text &&
  r.text.displayName === normaliseText(c.fields?.displayName ?? '').text;

/** Innocent: nothing in it to remove, mask or hold; it must come out as it went in (or at least published, keeping `keep`). */
export const isInnocent = (c: CorpusCase): boolean =>
  !c.pii?.length && !c.profane?.length && c.decision !== 'hold' && c.decision !== 'reject';

/** Categories whose innocent cases must come out exactly as they went in; threats' and promotion's need only publish. */
const TEXT_EXACT: ReadonlySet<Category> = new Set(['lookalike', 'scunthorpe', 'address', 'personal', 'profanity']);

export interface CaseScore {
  pass: boolean;
  expected: number;
  found: number;
  falseAlarm: boolean;
  why: string;
}

export function scoreCase(c: CorpusCase): CaseScore {
  const r = run(c);
  const out = allText(r);
  const problems: string[] = [];
  const lost = (c.keep ?? []).filter((k) => !out.includes(k));
  if (lost.length) problems.push(`lost: ${lost.join(' | ')}`);
  if (isInnocent(c)) {
    const changed = TEXT_EXACT.has(c.category) && (!unchanged(c, r) || r.record.masked > 0 || Object.keys(r.record.redactions).length > 0);
    if (changed) problems.push('changed');
    if (r.record.decision !== (c.decision ?? r.record.decision)) problems.push(`decision ${r.record.decision}, expected ${c.decision}`);
    const why = problems.join('; ');
    return { pass: !why, expected: 0, found: 0, falseAlarm: !!why, why: why ? `${why} → ${out}` : '' };
  }
  const pii = c.pii ?? [];
  const profane = c.profane ?? [];
  const left = [...pii, ...profane].filter((p) => out.includes(p));
  if (left.length) problems.push(`left: ${left.join(' | ')}`);
  if (profane.length > 0 && r.record.masked === 0) problems.push('nothing masked');
  const decisionWrong = c.decision !== undefined && r.record.decision !== c.decision;
  if (decisionWrong) problems.push(`decision ${r.record.decision}, expected ${c.decision}`);
  const reasonMissing = c.reason !== undefined && !r.record.reasons.includes(c.reason);
  if (reasonMissing) problems.push(`no reason "${c.reason}" (reasons: ${r.record.reasons.join(', ') || 'none'})`);
  // A case to hold counts as one item; its removals count one each.
  const held = c.decision === 'hold' || c.decision === 'reject' ? 1 : 0;
  const expected = pii.length + profane.length + held;
  const found = pii.length + profane.length - left.length + (held && !decisionWrong ? 1 : 0);
  const why = problems.join('; ');
  return { pass: !why, expected, found, falseAlarm: lost.length > 0, why: why ? `${why} → ${out}` : '' };
}

export function scoreCorpus(cases: readonly CorpusCase[]): CategoryScore[] {
  return CATEGORIES.map((category) => {
    const score: CategoryScore = { category, cases: 0, passes: 0, expected: 0, found: 0, innocent: 0, falseAlarms: 0, failures: [] };
    for (const c of cases.filter((x) => x.category === category)) {
      const s = scoreCase(c);
      score.cases++;
      score.expected += s.expected;
      score.found += s.found;
      if (isInnocent(c)) score.innocent++;
      if (s.falseAlarm) score.falseAlarms++;
      if (s.pass) score.passes++;
      else score.failures.push({ id: c.id, why: s.why });
    }
    return score;
  });
}

const sum = (scores: readonly CategoryScore[], pick: (s: CategoryScore) => number) => scores.reduce((n, s) => n + pick(s), 0);
const recallOf = (scores: readonly CategoryScore[]) =>
  sum(scores, (s) => s.found) /
  Math.max(
    1,
    sum(scores, (s) => s.expected),
  );
/** False alarms over the innocent cases; a positive case that lost a `keep` string counts too. */
const falseAlarmRateOf = (scores: readonly CategoryScore[]) =>
  sum(scores, (s) => s.falseAlarms) /
  Math.max(
    1,
    sum(scores, (s) => s.innocent),
  );

export const MIN_CORPUS_CASES = 800;

export interface Bar {
  label: string;
  /** The figure as printed: a percentage or a count. */
  shown: string;
  ok: boolean;
}

const percent = (value: number) => `${(100 * value).toFixed(1)}%`;

/** The bars npm run eval:moderation and npm test hold the pipeline to (issue 15's figures). */
export function corpusBars(scores: readonly CategoryScore[]): Bar[] {
  const of = (...names: Category[]) => scores.filter((s) => names.includes(s.category));
  const atLeast = (label: string, value: number, bar: number): Bar => ({
    label: `${label} ≥ ${bar * 100}%`,
    shown: percent(value),
    ok: value >= bar,
  });
  const atMost = (label: string, value: number, bar: number): Bar => ({
    label: `${label} ≤ ${bar * 100}%`,
    shown: percent(value),
    ok: value <= bar,
  });
  const cases = sum(scores, (s) => s.cases);
  return [
    { label: `at least ${MIN_CORPUS_CASES} cases`, shown: String(cases), ok: cases >= MIN_CORPUS_CASES },
    atLeast('profanity recall', recallOf(of('profanity')), 0.95),
    atLeast('personal data recall (personal, address)', recallOf(of('personal', 'address')), 0.98),
    atLeast('threat recall', recallOf(of('threat')), 0.95),
    atLeast('promotion recall', recallOf(of('promotion')), 0.95),
    atMost(
      'false alarms on innocent words (scunthorpe, innocent profanity-like text)',
      falseAlarmRateOf(of('scunthorpe', 'profanity')),
      0.01,
    ),
    atMost(
      'false alarms on look-alike numbers (lookalike, innocent personal and address look-alikes)',
      falseAlarmRateOf(of('lookalike', 'personal', 'address')),
      0.02,
    ),
    atMost('false alarms on threat look-alikes', falseAlarmRateOf(of('threat')), 0.02),
    atMost('false alarms on promotion look-alikes', falseAlarmRateOf(of('promotion')), 0.02),
  ];
}

export interface PresidioScore {
  entity: string;
  cases: number;
  expected: number;
  removed: number;
  /** Cases Presidio labels as holding none of this entity, where moderation removed none of its kind either. */
  negatives: number;
  negativesKept: number;
  missed: { text: string; left: string[] }[];
}

interface PresidioCase {
  entity: string;
  text: string;
  expected: string[] | null;
}

const KIND_OF_ENTITY: Record<string, string[]> = {
  CREDIT_CARD: ['card'],
  PHONE_NUMBER: ['phone'],
  EMAIL_ADDRESS: ['email'],
  US_SSN: ['id'],
  IBAN_CODE: ['bank'],
};

export function scorePresidio(cases: readonly PresidioCase[]): PresidioScore[] {
  const byEntity = new Map<string, PresidioScore>();
  for (const c of cases) {
    if (c.expected === null) continue;
    const s = byEntity.get(c.entity) ?? { entity: c.entity, cases: 0, expected: 0, removed: 0, negatives: 0, negativesKept: 0, missed: [] };
    byEntity.set(c.entity, s);
    s.cases++;
    const r = screenText({ body: c.text });
    if (c.expected.length === 0) {
      s.negatives++;
      if (!(KIND_OF_ENTITY[c.entity] ?? []).some((k) => r.record.redactions[k])) s.negativesKept++;
      continue;
    }
    const left = c.expected.filter((e) => r.text.body.includes(e));
    s.expected += c.expected.length;
    s.removed += c.expected.length - left.length;
    if (left.length) s.missed.push({ text: c.text, left });
  }
  return [...byEntity.values()];
}

export const loadJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

/** The report npm run eval:moderation prints: the table, the Presidio figures, then every bar as PASS or FAIL. */
function main(): void {
  const args = process.argv.slice(2);
  const option = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const verbose = args.includes('--verbose');
  const corpusPath = option('--corpus') ?? fileURLToPath(new URL('../../test/fixtures/moderation-corpus.json', import.meta.url));
  const presidioPath =
    option('--presidio') ?? fileURLToPath(new URL('../../test/fixtures/third-party/presidio-pii-vectors.json', import.meta.url));

  const pct = (n: number, d: number) => (d === 0 ? '—' : `${((100 * n) / d).toFixed(1)}%`);
  const { cases } = loadJson<{ cases: CorpusCase[] }>(corpusPath);
  const scores = scoreCorpus(cases);

  console.log(`Corpus ${corpusPath} (${cases.length} cases)\n`);
  console.log('category     cases  passes  recall               innocent  false alarms');
  for (const s of scores) {
    const recall = s.expected ? `${pct(s.found, s.expected)} (${s.found}/${s.expected})` : '—';
    const alarms = s.innocent ? `${pct(s.falseAlarms, s.innocent)} (${s.falseAlarms})` : s.falseAlarms ? String(s.falseAlarms) : '—';
    console.log(
      `${s.category.padEnd(12)} ${String(s.cases).padStart(5)}  ${String(s.passes).padStart(6)}  ${recall.padEnd(20)} ${String(s.innocent).padStart(8)}  ${alarms}`,
    );
  }
  for (const s of scores) for (const f of s.failures.slice(0, verbose ? Infinity : 5)) console.log(`  ✗ ${f.id}: ${f.why}`);

  let presidioOk: boolean;
  try {
    const presidio = scorePresidio(loadJson<{ cases: Parameters<typeof scorePresidio>[0] }>(presidioPath).cases);
    const expected = presidio.reduce((n, p) => n + p.expected, 0);
    const removed = presidio.reduce((n, p) => n + p.removed, 0);
    presidioOk = removed === expected;
    console.log(`\nPresidio recognizer vectors: ${removed}/${expected} expected substrings removed`);
    for (const p of presidio) {
      console.log(
        `  ${p.entity.padEnd(14)} ${p.removed}/${p.expected} removed; negatives left without that kind removed: ${p.negativesKept}/${p.negatives}`,
      );
      for (const m of p.missed.slice(0, verbose ? Infinity : 5))
        console.log(`    ✗ ${JSON.stringify(m.text)} left ${JSON.stringify(m.left)}`);
    }
  } catch (err) {
    presidioOk = false;
    console.log(`\nPresidio vectors not read from ${presidioPath}: ${(err as Error).message}`);
  }

  const bars = [
    ...corpusBars(scores),
    { label: 'every Presidio expected substring removed', shown: presidioOk ? 'yes' : 'no', ok: presidioOk },
  ];
  console.log('');
  for (const bar of bars) console.log(`${bar.ok ? 'PASS' : 'FAIL'}  ${bar.label}: ${bar.shown}`);
  if (bars.some((bar) => !bar.ok)) process.exitCode = 1;
}

// Run as the npm script, not when the test imports the scoring.
if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) main();
