// A strong word broken by one space ("fu ck", "sh it", "as shole"): masked when the joined letters are a strong
// lexicon word and the halves are not both ordinary words ("pen is", "push it", "as shown" stay).
import { isLexiconPrefix, LONGEST_ENTRY, type MaskKind } from './lexicon';
import { isOrdinaryWord } from './ordinary-words';

export interface BrokenWord {
  start: number;
  end: number;
  word: string;
  kind: MaskKind;
}

/** Two runs of letters, one space apart; the second is only looked at, so every pair is seen. */
const PAIR = /(?<![\p{L}\p{N}'’@#&])(\p{L}{1,16}) (?=(\p{L}{1,16})(?![\p{L}\p{N}'’@]))/gu;
/** The strong words worth joining; milder lexicon words split in two are too often two real words. */
const STRONG = /fuck|fvck|phuck|fuk|shit|cunt|bitch|assh|arseh|bastard|wank|twat|dick|cock|puss|whore|slut|piss|prick|bollo|nigg|fagg/;

const caseFits = (a: string, b: string) =>
  /^\p{Ll}+$/u.test(a + b) || /^\p{Lu}+$/u.test(a + b) || (/^\p{Lu}\p{Ll}+$/u.test(a) && /^\p{Ll}+$/u.test(b));

export function findBrokenWords(text: string, lookup: (word: string) => MaskKind | undefined): BrokenWord[] {
  const out: BrokenWord[] = [];
  for (const m of text.matchAll(PAIR)) {
    const [, a, b] = m as unknown as [string, string, string];
    const joined = (a + b).toLowerCase();
    if (joined.length < 4 || joined.length > LONGEST_ENTRY || !isLexiconPrefix(a.toLowerCase()) || !STRONG.test(joined)) continue;
    // A single capital is an initial ("Mr S hit the ball"); both halves ordinary words is two words, and so is a
    // plural before one ("the bulls hit", "dogs hit").
    if (!caseFits(a, b) || (a.length === 1 && a !== a.toLowerCase()) || (isOrdinaryWord(a) && isOrdinaryWord(b))) continue;
    if (a.length > 2 && /s$/i.test(a) && isOrdinaryWord(b)) continue;
    // A name and an ordinary word ("Twatt in Orkney") are two words; so is a half that is already masked.
    if ((/^\p{Lu}\p{Ll}/u.test(a) && isOrdinaryWord(b)) || lookup(a) || lookup(b)) continue;
    const kind = lookup(joined);
    if (kind) out.push({ start: m.index, end: m.index + a.length + 1 + b.length, word: a + b, kind });
  }
  return out;
}
