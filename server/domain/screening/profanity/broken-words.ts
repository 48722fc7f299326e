// A strong word broken by one space ("fu ck", "sh it", "as shole"): masked when the joined letters are a strong
// lexicon word and the halves are not both ordinary words ("pen is", "push it", "as shown" stay).
import { isStrongPrefix, LONGEST_ENTRY, type MaskKind } from './lexicon';
import { isOrdinaryWord } from './ordinary-words';

export interface BrokenWord {
  start: number;
  end: number;
  word: string;
  kind: MaskKind;
}

/** The strong words worth joining; milder lexicon words split in two are too often two real words. */
const STRONG = /fuck|fvck|phuck|fuk|shit|cunt|bitch|assh|arseh|bastard|wank|twat|dick|cock|puss|whore|slut|piss|prick|bollo|nigg|fagg/;
/** Before the first half: not a letter, digit, apostrophe ("it's hit") or handle sign. */
const JOINED_BEFORE = /[\p{L}\p{N}'’@#&]/u;
/** After the second half: not a letter, digit, apostrophe ("sh it's") or at sign. */
const JOINED_AFTER = /[\p{L}\p{N}'’@]/u;

/** Adjacent letter pairs inside the strong words: a space can only split one of them between such a pair. */
const ROOT_PAIRS = new Uint8Array(26 * 26);
for (const w of `fuck fucking fucker fucked fvck phuck fuk shit shitty shite cunt bitch bitches asshole arsehole bastard wanker
  twat dick dickhead cock cocksucker pussy whore slut piss pissed prick bollocks nigger nigga faggot motherfucker bullshit`.split(/\s+/)) {
  for (let i = 0; i + 1 < w.length; i++) ROOT_PAIRS[(w.charCodeAt(i) - 97) * 26 + w.charCodeAt(i + 1) - 97] = 1;
}
/** Could the letters at `i` and `i + 2` (a space between) be two halves of one strong word? Non-ASCII letters may be. */
function mayJoin(text: string, i: number): boolean {
  const a = text.charCodeAt(i) | 32;
  const b = text.charCodeAt(i + 2) | 32;
  if (a < 97 || a > 122 || b < 97 || b > 122) return a > 127 || b > 127;
  return ROOT_PAIRS[(a - 97) * 26 + b - 97] === 1;
}

const isLetterAt = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return ((c | 32) >= 97 && (c | 32) <= 122) || (c > 127 && /\p{L}/u.test(text[i]!));
};

const caseFits = (a: string, b: string) =>
  /^\p{Ll}+$/u.test(a + b) || /^\p{Lu}+$/u.test(a + b) || (/^\p{Lu}\p{Ll}+$/u.test(a) && /^\p{Ll}+$/u.test(b));

/**
 * One pass over the spaces of the text: the word before each space is read back from it, and only a word that
 * starts a strong spelling ("fu", "sh", "as") goes further, so a review's ordinary words cost a Set lookup each.
 */
export function findBrokenWords(text: string, lookup: (word: string) => MaskKind | undefined): BrokenWord[] {
  const out: BrokenWord[] = [];
  for (let space = text.indexOf(' '); space !== -1; space = text.indexOf(' ', space + 1)) {
    if (space === 0 || space + 1 >= text.length || !mayJoin(text, space - 1)) continue;
    let start = space;
    while (start > 0 && space - start <= 16 && isLetterAt(text, start - 1)) start--;
    if (start === space || space - start > 16 || (start > 0 && JOINED_BEFORE.test(text[start - 1]!))) continue;
    const a = text.slice(start, space);
    if (!isStrongPrefix(a.toLowerCase()) && !/f[uv]?$/i.test(a)) continue;
    let end = space + 1;
    while (end < text.length && end - space <= 17 && isLetterAt(text, end)) end++;
    if (end === space + 1 || end - space > 17 || (end < text.length && JOINED_AFTER.test(text[end]!))) continue;
    const b = text.slice(space + 1, end);
    const joined = (a + b).toLowerCase();
    // "thef uck", "myfu cking": no word starts "uck" or "ck", so an f-word split there is one even inside a longer run.
    if (/(?:f|ph)$/i.test(a) ? /^uck/i.test(b) : /f[uv]$/i.test(a) && /^ck/i.test(b)) {
      if (caseFits(a, b)) out.push({ start, end, word: a + b, kind: 'profanity' });
      continue;
    }
    if (joined.length < 4 || joined.length > LONGEST_ENTRY || !STRONG.test(joined)) continue;
    // A single capital is an initial ("Mr S hit the ball"); both halves ordinary words is two words, and so is a
    // plural before one ("the bulls hit", "dogs hit").
    if (!caseFits(a, b) || (a.length === 1 && a !== a.toLowerCase()) || (isOrdinaryWord(a) && isOrdinaryWord(b))) continue;
    if (a.length > 2 && /s$/i.test(a) && isOrdinaryWord(b)) continue;
    // A name and an ordinary word ("Twatt in Orkney") are two words; so is a half that is already masked.
    if ((/^\p{Lu}\p{Ll}/u.test(a) && isOrdinaryWord(b)) || lookup(a) || lookup(b)) continue;
    const kind = lookup(joined);
    if (kind) out.push({ start, end, word: a + b, kind });
  }
  return out;
}
