// What comes before an act of violence in its clause: the writer's intent ("I'll", "gonna"), a wish ("I hope"), a
// call on someone ("someone should"), or an order at the clause's start; a negation in between cancels it.
import { CALL, FIRST_PERSON, INTENT, NEGATIONS, ORDER_LEADS, SELF_INTENT, WISH } from './lexicon';
import type { Words } from './words';

/** `future` is "will" or "going to" said of someone else: a threat only when said of the reader ("you'll get hurt"). */
export type Marker = 'intent' | 'future' | 'wish' | 'call' | 'order';

/** Words of a call that need "to" after them ("needs to", "has to"); the rest stand alone ("should", "must"). */
const CALL_WITH_TO = new Set(['needs', 'need', 'ought', 'has', 'have', 'deserve', 'deserves', 'best', 'interest']);
/** "I hope", "I wish", "if only": a wish. */
const isWish = (list: string[], j: number) => WISH.has(list[j]!) || (list[j] === 'only' && list[j - 1] === 'if');
/** Intent a speaker can have without saying "I": "gonna punch the next rep". */
const BARE_INTENT = new Set(['gonna', 'gunna', 'going', 'wanna', 'about']);
/** Intent words that are only intent with "to" after them ("going to", "plan to"; not "my plan", "going home"). */
const INTENT_WITH_TO = new Set(['going', 'want', 'wants', 'plan', 'planning', 'intend', 'ready', 'about', 'tempted']);
const ORDER_SUBJECTS = new Set(['someone', 'somebody']);
/** How far back a marker may stand: "I will come down there and kill that agent". */
const REACH = 10;

/** The first word of the clause, or of the last 16 words of a longer one (a bound, so the search stays linear). */
function clauseStart(words: Words, i: number): number {
  let s = i;
  while (s > 0 && i - s < 16 && words.clause[s - 1] === words.clause[i]) s--;
  return s;
}

/** The marker governing the act at `i`, or null when there is none or it is negated. */
export function markerBefore(words: Words, i: number): Marker | null {
  const { list } = words;
  const start = clauseStart(words, i);
  for (let j = i - 1; j >= Math.max(start, i - REACH); j--) {
    const w = list[j]!;
    if (w === 'wait' && (list[j - 1] === "can't" || list[j - 1] === 'cant') && j - 1 >= start) return 'wish';
    // "would love to see", "I'd love to see": a wish to watch it done.
    if (w === 'love' && list[j + 1] === 'to' && list[j + 2] === 'see') return negatedBefore(words, j, start) ? null : 'wish';
    if (NEGATIONS.has(w)) return null;
    if (isWish(list, j)) return negatedBefore(words, j, start) ? null : 'wish';
    if (SELF_INTENT.has(w)) return 'intent';
    if (w.endsWith("'ll") || w === 'youll') return 'future';
    if (INTENT.has(w) && (!INTENT_WITH_TO.has(w) || list[j + 1] === 'to')) {
      if ((w === 'would' || w === 'could') && (list[j + 1] === 'have' || list[j + 1] === 'of')) return null;
      if (negatedBefore(words, j, start)) return null;
      for (let s = j - 1; s >= Math.max(start, j - 5); s--) if (FIRST_PERSON.has(list[s]!)) return 'intent';
      if (BARE_INTENT.has(w) && leadsOnly(words, start, j)) return 'intent';
      // "I wish the installer would get run over."
      for (let s = j - 1; s >= Math.max(start, j - 6); s--) if (isWish(list, s)) return negatedBefore(words, s, start) ? null : 'wish';
      return 'future';
    }
    if ((w === 'want' || w === 'wants') && list[j + 1] !== 'to') {
      // "I want that agent dead", "I want someone to punch him"
      return negatedBefore(words, j, start) ? null : 'wish';
    }
    if (CALL.has(w) && (!CALL_WITH_TO.has(w) || list[j + 1] === 'to')) return negatedBefore(words, j, start) ? null : 'call';
  }
  if (leadsOnly(words, start, i)) return 'order';
  // "Somebody take the CEO out back and shoot him."
  const opens = start === 0 || words.clause[start - 1] !== words.clause[i];
  return opens && ORDER_SUBJECTS.has(list[start]!) && i - start <= REACH ? 'order' : null;
}

/** Only words that start an order ("go", "just", "someone") between the clause's start and `i`. */
function leadsOnly(words: Words, start: number, i: number): boolean {
  if (start > 0 && words.clause[start - 1] === words.clause[i]) return false;
  for (let j = start; j < i; j++) if (!ORDER_LEADS.has(words.list[j]!)) return false;
  return true;
}

/** "I don't want to", "nobody should": a negation just before the marker. */
function negatedBefore(words: Words, j: number, start: number): boolean {
  for (let s = j - 1; s >= Math.max(start, j - 2); s--) if (NEGATIONS.has(words.list[s]!)) return true;
  return false;
}
