// A first look that builds no strings: whether a text has any word a threat turns on, or a word spelled to hide one.
// Most reviews have neither, and then the word-by-word reading is skipped.
import { ACT_WORDS } from './lexicon';
import { MENACE_WORDS } from './menace';
import { PHRASE_WORDS } from './phrases';

const hashOf = (word: string) => {
  let h = 0;
  for (let i = 0; i < word.length; i++) h = (Math.imul(h, 31) + word.charCodeAt(i)) | 0;
  return h;
};
/** Two key words common in reviews count only beside the word that makes them a threat: "end you", "be waiting". */
const END = hashOf('end');
const WAITING = hashOf('waiting');
const BE = hashOf('be');
const AFTER_END = new Set('you u him her them every all those these that your ur their his to everyone everybody'.split(' ').map(hashOf));
const KEY_HASHES = new Set([...ACT_WORDS, ...PHRASE_WORDS, ...MENACE_WORDS].filter((w) => w !== 'end' && w !== 'waiting').map(hashOf));

const isLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
/** Digits and symbols that stand in for letters inside a word ("k1ll", "st@b", "k!ll", "h*rt", "$hoot"). */
const isStandIn = (c: number) => (c >= 48 && c <= 57) || c === 64 || c === 36 || c === 33 || c === 124 || c === 42 || c === 43;

/** Whether the text may hold a threat: a key word, a stand-in between or before letters, a stretched or foreign letter. */
export function mayThreaten(text: string): boolean {
  let hash = 0;
  let length = 0;
  let previous = 0;
  let run = 0;
  /** A stand-in seen since the last letter, or right before this word. */
  let standIn = false;
  let last = 0;
  for (let i = 0, n = text.length; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 32;
    if (isLetter(c) || c === 39 || c === 8217) {
      if (standIn) return true;
      const lower = c === 8217 ? 39 : c <= 90 && c >= 65 ? c | 32 : c;
      run = lower === previous ? run + 1 : 1;
      if (run >= 3 && lower !== 39) return true;
      previous = lower;
      hash = (Math.imul(hash, 31) + lower) | 0;
      length++;
      continue;
    }
    if (c > 127 && /\p{L}/u.test(text[i]!)) return true;
    if (length > 0) {
      if (KEY_HASHES.has(hash) || (last === END && AFTER_END.has(hash)) || (hash === WAITING && last === BE)) return true;
      last = hash;
    }
    // A stand-in counts only when a letter follows: "k1ll" and "$hoot", not "4K" or "A55".
    standIn = isStandIn(c) && (length > 0 || c === 64 || c === 36 || standIn);
    hash = 0;
    length = standIn ? length : 0;
    previous = 0;
    run = 0;
  }
  return false;
}
