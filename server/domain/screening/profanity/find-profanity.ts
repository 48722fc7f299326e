// Finds the words to soft-mask in a text: each word looked up in the lexicon (disguises decoded), letters
// spaced out ("f u c k"), and obscenity's matches widened to whole words. Links, names (Dick Van Dyke) and
// innocent phrases (magna cum laude) stay as written.
import { findBrokenWords } from './broken-words';
import { findGluedWords } from './glued-words';
import { isLexiconPrefix, LONGEST_ENTRY, lookupWord, mayBeInLexicon, mayBeWord, type MaskKind } from './lexicon';
import { findObscenity, type ObscenityHit } from './obscenity-matcher';
import { collapseRuns, firstLetter, LEET_LETTERS, plainLetters, WILDCARDS } from './skeleton';
import { ALSO_NAMES, INNOCENT_PHRASES, NOT_PROFANE, ROOTS } from './word-lists';

export interface Mask {
  start: number;
  end: number;
  kind: MaskKind;
  replacement: string;
}

/** A whitespace-separated word with its surrounding quotes and punctuation trimmed. */
interface Chunk {
  start: number;
  end: number;
  word: string;
  /** The word ends its sentence ("Dick." is not the first half of a name). */
  endsSentence: boolean;
}

const OPENERS = '("\'“‘«[{<¿¡';
const CLOSERS = ')"\'”’»]}>.,;:!?…';
/** Bounded as hostnames are (labels of at most 63 characters), so a 5,000-letter word is read in linear time. */
const LINK_LIKE = /:\/\/|^www\.|@\S{0,253}\.|[\p{L}\d-]{2,63}\.(?:[a-z]{2,63}\.){0,8}[a-z]{2,24}(?:[/:?#]|$)/iu;
/** A model or product code, not a disguised word: A55, S24, G7. */
const CODE_LIKE = /^[A-Z]{1,3}\d+[A-Z]?$/;
/** Three or more single characters in a row, spaced or dotted: "f u c k", "s.h.i.t". */
const SPACED = /(?<![\p{L}\p{N}@$!*])[\p{L}\p{N}@$!*](?:[ ._-]{1,3}[\p{L}\p{N}@$!*](?![\p{L}\p{N}])){2,}/gu;

const ANY_START = new Set(['', ...Object.values(ROOTS).flatMap((r) => r.starts)]);
const ANY_ENDING = new Set(['', ...Object.values(ROOTS).flatMap((r) => r.endings)]);
const longest = (words: Iterable<string>) => Math.max(...[...words].map((w) => w.length));
const LONGEST_AFFIX = longest(ANY_START) + longest(ANY_ENDING) + 2;

const isSpace = (c: number) => c <= 32;
const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** The chunk whose untrimmed extent is [from, to). */
function chunk(text: string, from: number, to: number): Chunk | undefined {
  let start = from;
  let end = to;
  while (start < end && OPENERS.includes(text[start]!)) start++;
  while (end > start && CLOSERS.includes(text[end - 1]!)) end--;
  if (end === start) return undefined;
  const last = text.charCodeAt(to - 1);
  return { start, end, word: text.slice(start, end), endsSentence: last === 46 || last === 33 || last === 63 };
}

/** The chunk around `index`. */
function chunkAt(text: string, index: number): Chunk | undefined {
  let from = index;
  let to = index;
  while (from > 0 && !isSpace(text.charCodeAt(from - 1))) from--;
  while (to < text.length && !isSpace(text.charCodeAt(to))) to++;
  return chunk(text, from, to);
}

/** The chunk before (`step` -1) or after (+1) the whitespace around `c`. */
function neighbour(text: string, c: Chunk, step: -1 | 1): Chunk | undefined {
  let i = step < 0 ? c.start - 1 : c.end;
  while (i >= 0 && i < text.length && !isSpace(text.charCodeAt(i))) i += step;
  while (i >= 0 && i < text.length && isSpace(text.charCodeAt(i))) i += step;
  return i >= 0 && i < text.length ? chunkAt(text, i) : undefined;
}

const capitalised = (w: string) => /^\p{Lu}\p{Ll}/u.test(w);

/** "Dick Van Dyke", "Moby Dick", "Philip K. Dick": a capitalised neighbour in the same sentence makes it a name. */
function isName(text: string, c: Chunk, shouting: boolean): boolean {
  if (shouting || !ALSO_NAMES.has(c.word.toLowerCase().replace(/['’]s$/, '')) || !capitalised(c.word)) return false;
  let prev = neighbour(text, c, -1);
  // Initials: "Philip K. Dick".
  while (prev && /^\p{Lu}$/u.test(prev.word)) prev = neighbour(text, prev, -1);
  const next = neighbour(text, c, 1);
  const prevOk = prev !== undefined && !prev.endsSentence && capitalised(prev.word);
  const nextOk = next !== undefined && !c.endsSentence && /^\p{Lu}/u.test(next.word);
  return prevOk || nextOk;
}

const mask = (start: number, end: number, word: string, kind: MaskKind, readAs?: string): Mask => ({
  start,
  end,
  kind,
  replacement: `${firstLetter(word, readAs)}—`,
});

type Lookup = (word: string) => MaskKind | undefined;

/** lookupWord, remembering its answers for one text: a hostile text repeats one word thousands of times. */
function rememberingLookup(): Lookup {
  const seen = new Map<string, MaskKind | undefined>();
  return (word) => {
    if (seen.has(word)) return seen.get(word);
    const kind = lookupWord(word);
    seen.set(word, kind);
    return kind;
  };
}

function maskWord(c: Chunk, lookup: Lookup): Mask[] {
  const kind = lookup(c.word);
  if (kind) return [mask(c.start, c.end, c.word, kind)];
  if (!/[-/.,]|\p{Ll}\p{Lu}/u.test(c.word)) return [];
  // "piece-of-shit", "shit/crap", "FuckNetflix": the parts of a joined word.
  const masks: Mask[] = [];
  for (const p of c.word.matchAll(/[^-/.,\p{Lu}]{2,}|\p{Lu}[^-/.,\p{Lu}]+|\p{Lu}{2,}(?!\p{Ll})/gu)) {
    const partKind = lookup(p[0]);
    if (partKind) masks.push(mask(c.start + p.index, c.start + p.index + p[0].length, p[0], partKind));
  }
  return masks;
}

/** obscenity matched inside `c`: mask the whole word if what surrounds the match is a known start or ending. */
function acceptObscenity(c: Chunk, start: number, end: number): boolean {
  // Longer than a match with a known start and ending could make it (accents counted twice): rejected unread.
  if (c.end - c.start > 2 * (end - start + LONGEST_AFFIX)) return false;
  const word = c.word.replace(/['’]s$/, '');
  if (CODE_LIKE.test(word) || NOT_PROFANE.has(word.toLowerCase())) return false;
  const before = plainLetters(word.slice(0, Math.max(0, start - c.start))).replace(/[^a-z]/g, '');
  const after = plainLetters(word.slice(Math.max(0, end - c.start))).replace(/[^a-z]/g, '');
  // Plain words are the lexicon's to judge; obscenity adds only whole words and plurals.
  if (/^[A-Za-z'’]+$/.test(word)) return before === '' && ['', 's', 'es'].includes(after);
  return ANY_START.has(before) && ANY_ENDING.has(after);
}

interface Candidate extends Chunk {
  /** The lexicon should look it up. */
  lexicon: boolean;
  /** obscenity should see it: a word with a disguise (digits, symbols, other scripts, joiners) or a doubled letter. */
  obscenity: boolean;
}

/**
 * The words worth a look: one pass over the text that skips plain words no lexicon entry starts like, which is
 * most of them (this runs on every review). Plain words are the lexicon's to judge; obscenity, whose matcher costs
 * as much as everything else together, sees only the disguised words and those with a doubled letter, which its
 * duplicate-collapsing can read as a word ("ffuk", "shhit").
 */
function candidateChunks(text: string): Candidate[] {
  const out: Candidate[] = [];
  const n = text.length;
  for (let i = 0; i < n;) {
    while (i < n && isSpace(text.charCodeAt(i))) i++;
    const from = i;
    let letters = 0;
    let others = 0;
    let digits = 0;
    let doubled = false;
    let previous = 0;
    while (i < n && !isSpace(text.charCodeAt(i))) {
      const code = text.charCodeAt(i++);
      if (isAsciiLetter(code)) {
        letters++;
        if ((code | 32) === previous) doubled = true;
        previous = code | 32;
      } else if (code > 127) others++;
      else if (code >= 48 && code <= 57) digits++;
    }
    if (i === from) break;
    let end = i;
    let start = from;
    if (letters !== end - start) {
      while (end > from && CLOSERS.includes(text[end - 1]!)) end--;
      while (start < end && OPENERS.includes(text[start]!)) start++;
    }
    const plain = letters === end - start;
    const lexicon = !plain || mayBeInLexicon(text, start, end);
    const obscenity = !plain || (doubled && (lexicon || mayBeWord(collapseRuns(text.slice(start, end).toLowerCase()))));
    if (!lexicon && !obscenity) continue;
    // Numbers, prices, dates and lone symbols: no letters, and either a digit or too short to spell a word ("@$$").
    if (letters === 0 && (others === 0 || !/\p{L}/u.test(text.slice(start, end))) && (digits > 0 || end - start < 3)) continue;
    const c = chunk(text, from, i);
    if (c) out.push({ start: c.start, end: c.end, word: c.word, endsSentence: c.endsSentence, lexicon, obscenity });
  }
  return out;
}

export interface ProfanityOptions {
  /** Give obscenity the whole text rather than only the words that need it (for comparison and the benchmark). */
  obscenityOnWholeText?: boolean;
}

/** obscenity's hits in the candidate words it should see, at their places in `text`. */
function obscenityHits(text: string, candidates: Candidate[], options: ProfanityOptions): ObscenityHit[] {
  if (options.obscenityOnWholeText) return findObscenity(text);
  const words = candidates.filter((c) => c.obscenity);
  if (words.length === 0) return [];
  const offsets: number[] = [];
  let joined = '';
  for (const w of words) {
    offsets.push(joined.length);
    joined += `${w.word} `;
  }
  return findObscenity(joined).flatMap((hit) => {
    let k = offsets.length - 1;
    while (k > 0 && offsets[k]! > hit.start) k--;
    const shift = words[k]!.start - offsets[k]!;
    return hit.end - offsets[k]! <= words[k]!.word.length ? [{ ...hit, start: hit.start + shift, end: hit.end + shift }] : [];
  });
}

/** The candidate word holding `index` (candidates run in text order), found by halving. */
function candidateAt(candidates: readonly Candidate[], index: number): Candidate | undefined {
  let lo = 0;
  let hi = candidates.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = candidates[mid]!;
    if (index < c.start) hi = mid - 1;
    else if (index >= c.end) lo = mid + 1;
    else return c;
  }
  return undefined;
}

export function findProfanity(text: string, options: ProfanityOptions = {}): Mask[] {
  const shouting = !/\p{Ll}/u.test(text);
  let innocent: (readonly [number, number])[] | undefined;
  const inInnocentPhrase = (c: Chunk) => {
    innocent ??= [...text.matchAll(INNOCENT_PHRASES)].map((m) => [m.index, m.index + m[0].length] as const);
    return innocent.some(([s, e]) => c.start >= s && c.end <= e);
  };
  // Judged once per chunk: a long chunk may hold a thousand of obscenity's matches.
  const kept = new Map<number, boolean>();
  const keep = (c: Chunk) => {
    let k = kept.get(c.start);
    if (k === undefined) kept.set(c.start, (k = LINK_LIKE.test(c.word) || isName(text, c, shouting) || inInnocentPhrase(c)));
    return k;
  };
  const masks: Mask[] = [];
  const masked = new Set<number>();
  const lookup = rememberingLookup();

  const candidates = candidateChunks(text);
  let last: Chunk | undefined;
  /** The chunk holding `index`, read once however many matches fall in it. */
  const chunkAround = (index: number) => {
    if (last && index >= last.start && index < last.end) return last;
    const c = candidateAt(candidates, index) ?? chunkAt(text, index);
    if (c) last = c;
    return c;
  };
  for (const c of candidates) {
    if (!c.lexicon) continue;
    const found = maskWord(c, lookup);
    if (found.length && !keep(c)) {
      masks.push(...found);
      masked.add(c.start);
    }
  }
  for (const m of text.matchAll(SPACED)) {
    const found = spacedWord(m[0], lookup);
    if (found) masks.push(mask(m.index + found.start, m.index + found.end, found.word, found.kind));
  }
  for (const hit of obscenityHits(text, candidates, options)) {
    const c = chunkAround(hit.start);
    if (!c || masked.has(c.start) || hit.end > c.end || hit.start < c.start || keep(c) || !acceptObscenity(c, hit.start, hit.end)) continue;
    masks.push(mask(c.start, c.end, c.word, hit.kind, hit.start === c.start ? hit.word : undefined));
    masked.add(c.start);
  }
  for (const b of findBrokenWords(text, lookup)) {
    const c = chunkAround(b.start);
    if (!c || !inInnocentPhrase(c)) masks.push(mask(b.start, b.end, b.word, b.kind));
  }
  // Last: a run of letters already masked in part (camel case, a joined word) keeps those masks.
  // Glued runs come in text order: one walk over the masks so far finds any that overlap.
  const earlier = [...masks].sort((a, b) => a.start - b.start);
  let k = 0;
  for (const g of findGluedWords(text)) {
    while (k < earlier.length && earlier[k]!.end <= g.start) k++;
    const c = chunkAround(g.start);
    if ((k < earlier.length && earlier[k]!.start < g.end) || (c && keep(c))) continue;
    masks.push(mask(g.start, g.end, g.word, g.kind));
  }
  return withoutOverlaps(masks);
}

/**
 * The first and longest lexicon word spelled by consecutive characters of a spaced run ("f u c k", "$ h 1 t").
 * Reading from each character stops where its letters (decoded both ways) start no lexicon entry, and never goes
 * past the longest entry, so the cost grows with the run's length: a 5,000-character run takes milliseconds.
 */
function spacedWord(run: string, lookup: Lookup): { start: number; end: number; word: string; kind: MaskKind } | undefined {
  const chars = [...run.matchAll(/[^ ._-]/gu)];
  const letters = chars.map((c) => decodedLetters(c[0]));
  for (let a = 0; a + 3 <= chars.length; a++) {
    // People star out the middle of a word, not its first letter ("f * c k").
    if (letters[a]![0] === '*') continue;
    let word = '';
    let asI = '';
    let asL = '';
    let best: { end: number; word: string; kind: MaskKind } | undefined;
    for (let b = a; b < chars.length && b - a < LONGEST_ENTRY; b++) {
      const [i, l] = letters[b]!;
      word += chars[b]![0];
      asI += i;
      asL += l;
      const wild = i === '*';
      if (!wild && !isLexiconPrefix(asI) && !isLexiconPrefix(asL)) break;
      if (b - a < 2) continue;
      const kind = lookup(word);
      if (kind) best = { end: b, word, kind };
    }
    if (best) {
      const end = chars[best.end]!;
      return { start: chars[a]!.index, end: end.index + end[0].length, word: best.word, kind: best.kind };
    }
  }
  return undefined;
}

/** A spaced character as lexicon letters, with "1" read as i and as l; a wildcard stays "*". */
function decodedLetters(ch: string): readonly [string, string] {
  if (WILDCARDS.test(ch)) return ['*', '*'];
  const plain = plainLetters(ch);
  const leet = LEET_LETTERS[plain];
  return plain === '1' ? ['i', 'l'] : leet ? [leet, leet] : [plain, plain];
}

function withoutOverlaps(masks: Mask[]): Mask[] {
  const out: Mask[] = [];
  for (const m of masks.sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = out[out.length - 1];
    if (!last || m.start >= last.end) out.push(m);
  }
  return out;
}

export function applyMasks(text: string, masks: readonly Mask[]): string {
  let out = '';
  let at = 0;
  for (const m of masks) {
    out += text.slice(at, m.start) + m.replacement;
    at = m.end;
  }
  return out + text.slice(at);
}
