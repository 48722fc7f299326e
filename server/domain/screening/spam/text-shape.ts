// The shape of a text that says little: capitals throughout, characters or words repeated, keyboard mashing,
// too few words to help another customer. One loop over character codes, no word strings made: it runs on every
// review, beside obscenity, and must cost little next to it.
import { replaceModerationMarks } from '../marks';

export interface TextShape {
  /** Cased letters. */
  upper: number;
  lower: number;
  /** Runs of six or more of the same character ("!!!!!!!!", "sooooooo"). */
  characterRuns: number;
  /** The reviewer's own words of two letters or more (redaction tokens and masks left out). */
  words: number;
  /** The most times one word came in a row. */
  longestWordRun: number;
  /** The most times one word of four letters or more came in all. */
  commonestWord: number;
  /** ASCII words of five letters or more, and how many of them no language spells (counted only when the text
   * hints at mashing: few vowels, or keys next to each other). */
  latinWords: number;
  implausibleWords: number;
  /** A run of 30 letters or more with no space. */
  longestWord: number;
}

/** The reviewer's own text: redaction tokens and masked words left out. */
export const ownText = (text: string): string => replaceModerationMarks(text, ' ');

/** Whether any word of two letters or more is the reviewer's own. */
export const hasOwnWords = (text: string): boolean => /\p{L}[\p{M}'’]*\p{L}/u.test(ownText(text));

const isVowel = (c: number) => c === 97 || c === 101 || c === 105 || c === 111 || c === 117 || c === 121;
const isLetter = (c: number, text: string, i: number) =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c > 127 && /[\p{L}\p{M}]/u.test(text[i]!));

/** Letter pairs every keyboard run has and words almost never do: without one, no word needs the slow check. */
const KEYBOARD_PAIR = /qw|wq|sd|ds|df|fd|fg|gf|hj|jh|jk|kj|kl|lk|zx|xz|xc|cx|cv|vc|vb|bv|bn|nb/i;
const KEYBOARD_RUNS = new Set(
  ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'].flatMap((row) =>
    [row, [...row].reverse().join('')].flatMap((r) => Array.from({ length: r.length - 4 }, (_, i) => r.slice(i, i + 5))),
  ),
);

/** A word no language spells: no vowel in five letters, six consonants in a row, or five keys in a keyboard row. */
function implausible(word: string): boolean {
  const w = word.toLowerCase();
  if (!/[aeiouy]/.test(w) || /[^aeiouy]{6}/.test(w)) return true;
  for (let i = 0; i + 5 <= w.length; i++) if (KEYBOARD_RUNS.has(w.slice(i, i + 5))) return true;
  return false;
}

export function textShape(input: string): TextShape {
  const text = ownText(input);
  const shape: TextShape = {
    upper: 0,
    lower: 0,
    characterRuns: 0,
    words: 0,
    longestWordRun: 0,
    commonestWord: 0,
    latinWords: 0,
    implausibleWords: 0,
    longestWord: 0,
  };
  const keys: number[] = [];
  let vowels = 0;
  let letters = 0;
  let run = 1;
  let wordRun = 0;
  let previousKey = -1;
  const n = text.length;
  for (let i = 0; i < n;) {
    const c = text.charCodeAt(i);
    if (!isLetter(c, text, i)) {
      run = i > 0 && c === text.charCodeAt(i - 1) && c > 32 ? run + 1 : 1;
      if (run === 6) shape.characterRuns++;
      i++;
      continue;
    }
    // One word, with its hash for the repetition rules.
    let hash = 0;
    let length = 0;
    let previous = 0;
    let letterRun = 1;
    for (; i < n; i++) {
      let ch = text.charCodeAt(i);
      if (ch === 39 || ch === 8217) {
        if (length > 0 && i + 1 < n && isLetter(text.charCodeAt(i + 1), text, i + 1)) continue;
        break;
      }
      if (ch >= 65 && ch <= 90) {
        shape.upper++;
        ch |= 32;
      } else if (ch >= 97 && ch <= 122) shape.lower++;
      else if (ch > 127 && isLetter(ch, text, i)) {
        const s = text[i]!;
        if (s !== s.toLowerCase()) shape.upper++;
        else if (s !== s.toUpperCase()) shape.lower++;
      } else break;
      if (isVowel(ch)) vowels++;
      letterRun = ch === previous ? letterRun + 1 : 1;
      if (letterRun === 6) shape.characterRuns++;
      previous = ch;
      hash = (Math.imul(hash, 31) + ch) | 0;
      length++;
    }
    run = 1;
    letters += length;
    if (length > shape.longestWord) shape.longestWord = length;
    if (length < 2) continue;
    shape.words++;
    const key = (hash * 64 + Math.min(length, 63)) | 0;
    wordRun = key === previousKey ? wordRun + 1 : 1;
    previousKey = key;
    if (wordRun > shape.longestWordRun) shape.longestWordRun = wordRun;
    if (length >= 4) keys.push(key);
  }
  shape.commonestWord = commonest(keys);
  // Keyboard mashing and consonant strings are rare: look at single words only when the text hints at them.
  if (letters >= 15 && (vowels / letters < 0.3 || KEYBOARD_PAIR.test(text))) {
    for (const word of text.match(/\b[A-Za-z]{5,}\b/g) ?? []) {
      shape.latinWords++;
      if (implausible(word)) shape.implausibleWords++;
    }
  }
  return shape;
}

/** How often the commonest value comes; sorting numbers makes no strings and no map. */
function commonest(keys: number[]): number {
  if (keys.length === 0) return 0;
  const sorted = Int32Array.from(keys).sort();
  let best = 1;
  let count = 1;
  for (let i = 1; i < sorted.length; i++) {
    count = sorted[i] === sorted[i - 1] ? count + 1 : 1;
    if (count > best) best = count;
  }
  return best;
}

export const isShouting = (s: TextShape) => s.upper + s.lower >= 20 && s.upper / (s.upper + s.lower) >= 0.7;

/** The same word four times in a row, or one word making up a third of a longer text. */
export const hasRepeatedWords = (s: TextShape) => s.longestWordRun >= 4 || (s.words >= 10 && s.commonestWord >= s.words * 0.3);

/** Mostly words no language spells, or one long run of letters with no spaces. */
export const isGibberish = (s: TextShape) =>
  s.longestWord >= 30 || (s.implausibleWords >= 3 && s.implausibleWords / Math.max(s.latinWords, 1) >= 0.4);
