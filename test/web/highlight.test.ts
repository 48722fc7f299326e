// What the company page marks in a review when a reader searches: the words that start with a query word,
// case- and accent-insensitively, the text shown as written.
import { describe, expect, it } from 'vitest';
import { queryWords, splitHighlights } from '../../web/lib/highlight';

const marked = (text: string, q: string) =>
  splitHighlights(text, queryWords(q))
    .filter((p) => p.match)
    .map((p) => p.text);

describe('queryWords', () => {
  it.each([
    ['refund', ['refund']],
    ['  Refund  REFUND ', ['refund']],
    ['"double charge" -error', ['double', 'charge', 'error']],
    ['Café crème', ['cafe', 'creme']],
    ['E-1234 (NEAR*)', ['e', '1234', 'near']],
    ['<img src=x onerror=alert(1)>', ['img', 'src', 'x', 'onerror', 'alert', '1']],
    ['— … !', []],
  ])('%j', (q, words) => {
    expect(queryWords(q)).toEqual(words);
  });
});

describe('splitHighlights', () => {
  it('marks the words that start with a query word, whatever their case or accents', () => {
    expect(marked('Refunded twice, the REFUND came late', 'refund')).toEqual(['Refunded', 'REFUND']);
    expect(marked('Le café était froid, cafés gratuits', 'cafe')).toEqual(['café', 'cafés']);
    expect(marked('A decomposed cafe\u0301 too', 'CAFÉ')).toEqual(['cafe\u0301']);
  });

  it('leaves words that only contain a query word inside them', () => {
    expect(marked('a nonrefundable fare, refund me', 'refund')).toEqual(['refund']);
  });

  it('keeps every character of the text, in order', () => {
    const text = 'Error E-1234: refund <b>now</b> — please!';
    const parts = splitHighlights(text, queryWords('e-1234 refund b'));
    expect(parts.map((p) => p.text).join('')).toBe(text);
    expect(parts.filter((p) => p.match).map((p) => p.text)).toEqual(['Error', 'E', '1234', 'refund', 'b', 'b']);
  });

  it('marks nothing without query words', () => {
    expect(splitHighlights('some text', [])).toEqual([{ text: 'some text', match: false }]);
    expect(splitHighlights('', ['a'])).toEqual([]);
  });
});
