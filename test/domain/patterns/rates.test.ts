import { describe, expect, it } from 'vitest';
import { wilsonRate } from '../../../server/domain/patterns/wilson';
import { rankingScore } from '../../../server/domain/patterns/ranking';
import { csvCell } from '../../../server/domain/patterns/patterns-csv';

describe('wilsonRate', () => {
  it.each([
    { count: 5, of: 10, rate: 0.5, low: 0.237, high: 0.763 },
    { count: 0, of: 5, rate: 0, low: 0, high: 0.434 },
    { count: 5, of: 5, rate: 1, low: 0.566, high: 1 },
    { count: 90, of: 100, rate: 0.9, low: 0.826, high: 0.945 },
    { count: 0, of: 0, rate: 0, low: 0, high: 0 },
  ])('gives $low–$high around $count of $of', (expected) => {
    expect(wilsonRate(expected.count, expected.of)).toEqual(expected);
  });
});

describe('rankingScore', () => {
  const platform = { reviewCount: 1000, ratingSum: 3000 };
  it('pulls a company with few reviews towards the platform mean', () => {
    expect(rankingScore({ reviewCount: 2, ratingSum: 10 }, platform).value).toBe(3.33);
    expect(rankingScore({ reviewCount: 300, ratingSum: 1380 }, platform).value).toBe(4.55);
  });
  it('is the platform mean with no reviews, and 3 when the platform has none', () => {
    expect(rankingScore({ reviewCount: 0, ratingSum: 0 }, platform)).toEqual({
      value: 3,
      method: 'bayesian-average',
      priorMean: 3,
      priorWeight: 10,
    });
    expect(rankingScore({ reviewCount: 0, ratingSum: 0 }, { reviewCount: 0, ratingSum: 0 }).value).toBe(3);
  });
});

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['+1', "'+1"],
    ['@sum', "'@sum"],
    [0.5, '0.5'],
    [null, ''],
  ])('writes %j as %s', (cell, written) => {
    expect(csvCell(cell)).toBe(written);
  });
});
