import { describe, expect, it } from 'vitest';
import { normaliseStep, normaliseText } from '../../../server/domain/screening/steps/normalise';
import { NO_FACTS } from '../../../server/domain/screening/pipeline';

describe('normaliseText', () => {
  it.each([
    ['plain text stays as it is', 'The agent refunded me.', 'The agent refunded me.', 0],
    ['fullwidth letters become ASCII (NFKC)', 'ｆｕｃｋ ４１１１', 'fuck 4111', 0],
    ['zero-width characters inside a word are dropped', 'f\u200bu\u200cc\u200dk', 'fuck', 3],
    ['soft hyphen and BOM are dropped', 'pass\u00adword\ufeff', 'password', 2],
    ['bidi controls are dropped', 'abc\u202edcba\u202c', 'abcdcba', 2],
    ['control characters are dropped, tabs become spaces', 'a\u0007b\tc\u001b[0m', 'ab c[0m', 2],
    ['runs of spaces collapse', 'too    many   spaces', 'too many spaces', 0],
    ['no-break and ideographic spaces are spaces', 'a\u00a0b\u3000c', 'a b c', 0],
    ['three or more line breaks keep one blank line', 'one\n\n\n\ntwo\r\nthree', 'one\n\ntwo\nthree', 0],
    ['surrounding space is trimmed', '  hello \n', 'hello', 0],
    ['piled-up combining marks are cut to two', 'Z\u0300\u0301\u0302\u0303alg', 'Z\u0300\u0301alg', 0],
    ['fullwidth angle brackets stay, so no text becomes a tag', '＜script＞ ﹤b﹥ ｘ', '＜script＞ ﹤b﹥ x', 0],
  ])('%s', (_name, input, expected, invisible) => {
    expect(normaliseText(input)).toEqual({ text: expected, invisible });
  });
});

describe('normaliseStep', () => {
  it('records hidden characters as a finding but never the text', () => {
    const state = normaliseStep({ text: { title: '', body: 'f\u200buck', displayName: '' }, findings: [] }, NO_FACTS);
    expect(state.text.body).toBe('fuck');
    expect(state.findings).toEqual([expect.objectContaining({ kind: 'invisible', count: 1, reason: 'hidden characters removed' })]);
  });

  it('returns the same state when nothing changes', () => {
    const before = { text: { title: 'Fine', body: 'All good here.', displayName: 'Sam' }, findings: [] };
    expect(normaliseStep(before, NO_FACTS)).toBe(before);
  });
});
