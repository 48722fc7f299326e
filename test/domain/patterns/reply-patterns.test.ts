// The reply figures from the store's counts: shares with Wilson intervals, the median in hours, each only once
// its group reaches the evidence threshold; and the median the stores walk to, less the replies they step over.
import { describe, expect, it } from 'vitest';
import { replyPatterns } from '../../../server/domain/patterns/reply-patterns';
import { wilsonRate } from '../../../server/domain/patterns/wilson';
import { medianWithout } from '../../../db/median-window';

const HOUR = 3_600_000;
const figures = { answered: 6, medianAnswerMs: 9.25 * HOUR, resolutionAnswers: 5, resolved: 4 };

describe('replyPatterns', () => {
  it('gives every figure once each group reaches the threshold', () => {
    expect(replyPatterns(figures, 10, 5)).toEqual({
      answered: wilsonRate(6, 10),
      medianHoursToAnswer: 9.3,
      resolvedAfterReply: wilsonRate(4, 5),
    });
  });

  it.each([
    ['too few published reviews', 4, { ...figures, answered: 4 }, { answered: null, medianHoursToAnswer: null }],
    ['too few answered', 20, { ...figures, answered: 4 }, { answered: wilsonRate(4, 20), medianHoursToAnswer: null }],
    ['too few answers to an offer', 20, { ...figures, resolutionAnswers: 4 }, { resolvedAfterReply: null }],
  ])('holds back a figure with %s', (_name, published, counts, expected) => {
    expect(replyPatterns(counts, published, 5)).toMatchObject(expected);
  });
});

describe('medianWithout', () => {
  const walk = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    return async (i: number) => sorted[i]!;
  };
  const median = (values: number[]) => {
    const s = [...values].sort((a, b) => a - b);
    return s.length === 0 ? null : s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
  };

  it.each([
    [[30, 1, 10, 2, 9], [], 9],
    [[30, 1, 10, 2, 9, 12], [], 9.5],
    [[1, 2, 2, 3], [2], 2],
    [[1, 2, 3, 4, 5], [1, 2], 4],
    [[1, 2, 3, 4, 5], [5, 4, 3], 1.5],
    [[7], [7], null],
    [[], [], null],
  ])('the median of %j less %j', async (walked, excluded, expected) => {
    expect(await medianWithout(walked.length, excluded, walk(walked))).toBe(expected);
  });

  it('agrees with sorting everything, for random values with ties and exclusions', async () => {
    let seed = 7;
    const random = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
    for (let round = 0; round < 300; round++) {
      const walked = Array.from({ length: 1 + random(12) }, () => random(6));
      const excluded = walked.filter(() => random(4) === 0);
      const kept = [...walked];
      for (const e of excluded) kept.splice(kept.indexOf(e), 1);
      expect(await medianWithout(walked.length, excluded, walk(walked))).toBe(median(kept));
    }
  });
});
