// The review list's count of matches in words.
import { describe, expect, it } from 'vitest';
import { matchText, noMatchText } from '../../server/contract/match-count';

describe('matchText', () => {
  it.each([
    [{ count: 12, complete: true }, '', false, '12 reviews'],
    [{ count: 12, complete: true }, 'refund', false, '12 reviews mention “refund”'],
    [{ count: 1, complete: true }, 'refund', false, '1 review mentions “refund”'],
    [{ count: 1, complete: true }, 'refund', true, '1 review mentions “refund” and matches these filters'],
    [{ count: 3, complete: true }, '', true, '3 reviews match these filters'],
    [{ count: 20000, complete: false }, 'the', false, 'At least 20,000 reviews mention “the”'],
  ])('%j %j %j', (m, q, filtered, text) => {
    expect(matchText(m, q, filtered)).toBe(text);
  });
});

describe('noMatchText', () => {
  it('names the search and the filters', () => {
    expect(noMatchText('refund', false)).toBe('No reviews mention “refund”.');
    expect(noMatchText('refund', true)).toBe('No reviews mention “refund” and match these filters.');
    expect(noMatchText('', true)).toBe('No reviews match these filters.');
    expect(noMatchText('', false)).toBe('No reviews yet.');
  });
});
