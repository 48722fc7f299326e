// The search box's text as terms: words ANDed, the last a prefix, quoted phrases, punctuation never syntax; and the
// relevance score both stores order a search by.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSearch, relevanceScore, searchWords } from '../../server/contract/search-query';
import { SEARCH_LIMITS } from '../../server/contract/review-limits';
import { BLNS } from '../hardening/hostile-strings';

const terms = (text: string) => parseSearch(text).terms;

describe('parseSearch', () => {
  it('makes each word a term, the last one a prefix', () => {
    expect(terms('Refund never')).toEqual([
      { words: ['refund'], prefix: false },
      { words: ['never'], prefix: true },
    ]);
  });

  it('folds case and accents', () => {
    expect(terms('CAFÉ Naïve Ångström')).toEqual([
      { words: ['cafe'], prefix: false },
      { words: ['naive'], prefix: false },
      { words: ['angstrom'], prefix: true },
    ]);
  });

  it('keeps a quoted phrase whole, and does not take a closed quote as unfinished', () => {
    expect(terms('"double charged" refund')).toEqual([
      { words: ['double', 'charged'], prefix: false },
      { words: ['refund'], prefix: true },
    ]);
    expect(terms('refund "double charged"')).toEqual([
      { words: ['refund'], prefix: false },
      { words: ['double', 'charged'], prefix: false },
    ]);
    // Still typing inside the quotes: the phrase's last word is a prefix.
    expect(terms('refund "double char')).toEqual([
      { words: ['refund'], prefix: false },
      { words: ['double', 'char'], prefix: true },
    ]);
  });

  it('reads error codes and numbers as words, a code with punctuation as a phrase of its parts', () => {
    expect(terms('E-1234 0x80070005 404')).toEqual([
      { words: ['e', '1234'], prefix: false },
      { words: ['0x80070005'], prefix: false },
      { words: ['404'], prefix: true },
    ]);
  });

  it('takes operators and punctuation as text, never as syntax', () => {
    expect(terms('- * : ( ) NEAR( AND OR NOT ^ {ab}')).toEqual([
      { words: ['near'], prefix: false },
      { words: ['and'], prefix: false },
      { words: ['or'], prefix: false },
      { words: ['not'], prefix: false },
      { words: ['ab'], prefix: true },
    ]);
    expect(terms('"')).toEqual([]);
    expect(terms('*** --- 🙂')).toEqual([]);
  });

  it('matches a last word of one character whole', () => {
    expect(terms('refund t')).toEqual([
      { words: ['refund'], prefix: false },
      { words: ['t'], prefix: false },
    ]);
    expect(terms('refund tw')[1]).toEqual({ words: ['tw'], prefix: true });
  });

  it('keeps at most the limit of terms and of words in a phrase', () => {
    const many = Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ');
    expect(terms(many)).toHaveLength(SEARCH_LIMITS.terms);
    expect(terms(`"${many}"`)[0]!.words).toHaveLength(SEARCH_LIMITS.phraseWords);
  });

  it('gives only words of letters and digits for any text, the naughty strings included', () => {
    const check = (text: string) => {
      for (const term of terms(text)) {
        expect(term.words.length).toBeGreaterThan(0);
        for (const word of term.words) expect(word).toMatch(/^[\p{L}\p{N}]+$/u);
      }
    };
    BLNS.forEach(check);
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => check(text)));
  });
});

describe('searchWords', () => {
  it('splits on everything that is not a letter or a digit', () => {
    expect(searchWords('Error E-1234: the "app" froze_again!')).toEqual(['error', 'e', '1234', 'the', 'app', 'froze', 'again']);
  });
});

describe('relevanceScore', () => {
  const search = parseSearch('refund');

  it('scores a word in the title above the same word once in the body', () => {
    expect(relevanceScore(search, 'Refund refused', 'They would not give the money back.')).toBeGreaterThan(
      relevanceScore(search, 'Money', 'They would not give a refund at all.'),
    );
  });

  it('scores more mentions higher, and a long review per its length', () => {
    const once = relevanceScore(search, null, 'A refund was asked for.');
    expect(relevanceScore(search, null, 'Refund asked, refund refused, refund again.')).toBeGreaterThan(once);
    expect(relevanceScore(search, null, `A refund ${'and more words '.repeat(100)}`)).toBeLessThan(once);
  });

  it('matches the last word as a prefix and a phrase only in order', () => {
    expect(relevanceScore(parseSearch('refu'), null, 'refunded')).toBeGreaterThan(0);
    expect(relevanceScore(parseSearch('"double charged"'), null, 'charged double')).toBe(0);
    expect(relevanceScore(parseSearch('"double charged"'), null, 'I was double charged')).toBeGreaterThan(0);
  });
});
