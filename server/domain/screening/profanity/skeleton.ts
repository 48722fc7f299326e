// One spelling for the many ways a word is disguised: case, look-alike Cyrillic and Greek letters, accents,
// leetspeak (b1tch, a$$), separators inside the word (f.u.c.k), stretched letters (shiiiit).

const LOOK_ALIKES: Record<string, string> = {
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  і: 'i',
  ї: 'i',
  ј: 'j',
  ѕ: 's',
  ԁ: 'd',
  ɡ: 'g',
  һ: 'h',
  ӏ: 'l',
  ԛ: 'q',
  ԝ: 'w',
  ү: 'y',
  ѵ: 'v',
  ɑ: 'a',
  α: 'a',
  β: 'b',
  γ: 'y',
  ε: 'e',
  η: 'n',
  ι: 'i',
  κ: 'k',
  μ: 'u',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  ω: 'w',
  ς: 's',
  ı: 'i',
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ß: 'ss',
  ᴀ: 'a',
  ʙ: 'b',
  ᴄ: 'c',
  ᴅ: 'd',
  ᴇ: 'e',
  ꜰ: 'f',
  ɢ: 'g',
  ʜ: 'h',
  ɪ: 'i',
  ᴊ: 'j',
  ᴋ: 'k',
  ʟ: 'l',
  ᴍ: 'm',
  ɴ: 'n',
  ᴏ: 'o',
  ᴘ: 'p',
  ǫ: 'q',
  ʀ: 'r',
  ꜱ: 's',
  ᴛ: 't',
  ᴜ: 'u',
  ᴠ: 'v',
  ᴡ: 'w',
  ʏ: 'y',
  ᴢ: 'z',
  ʃ: 's',
  ƒ: 'f',
  '¢': 'c',
  '©': 'c',
  '®': 'r',
  '€': 'e',
  ɩ: 'i',
  ʋ: 'u',
  ℓ: 'l',
  ϲ: 'c',
  ϳ: 'j',
  ԍ: 'g',
  ԑ: 'e',
  ս: 'u',
  օ: 'o',
  ց: 'g',
  հ: 'h',
  ո: 'n',
  ռ: 'n',
};
/** What a digit or symbol stands for in leetspeak ("1" is read as i, and as l where that spells the word). */
export const LEET_LETTERS: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '8': 'b',
  '9': 'g',
  '@': 'a',
  $: 's',
  '!': 'i',
  '+': 't',
  '|': 'l',
  '¡': 'i',
  '(': 'c',
  '<': 'c',
};
const LEET_CHARS = /[0134578@$!+|9¡(<]/;
/** Joiners people put inside a word: f.u.c.k, sh-it, f_u_c_k. Not apostrophes: "who're" is not a word to mask. */
const JOINERS = /[._\-`~^"]/g;
/** Characters standing for any letter: stars and the like, and an emoji in the middle of a word ("sh💩t"). */
export const WILDCARDS = /[*#%?•·]|\p{Extended_Pictographic}/u;

const deAccent = (s: string) => s.normalize('NFD').replace(/\p{M}+/gu, '');

/** Capitals that read as another Latin letter once lower-cased (Greek Eta "Η" is an H, its "η" an n). */
const CAPITAL_LOOK_ALIKES = /[ΗΝΡΒΥΜΖ]/g;
const CAPITAL_LETTER: Record<string, string> = { Η: 'h', Ν: 'n', Ρ: 'p', Β: 'b', Υ: 'y', Μ: 'm', Ζ: 'z' };

/** Lower case, look-alikes and accents resolved; ASCII words return as they are. */
export function plainLetters(word: string): string {
  // eslint-disable-next-line no-control-regex -- the range is all of ASCII, controls included
  if (/^[\x00-\x7f]*$/.test(word)) return word.toLowerCase();
  const lower = word.replace(CAPITAL_LOOK_ALIKES, (c) => CAPITAL_LETTER[c]!).toLowerCase();
  let out = '';
  for (const ch of deAccent(lower)) out += LOOK_ALIKES[ch] ?? ch;
  return out;
}

/** Runs of 3+ of a letter shortened to `keep`: "shiiiit" → "shit" (1), "asssss" → "ass" (2). */
export const shortenRuns = (s: string, keep: 1 | 2) => s.replace(/(.)\1{2,}/g, keep === 1 ? '$1' : '$1$1');
/** Every run of a letter shortened to one: "shiit" → "shit". */
export const collapseRuns = (s: string) => s.replace(/(.)\1+/g, '$1');

/**
 * The spellings of a word to look up: the word itself and, when it carries disguise, its decoded forms.
 * `word` has its surrounding punctuation already trimmed.
 */
export function spellings(word: string, stretched = true): string[] {
  const base = plainLetters(word).replace(/['’]s$/, '');
  // Cyrillic "у" is a y to the eye, and a u to those who write "сунт" for the sound.
  const asU = /[уУ]/.test(word) ? [plainLetters(word.replace(/[уУ]/g, 'u')).replace(/['’]s$/, '')] : [];
  if (/^[a-z]+$/.test(base) && !/(.)\1\1/.test(base) && asU.length === 0) return [base];
  const out = new Set<string>([base, ...asU]);
  // Leetspeak, but not in numbers or model codes such as "A55" or "S24".
  // Digits count as letters only when they touch a letter ("sh1t", "5hit"), not in "NW-4-7" or "3/14".
  const leetable =
    LEET_CHARS.test(base) && !/^[a-z]{1,3}\d+$/.test(base) && (/[a-z][\d@$!+|¡(<]|[\d@$!+|¡(<][a-z]/.test(base) || /^[@$!+|]+$/.test(base));
  // "1" is i or l; a doubled "11" is "ll" beside a single "1" read as i ("8u11sh1t").
  const forms = leetable ? [base, decodeLeet(base, 'i'), decodeLeet(base, 'l'), decodeLeet(base.replace(/11/g, 'll'), 'i')] : [base];
  for (const form of forms) {
    const joined = form.replace(JOINERS, '');
    out.add(joined);
    if (stretched && /(.)\1\1/.test(joined)) {
      out.add(shortenRuns(joined, 1));
      out.add(shortenRuns(joined, 2));
    }
  }
  return [...out];
}

function decodeLeet(s: string, one: 'i' | 'l'): string {
  let out = '';
  for (const ch of s) out += ch === '1' || ch === '|' ? one : (LEET_LETTERS[ch] ?? ch);
  return out;
}

/**
 * The first letter of a word as it is read, as a mask shows it: "$hit" and "5hit" → "s", "Ѕhit" → "S",
 * "phuck" → "f". `readAs` is the lexicon spelling the word was found as, for glyphs no table here knows ("Ꮪhit").
 */
export function firstLetter(word: string, readAs?: string): string {
  const first = [...word][0] ?? '';
  const plain = plainLetters(first);
  let letter = LEET_LETTERS[plain] ?? plain;
  if (/^ph[uv]/i.test(word)) letter = 'f';
  else if (!/^[a-z]$/.test(letter) && readAs && /^[a-z]/.test(readAs)) letter = readAs[0]!;
  else if (!/^[a-z]$/.test(letter)) return first;
  const upper = /\p{Lu}/u.test(first) || (!/\p{L}/u.test(first) && /^.\P{Ll}*\p{Lu}\P{Ll}*$/u.test(word));
  return upper ? letter.toUpperCase() : letter;
}

/**
 * Single characters joined by one repeated separator, "f/u/c/k", "f*u*c*k", "s,h,i,t", "$.h.1.t": the characters
 * alone. Undefined for any other word.
 */
export function joinedLetters(word: string): string | undefined {
  const chars = [...word];
  if (chars.length < 5 || chars.length % 2 === 0) return undefined;
  const sep = chars[1]!;
  if (/[\p{L}\p{N}@$!\s]/u.test(sep)) return undefined;
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    if (i % 2 === 1 ? chars[i] !== sep : chars[i] === sep || /\s/.test(chars[i]!)) return undefined;
    if (i % 2 === 0) out += chars[i];
  }
  return out;
}
