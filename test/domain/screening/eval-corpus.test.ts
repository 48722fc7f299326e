// Keeps the moderation bars in npm test: the labelled corpus and Presidio's vectors, scored as npm run eval:moderation does.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { corpusBars, loadJson, scoreCorpus, scorePresidio, type CorpusCase } from '../../../server/tools/eval-screening';

const corpusPath = fileURLToPath(new URL('../../fixtures/moderation-corpus.json', import.meta.url));
const presidioPath = fileURLToPath(new URL('../../fixtures/third-party/presidio-pii-vectors.json', import.meta.url));

describe('the moderation corpus', () => {
  const { cases } = loadJson<{ cases: CorpusCase[] }>(corpusPath);
  const scores = scoreCorpus(cases);
  const byCategory = Object.fromEntries(scores.map((s) => [s.category, s]));

  it('has unique ids, and a source and licence for every case taken from elsewhere', () => {
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
    expect(cases.filter((c) => c.source && c.source !== 'earful' && !c.licence).map((c) => c.id)).toEqual([]);
  });

  it('has every category, with innocent look-alikes beside the positives', () => {
    for (const s of scores) {
      expect(s.cases, s.category).toBeGreaterThanOrEqual(25);
    }
    expect(byCategory.lookalike!.innocent + byCategory.scunthorpe!.innocent).toBeGreaterThanOrEqual(100);
    expect(new Set(cases.filter((c) => c.category === 'personal').map((c) => c.format)).size).toBeGreaterThanOrEqual(25);
  });

  it('meets every bar npm run eval:moderation holds it to', () => {
    expect(corpusBars(scores).filter((bar) => !bar.ok)).toEqual([]);
  });
});

describe("Presidio's recognizer vectors", () => {
  it('removes every expected substring', () => {
    const scores = scorePresidio(loadJson<{ cases: Parameters<typeof scorePresidio>[0] }>(presidioPath).cases);
    expect(scores.flatMap((s) => s.missed)).toEqual([]);
    expect(scores.reduce((n, s) => n + s.expected, 0)).toBeGreaterThan(200);
  });
});
