// The person or place an act of violence is aimed at, read forwards from the act within its clause.
import { BODY_PARTS, DETERMINERS, FILLERS, NOT_A_HEAD, PEOPLE, PERSON_PRONOUNS, PLACES, type Harm } from './lexicon';
import type { Words } from './words';

const POSSESSIVES = new Set(['his', 'her', 'their', 'your', 'ur', 'yo']);
/** Words that end a noun phrase: a target is not looked for past them. */
const PHRASE_ENDS = new Set('for with to of on in at by from and or but that who which about into over'.split(' '));

const isHead = (words: Words, k: number) => !NOT_A_HEAD.has(words.list[k + 1] ?? '') || words.clause[k + 1] !== words.clause[k];

/** The index of the target word after the act at `i`, or -1: a person, a place the act can reach, or a body part. */
export function targetAfter(words: Words, i: number, harm: Harm): number {
  const { list, clause } = words;
  const end = Math.min(list.length, i + 8);
  for (let j = i + 1; j < end && clause[j] === clause[i]; j++) {
    const w = list[j]!;
    const owner = w.endsWith("'s") ? w.slice(0, -2) : '';
    if (PERSON_PRONOUNS.has(w) && !harm.bodyOnly) return j;
    if (DETERMINERS.has(w) || POSSESSIVES.has(w) || PEOPLE.has(owner) || PERSON_PRONOUNS.has(owner)) {
      const possessive = POSSESSIVES.has(w) || owner !== '';
      for (let k = j + 1; k < Math.min(end + 2, j + 4, list.length) && clause[k] === clause[i]; k++) {
        const n = list[k]!;
        if (PEOPLE.has(n) && !harm.bodyOnly && isHead(words, k)) return k;
        if (PLACES.has(n) && harm.places && isHead(words, k)) return k;
        // "his face", "that immigrant neck", "the necks of those people"
        if (BODY_PARTS.has(n) && (possessive || PEOPLE.has(list[k - 1]!) || ofPeople(words, k))) return k;
        if (PEOPLE.has(n.endsWith("'s") ? n.slice(0, -2) : '')) return bodyAfter(words, k) ? k : -1;
        if (PHRASE_ENDS.has(n)) break;
      }
      if (FILLERS.has(w)) continue;
      return -1;
    }
    if (PEOPLE.has(w) && !harm.bodyOnly && isHead(words, j)) return j;
    if (!FILLERS.has(w)) return -1;
  }
  return -1;
}

/** "the agent's face": a body part right after a person's name for it. */
const bodyAfter = (words: Words, k: number) => BODY_PARTS.has(words.list[k + 1] ?? '') && words.clause[k + 1] === words.clause[k];

/** "the necks of all those people": a body part, then "of" and a person within a few words. */
function ofPeople(words: Words, k: number): boolean {
  if (words.list[k + 1] !== 'of') return false;
  for (let j = k + 2; j < Math.min(k + 6, words.list.length) && words.clause[j] === words.clause[k]; j++)
    if (PEOPLE.has(words.list[j]!)) return true;
  return false;
}
