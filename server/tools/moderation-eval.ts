// Scores the moderation pipeline on a labelled corpus and on Presidio's recognizer test vectors; used by
// npm run eval:moderation and by the test that keeps the bars in npm test.
import { readFileSync } from 'node:fs';
import { moderate } from '../domain/moderation/moderate';
import type { ModerationResult, TextFields } from '../domain/moderation/pipeline';
import { normaliseText } from '../domain/moderation/steps/normalise';

export type Category = 'personal' | 'lookalike' | 'profanity' | 'scunthorpe';

export interface CorpusCase {
  id: string;
  category: Category;
  format?: string;
  /** The body; `fields` adds a title or display name. */
  text: string;
  fields?: Partial<Pick<TextFields, 'title' | 'displayName'>>;
  /** personal: strings that must be gone from every field. */
  pii?: string[];
  /** Strings that must stay (a false positive when gone). */
  keep?: string[];
  /** profanity: strings that must be gone, masked. */
  profane?: string[];
  decision?: 'publish' | 'hold' | 'reject';
}

export interface CategoryScore {
  category: Category;
  cases: number;
  passes: number;
  /** Items expected removed or masked, and how many were. */
  expected: number;
  found: number;
  falsePositives: number;
  failures: { id: string; why: string }[];
}

const run = (c: CorpusCase): ModerationResult =>
  moderate({ title: c.fields?.title ?? '', body: c.text, displayName: c.fields?.displayName ?? '' });

const allText = (r: ModerationResult) => `${r.text.title}\n${r.text.body}\n${r.text.displayName}`;

/** The case as it would come out if moderation changed nothing but the Unicode normalisation. */
const unchanged = (c: CorpusCase, r: ModerationResult) =>
  r.text.body === normaliseText(c.text).text &&
  r.text.title === normaliseText(c.fields?.title ?? '').text &&
  r.text.displayName === normaliseText(c.fields?.displayName ?? '').text;

export function scoreCase(c: CorpusCase): { pass: boolean; expected: number; found: number; falsePositives: number; why: string } {
  const r = run(c);
  const out = allText(r);
  const lost = (c.keep ?? []).filter((k) => !out.includes(k));
  switch (c.category) {
    case 'personal': {
      const pii = c.pii ?? [];
      const left = pii.filter((p) => out.includes(p));
      const why = [left.length ? `left: ${left.join(' | ')}` : '', lost.length ? `lost: ${lost.join(' | ')}` : '']
        .filter(Boolean)
        .join('; ');
      return {
        pass: !why,
        expected: pii.length,
        found: pii.length - left.length,
        falsePositives: lost.length,
        why: why ? `${why} → ${out}` : '',
      };
    }
    case 'profanity': {
      const profane = c.profane ?? [];
      const left = profane.filter((p) => out.includes(p));
      const decisionWrong = c.decision !== undefined && r.record.decision !== c.decision;
      const unmasked = profane.length > 0 && r.record.masked === 0;
      const why = [
        left.length ? `left: ${left.join(' | ')}` : '',
        unmasked ? 'nothing masked' : '',
        decisionWrong ? `decision ${r.record.decision}, expected ${c.decision}` : '',
        lost.length ? `lost: ${lost.join(' | ')}` : '',
      ]
        .filter(Boolean)
        .join('; ');
      return {
        pass: !why,
        expected: profane.length,
        found: profane.length - left.length,
        falsePositives: lost.length,
        why: why ? `${why} → ${out}` : '',
      };
    }
    case 'lookalike':
    case 'scunthorpe': {
      const changed = !unchanged(c, r) || r.record.masked > 0 || Object.keys(r.record.redactions).length > 0;
      return { pass: !changed, expected: 0, found: 0, falsePositives: changed ? 1 : 0, why: changed ? `changed → ${out}` : '' };
    }
  }
}

export function scoreCorpus(cases: readonly CorpusCase[]): CategoryScore[] {
  const order: Category[] = ['personal', 'lookalike', 'profanity', 'scunthorpe'];
  return order.map((category) => {
    const score: CategoryScore = { category, cases: 0, passes: 0, expected: 0, found: 0, falsePositives: 0, failures: [] };
    for (const c of cases.filter((x) => x.category === category)) {
      const s = scoreCase(c);
      score.cases++;
      score.expected += s.expected;
      score.found += s.found;
      score.falsePositives += s.falsePositives;
      if (s.pass) score.passes++;
      else score.failures.push({ id: c.id, why: s.why });
    }
    return score;
  });
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
    const r = moderate({ body: c.text });
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
