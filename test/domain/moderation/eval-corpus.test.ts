// Keeps the moderation bars in npm test: the labelled corpus and Presidio's vectors, scored as npm run eval:moderation does.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadJson, scoreCorpus, scorePresidio, type CorpusCase } from '../../../server/tools/moderation-eval';

const corpusPath = fileURLToPath(new URL('../../fixtures/moderation-corpus.json', import.meta.url));
const presidioPath = fileURLToPath(new URL('../../fixtures/third-party/presidio-pii-vectors.json', import.meta.url));

describe('the moderation corpus', () => {
  const { cases } = loadJson<{ cases: CorpusCase[] }>(corpusPath);
  const scores = Object.fromEntries(scoreCorpus(cases).map((s) => [s.category, s]));

  it('has the cases the issue asks for', () => {
    expect(cases.length).toBeGreaterThanOrEqual(200);
    expect(scores.personal!.cases).toBeGreaterThanOrEqual(80);
    expect(new Set(cases.filter((c) => c.category === 'personal').map((c) => c.format)).size).toBeGreaterThanOrEqual(25);
    expect(scores.lookalike!.cases).toBeGreaterThanOrEqual(50);
    expect(scores.profanity!.cases).toBeGreaterThanOrEqual(50);
    expect(scores.scunthorpe!.cases).toBeGreaterThanOrEqual(25);
  });

  it('removes personal data in every case', () => expect(scores.personal!.failures).toEqual([]));
  it('keeps every look-alike', () => expect(scores.lookalike!.failures).toEqual([]));
  it('masks profanity in at least 97% of cases', () =>
    expect(scores.profanity!.passes).toBeGreaterThanOrEqual(0.97 * scores.profanity!.cases));
  it('masks nothing in the Scunthorpe traps', () => expect(scores.scunthorpe!.failures).toEqual([]));
  it('has no false positive', () => expect(Object.values(scores).reduce((n, s) => n + s.falsePositives, 0)).toBe(0));
});

describe("Presidio's recognizer vectors", () => {
  it('removes every expected substring', () => {
    const scores = scorePresidio(loadJson<{ cases: Parameters<typeof scorePresidio>[0] }>(presidioPath).cases);
    expect(scores.flatMap((s) => s.missed)).toEqual([]);
    expect(scores.reduce((n, s) => n + s.expected, 0)).toBeGreaterThan(200);
  });
});
