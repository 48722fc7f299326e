// The lexicon: every masked spelling in one Set, built once, so judging a word is a few lookups. bad-words'
// own isProfane/clean rebuild a regular expression per list word on every call (about 11 reviews/s at 600
// characters); its word list through a Set costs next to nothing.
import { Filter } from 'bad-words';
import { isOrdinaryWord } from './ordinary-words';
import { joinedLetters, LEET_LETTERS, spellings, WILDCARDS } from './skeleton';
import { SOUND_ALIKE_ROOTS, soundAlikes } from './sound-alikes';
import { EXTRA_PROFANITY, NOT_PROFANE, ROOTS, SLURS, STRETCHABLE } from './word-lists';

export type MaskKind = 'profanity' | 'slur';

const LEXICON = new Map<string, MaskKind>();
/** Spellings without double letters, looked up once a word's doubled vowels are collapsed ("shiit", "fuuck"). */
const COLLAPSED = new Map<string, MaskKind>();
const collapseVowels = (s: string) => s.replace(/([aeiou])\1+/g, '$1');

function add(word: string, kind: MaskKind) {
  for (const spelling of spellings(word, false)) {
    if (NOT_PROFANE.has(spelling) || !/^[a-z]+$/.test(spelling) || LEXICON.get(spelling) === 'slur') continue;
    LEXICON.set(spelling, kind);
  }
}

/** "shit" + "y" → "shitty" as well as "shity". */
function joinings(start: string, root: string, ending: string): string[] {
  const stem = start.replace(/-/g, '') + root;
  const plain = stem + ending;
  const last = root[root.length - 1]!;
  const doubles = /^[aeiouy]/.test(ending) && /[bdgklmnprtz]/.test(last) && !/(.)\1$/.test(root) && !/[aeiou]{2}.$/.test(root);
  return doubles ? [plain, stem + last + ending] : [plain];
}

for (const raw of new Filter().list) {
  const word = raw.toLowerCase().replace(/[\s;*(]+/g, '');
  if (!word || NOT_PROFANE.has(raw.toLowerCase())) continue;
  add(word, SLURS.has(word) ? 'slur' : 'profanity');
}
const SOUND_ALIKE_STARTS = new Set(['', 'mother', 'motha', 'mutha', 'muther']);
for (const [root, { starts, endings }] of Object.entries(ROOTS)) {
  const soundAlike = SOUND_ALIKE_ROOTS.includes(root);
  for (const start of ['', ...starts])
    for (const ending of ['', ...endings])
      for (const w of joinings(start, root, ending)) {
        add(w, 'profanity');
        if (soundAlike && SOUND_ALIKE_STARTS.has(start)) for (const v of soundAlikes(w)) add(v, 'profanity');
      }
}
for (const w of EXTRA_PROFANITY) for (const v of [w, ...soundAlikes(w)]) add(v, 'profanity');
for (const w of SLURS) {
  for (const form of [w, `${w}s`]) {
    LEXICON.set(form, 'slur');
  }
}
// Only the strong roots: other words collide with ordinary ones once collapsed ("shiite" → "shite", "woop" → "wop").
for (const word of STRETCHABLE) COLLAPSED.set(word, 'profanity');

/** Which four-letter starts plain entries have, and which three-letter entries exist: most words of a review are
 * neither, and need no lookup at all. */
const STARTS = new Uint8Array(26 ** 4);
const SHORT = new Set<string>();
const letter = (c: number) => (c | 32) - 97;
const startIndex = (text: string, at: number) =>
  ((letter(text.charCodeAt(at)) * 26 + letter(text.charCodeAt(at + 1))) * 26 + letter(text.charCodeAt(at + 2))) * 26 +
  letter(text.charCodeAt(at + 3));
for (const word of [...LEXICON.keys(), ...COLLAPSED.keys()]) {
  if (word.length >= 4) STARTS[startIndex(word, 0)] = 1;
  else SHORT.add(word);
}

const isVowel = (c: number) => c === 97 || c === 101 || c === 105 || c === 111 || c === 117;

/**
 * For `text[start, end)` made of ASCII letters only: could the lexicon hold it? A stretched start (a doubled vowel
 * or a tripled letter: "fuuuck", "shiiit") is always looked up, as stretching changes how a word starts.
 */
export function mayBeInLexicon(text: string, start: number, end: number): boolean {
  const length = end - start;
  if (length <= 2) return false;
  const a = text.charCodeAt(start) | 32;
  const b = text.charCodeAt(start + 1) | 32;
  const c = text.charCodeAt(start + 2) | 32;
  const d = length > 3 ? text.charCodeAt(start + 3) | 32 : 0;
  const e = length > 4 ? text.charCodeAt(start + 4) | 32 : 0;
  if ((a === b && (isVowel(a) || b === c)) || (b === c && (isVowel(b) || c === d)) || (c === d && (isVowel(c) || d === e))) return true;
  if (length === 3) return SHORT.has(text.slice(start, end).toLowerCase());
  return STARTS[startIndex(text, start)] === 1;
}

/** mayBeInLexicon for a whole lower-case word of ASCII letters. */
export const mayBeWord = (word: string): boolean => mayBeInLexicon(word, 0, word.length);

/** The lexicon's size, for the benchmark's note. */
export const LEXICON_SIZE = LEXICON.size;

/** The longest spelling in the lexicon: no run of letters longer than this can be one word of it. */
export const LONGEST_ENTRY = Math.max(...[...LEXICON.keys(), ...COLLAPSED.keys()].map((w) => w.length));

/** The strong roots: a milder word split in two or with a symbol inside is too often an ordinary one ("p@ss"). */
const STRONG_ROOT = /f[uv]ck|phuck|fuk|shit|cunt|bitch|ass|arse|bastard|wank|twat|dick|cock|puss|whore|slut|piss|prick|bollo|nigg|fag/;

/** Every proper start of a strong spelling ("f", "fu", "fuc"), for a word broken by a space ("fu ck"). */
const STRONG_PREFIXES = new Set<string>();
for (const word of LEXICON.keys()) {
  if (word.length >= 4 && STRONG_ROOT.test(word)) for (let i = 1; i < word.length; i++) STRONG_PREFIXES.add(word.slice(0, i));
}
export const isStrongPrefix = (letters: string): boolean => STRONG_PREFIXES.has(letters);

/** Every start of a spelling in the lexicon ("f", "fu", "fuc"…), to stop reading letters that can lead nowhere. */
const PREFIXES = new Set<string>();
for (const word of [...LEXICON.keys(), ...COLLAPSED.keys()]) for (let i = 1; i <= word.length; i++) PREFIXES.add(word.slice(0, i));
export const isLexiconPrefix = (letters: string): boolean => PREFIXES.has(letters);

const PLAIN = /^[a-z]+$/;
const NEEDS_DECODING = /(.)\1\1|([aeiou])\2/;

export function lookupWord(word: string): MaskKind | undefined {
  // Most words are plain lower-case letters: one lookup decides them.
  const lower = word.toLowerCase();
  // Letters joined by dots, dashes or apostrophes ("follow-ups", "f.u.c.k"): the letters alone decide.
  const letters = PLAIN.test(lower) ? lower : /^[a-z][a-z.\-_]*(?:['’]s)?$/.test(lower) ? lower.replace(/['’]s$|[.\-_]/g, '') : undefined;
  if (letters !== undefined) {
    const kind = LEXICON.get(letters);
    if (kind || !NEEDS_DECODING.test(letters)) return kind;
  }
  const joined = joinedLetters(word) ?? joinedGroups(lower);
  if (joined !== undefined) {
    const kind = lookupWord(joined);
    if (kind) return kind;
  }
  for (const spelling of spellings(word)) {
    // Only doubled vowels: a doubled consonant is how real names are spelled ("Twatt" in Orkney).
    const kind = LEXICON.get(spelling) ?? (/([aeiou])\1/.test(spelling) ? COLLAPSED.get(collapseVowels(spelling)) : undefined);
    if (kind) return kind;
  }
  return WILDCARDS.test(word) ? matchWildcards(word) : matchSymbolInside(lower);
}

/** Strong spellings a symbol inside a word may stand in: milder words collide with ordinary ones ("p@ss"). */
const STRONG_SPELLINGS = [...LEXICON].filter(([w]) => w.length >= 4 && w.length <= 14 && STRONG_ROOT.test(w));
const SYMBOL_INSIDE = /^[a-z]+(?:[@#%^&~+=!$?¡][a-z]+){1,2}$/;

/** A symbol for one letter inside a word ("p@ssy", "d^ckhead", "wh$re"), unless its leetspeak reading is an ordinary word. */
function matchSymbolInside(lower: string): MaskKind | undefined {
  if (lower.length < 4 || !SYMBOL_INSIDE.test(lower) || spellings(lower).some(isOrdinaryWord)) return undefined;
  const re = new RegExp(`^${lower.replace(/[^a-z]/g, '.')}$`);
  return STRONG_SPELLINGS.find(([w]) => re.test(w))?.[1];
}

/** "fu/ck", "sh|it", "c,u,n,t": letter groups split by a slash, bar, plus, colon, comma or tilde; not "he/she". */
function joinedGroups(lower: string): string | undefined {
  if (!/^[a-z]+(?:[/|+:,;~=][a-z]+)+$/.test(lower)) return undefined;
  const groups = lower.split(/[/|+:,;~=]/);
  return groups.every(isOrdinaryWord) ? undefined : groups.join('');
}

/** Strong words people star out: "f*ck", "sh**", "a**hole", "n****r". */
const STARRED = [...LEXICON].filter(([w]) => w.length >= 3 && w.length <= 14);
const escapeRegExp = (c: string) => c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** A starred word, its other characters read as leetspeak ("$#1t", "m0th3rf*cker"): at least two of them known. */
function matchWildcards(word: string): MaskKind | undefined {
  const letters = word.toLowerCase().replace(/[._\-'’]/g, '');
  if (!/^[a-z@$!0-9]/.test(letters) || letters.length > 16) return undefined;
  let known = 0;
  const read = (c: string) => {
    const letter = c === '1' ? '[il]' : /[a-z]/.test(c) ? c : LEET_LETTERS[c];
    if (!letter) return escapeRegExp(c);
    known++;
    return letter;
  };
  const source = letters
    .split(/((?:[*#%?•·]|\p{Extended_Pictographic})+)/u)
    .map((part, i) => {
      if (i % 2 === 0) return [...part].map(read).join('');
      const stars = [...part].length;
      return `[a-z]{${Math.max(1, stars - 1)},${stars + 1}}`;
    })
    .join('');
  if (known < 2) return undefined;
  const re = new RegExp(`^${source}$`);
  const hit = STARRED.find(([w]) => re.test(w));
  return hit?.[1];
}
