// A strong swear word glued inside a longer run of letters ("absofuckinglutely", "fuckingnetflix", "totalshitshow"):
// the whole run is masked. Only roots that no ordinary word holds, with guards for the real words that do.
import type { MaskKind } from './lexicon';

export interface GluedWord {
  start: number;
  end: number;
  word: string;
  kind: MaskKind;
}

/** "twat" is in "saltwater", "cock" in "peacock", "dick" in "Dickens": those roots are left to the lexicon. */
const GLUED = /f[uv]ck|phuck|cunt|shit|bitch|whore|nigg(?:er|a)|cocksuck|dickhead|asshole|arsehole|bollocks|wanker|jizz/gi;
/**
 * Real words and names holding a glued root ("Scunthorpe", "mishit", "shittah", "Libshitz", "sniggered",
 * "swankers"), and "sh" ending a word before a final "it" ("pushit", "finishit").
 */
const HOLDERS = /scunth|mishit|[aeiou]shit$|shit+(?:ake|ah|im)|shitz|snigg|niggard|swank/;
/** Roots masked at the start of a capitalised run too; the others start place names (Shitterton, Cuntis, Bitche). */
const NAME_SAFE = /^(?:f[uv]ck|phuck|cocksuck|nigg)/i;
const isLetter = (ch: string) => /\p{L}/u.test(ch);

export function findGluedWords(text: string): GluedWord[] {
  const out: GluedWord[] = [];
  let runEnd = -1;
  for (const m of text.matchAll(GLUED)) {
    // A run is read once, however many roots it repeats: the pass stays linear.
    if (m.index < runEnd) continue;
    let start = m.index;
    let end = m.index + m[0].length;
    while (start > 0 && isLetter(text[start - 1]!)) start--;
    while (end < text.length && isLetter(text[end]!)) end++;
    runEnd = end;
    const word = text.slice(start, end);
    if (HOLDERS.test(word.toLowerCase())) continue;
    // A capitalised run is a name when it starts with the root or the root runs on into a vowel ("Matsushita").
    const inside = m.index > start && !/[aeiouy]/i.test(text[m.index + m[0].length] ?? '');
    if (/^\p{Lu}\P{Lu}*\p{Ll}/u.test(word) && !NAME_SAFE.test(m[0]) && !inside) continue;
    out.push({ start, end, word, kind: /^nigg/i.test(m[0]) ? 'slur' : 'profanity' });
  }
  return out;
}
