// How the company page words the company's reply figures, and says when there is too little evidence.
import { describe, expect, it } from 'vitest';
import { replySentences, withinHours } from '../../web/lib/reply-figures';
import { wilsonRate } from '../../server/domain/patterns/wilson';

describe('withinHours', () => {
  it.each([
    [0.2, 'within an hour'],
    [1, 'within 1 hour'],
    [8.6, 'within 9 hours'],
    [47, 'within 47 hours'],
    [72, 'within 3 days'],
  ])('%d hours', (hours, text) => {
    expect(withinHours(hours)).toBe(text);
  });
});

describe('replySentences', () => {
  it('says how often and how fast the company answers, with the interval', () => {
    const answered = { count: 62, of: 100, rate: 0.62, low: 0.522, high: 0.709 };
    expect(replySentences({ answered, medianHoursToAnswer: 8.6, resolvedAfterReply: wilsonRate(7, 10) }, 5)).toEqual([
      'The company answered 62% of reviews (95% interval 52–71%), usually within 9 hours.',
      'When its reply offered a resolution, 70% of the reviewers who answered said it resolved the problem (95% interval 40–89%).',
    ]);
  });

  it('says there is too little evidence below the threshold, with no percentage', () => {
    const lines = replySentences({ answered: null, medianHoursToAnswer: null, resolvedAfterReply: null }, 5);
    expect(lines[0]).toBe(
      'There is too little evidence yet to say how often the company answers: that needs at least 5 published reviews.',
    );
    expect(lines.join(' ')).not.toMatch(/%/);
  });

  it('gives the share without a time while too few reviews are answered', () => {
    expect(replySentences({ answered: wilsonRate(2, 40), medianHoursToAnswer: null, resolvedAfterReply: null }, 5).slice(0, 2)).toEqual([
      'The company answered 5% of reviews (95% interval 1–17%).',
      'It has answered too few reviews yet to say how fast it usually answers.',
    ]);
  });
});
