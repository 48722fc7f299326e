// What a reader types into the search box, as the terms both stores look for; plain functions without zod, so the
// browser can use the same words to mark matches. Punctuation is never syntax: only letters and digits count.
import { SEARCH_LIMITS } from './review-limits';

/** One thing a review must contain: a word, or several in a row (a phrase); `prefix` lets its last word go on. */
export interface SearchTerm {
  words: string[];
  prefix: boolean;
}

/** Every term must be found (AND). No terms: the text had no letter or digit, and nothing matches. */
export interface ParsedSearch {
  terms: SearchTerm[];
}

const SEPARATORS = /[^\p{L}\p{N}]+/u;

/** Lower case, accents off (é → e), the way the indexes fold a word; plain ASCII needs no decomposing. */
export const foldWord = (text: string) =>
  !/[^\t\n\r -~]/.test(text)
    ? text.toLowerCase()
    : text
        .normalize('NFD')
        .replace(/\p{M}+/gu, '')
        .toLowerCase();

/** The words of a text as the indexes see them: runs of letters and digits, folded ("E-1234" is "e", "1234"). */
export function searchWords(text: string): string[] {
  return foldWord(text)
    .split(SEPARATORS)
    .filter((w) => w.length > 0);
}

/**
 * A reader's text as terms: each space-separated chunk a term (a chunk of several words, like "E-1234", a
 * phrase), each "quoted text" one phrase; the last chunk, unless a closed quote, ends in a prefix (they may be
 * still typing) once its last word has two characters: one character would match almost every review.
 * At most SEARCH_LIMITS.terms terms of SEARCH_LIMITS.phraseWords words each; the rest is ignored.
 */
export function parseSearch(text: string): ParsedSearch {
  const terms: SearchTerm[] = [];
  // Quoted parts (an unclosed quote runs to the end) and the chunks between them, in order.
  const parts = text.match(/"[^"]*("|$)|[^\s"]+/g) ?? [];
  parts.forEach((part, i) => {
    const quoted = part.startsWith('"');
    const words = searchWords(part).slice(0, SEARCH_LIMITS.phraseWords);
    const last = i === parts.length - 1;
    const closed = quoted && part.length > 1 && part.endsWith('"');
    if (words.length > 0) terms.push({ words, prefix: last && !closed && [...words[words.length - 1]!].length >= 2 });
  });
  return { terms: terms.slice(0, SEARCH_LIMITS.terms) };
}

const LETTER = '\\p{L}\\p{N}';
/** Each term as a pattern over folded text: its words in order, whole (the last one a prefix when it is one). */
const patterns = new WeakMap<ParsedSearch, RegExp[]>();
function termPatterns(search: ParsedSearch): RegExp[] {
  let found = patterns.get(search);
  if (!found) {
    // The words hold only letters and digits, so they need no escaping.
    found = search.terms.map(
      (t) => new RegExp(`(?<![${LETTER}])${t.words.join(`[^${LETTER}]+`)}${t.prefix ? '' : `(?![${LETTER}])`}`, 'gu'),
    );
    patterns.set(search, found);
  }
  return found;
}

const count = (pattern: RegExp, text: string) => text.match(pattern)?.length ?? 0;

/**
 * How well a review answers a search, the same on both stores and independent of the rest of the site, so a
 * relevance cursor stays valid: each term counts 5 for each time it is in the title and 1 for each time it is in
 * the body, at most 10 a term; the sum, per 600 characters of the review when it is longer, as an integer.
 */
export function relevanceScore(search: ParsedSearch, title: string | null, body: string): number {
  const foldedTitle = title ? foldWord(title) : '';
  const foldedBody = foldWord(body);
  let score = 0;
  for (const pattern of termPatterns(search)) score += Math.min(10, 5 * count(pattern, foldedTitle) + count(pattern, foldedBody));
  return Math.round((score * 1000) / Math.max(600, foldedTitle.length + foldedBody.length));
}
