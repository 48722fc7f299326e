// An act of violence at one word: done by the writer or on their call (active, the target after it), or wished
// on someone (passive, death or a beating, the person before it).
import {
  BLUNT,
  BODY_PARTS,
  CARRYING,
  DEATH,
  FAMILY,
  FIRST_PERSON,
  HARMS,
  HARM_FORMS,
  HARM_NOUNS,
  MESSAGES,
  NEGATIONS,
  PASSIVE,
  PEOPLE,
  PLACES,
  PERSON_PRONOUNS,
  SUBJECT_PRONOUNS,
  WEAPONS,
  type Harm,
} from './lexicon';
import { markerBefore } from './marker';
import { targetAfter } from './target';
import type { Words } from './words';

/** After "find you", what makes it a search for the person, not for something for them ("find you a better deal"). */
const FIND_ENDS = new Set(['and', 'soon', 'wherever', 'eventually', 'one', 'i', 'trust', 'believe', 'mark']);

export function findHarm(words: Words, i: number): boolean {
  const { list, clause } = words;
  const act = HARM_FORMS.get(list[i]!);
  if (!act) return false;
  const harm = HARMS.get(act)!;
  const same = (k: number) => k < list.length && clause[k] === clause[i];
  if (harm.not?.includes(list[i + 1] ?? '') && same(i + 1)) return false;
  if (harm.via && !(harm.via.includes(list[i + 1] ?? '') && same(i + 1))) return false;
  const t = targetAfter(words, harm.via ? i + 1 : i, harm);
  if (t < 0) return harmWithoutTarget(words, i, harm);
  const next = same(t + 1) ? list[t + 1]! : '';
  if (harm.notAfter?.includes(next) && !(next === 'with' && struckWith(words, t + 1))) return false;
  if (MESSAGES.has(next) || MESSAGES.has(same(t + 2) ? list[t + 2]! : '')) return false;
  if (harm.needs && !(harm.bodyEnough && BODY_PARTS.has(list[t]!))) {
    let found = -1;
    for (let k = i + 1; k <= t + 5 && same(k); k++) if (harm.needs.includes(list[k]!)) found = k;
    // "take the technician out for coffee": the idiom shows after the needed word.
    if (found < 0 || harm.notAfter?.includes(list[found + 1] ?? '')) return false;
  }
  if (act === 'find' && (next !== '' ? !FIND_ENDS.has(next) : false)) return false;
  const marker = markerBefore(words, i);
  if (marker === 'order') return act !== 'find' && isBaseForm(list[i]!);
  return marker !== null && marker !== 'future';
}

/** "with a chair": a blow struck with something, within three words. */
function struckWith(words: Words, k: number): boolean {
  for (let j = k + 1; j <= k + 3 && j < words.list.length && words.clause[j] === words.clause[k]; j++)
    if (BLUNT.has(words.list[j]!)) return true;
  return false;
}

/** An order is given in the plain form of the verb: "shoot him", not "shot him" (a report). */
const isBaseForm = (w: string) => !/(?:ed|ing|[^s]s)$/.test(w) && !['shot', 'hung', 'blew', 'burnt', 'beaten'].includes(w);

/** Whether a word `harm` needs ("up", "fire") comes within three words after the act. */
function needsMet(words: Words, i: number, harm: Harm): boolean {
  if (!harm.needs) return true;
  for (let k = i + 1; k <= i + 3 && k < words.list.length && words.clause[k] === words.clause[i]; k++)
    if (harm.needs.includes(words.list[k]!)) return true;
  return false;
}

/** A place or person named before the act in its clause, within `reach` words. */
function namedBefore(words: Words, i: number, reach: number, names: ReadonlySet<string>): boolean {
  for (let k = i - 1; k >= Math.max(0, i - reach) && words.clause[k] === words.clause[i]; k--) if (names.has(words.list[k]!)) return true;
  return false;
}

/**
 * The act's target named before it: "I hope their office burns down", "go to the office and shoot it up", "I hope
 * the manager chokes to death".
 */
function harmWithoutTarget(words: Words, i: number, harm: Harm): boolean {
  const { list } = words;
  if (harm.places && needsMet(words, i, harm) && namedBefore(words, i, 8, PLACES)) {
    const marker = markerBefore(words, i);
    if (marker === 'wish' || ((list[i + 1] === 'it' || list[i + 1] === 'the') && (marker === 'intent' || marker === 'call'))) return true;
  }
  if (list[i + 1] === 'to' && list[i + 2] === 'death' && namedBefore(words, i, 8, PEOPLE)) {
    const marker = markerBefore(words, i);
    return marker === 'wish' || marker === 'call';
  }
  return false;
}

/** Words before a passive harm that make it a harm to come: "be shot", "get beaten up", "be taken out back and shot". */
const BECOME = new Set(['be', 'get', 'gets', 'getting', 'been', 'see', 'seeing', 'have', 'having']);
function becomes(words: Words, i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 7) && words.clause[k] === words.clause[i]; k--)
    if (BECOME.has(words.list[k]!)) return !HAVE.has(words.list[k]!) || harmedThing(words.list[i - 1] ?? '');
  return false;
}
/** "have their offices blown up" names what is harmed right before the act; "have their photos blown up" does not. */
const HAVE = new Set(['have', 'having']);
const harmedThing = (w: string) => [w, w.replace(/s$/, '')].some((x) => PLACES.has(x) || PEOPLE.has(x) || BODY_PARTS.has(x));
/** Death as a figure of speech: "die laughing", "dying to watch it", "dead tired". */
const NOT_DEATH = new Set('of laughing from happy waiting inside down off out on tired wrong set serious last right'.split(' '));

/** "I'm bringing a gun to the store", "I'll be waiting for him with a bat": a weapon carried with intent. */
export function armed(words: Words, i: number): boolean {
  if (!WEAPONS.has(words.list[i]!)) return false;
  let carried = false;
  for (let k = i - 1; k >= Math.max(0, i - 3) && words.clause[k] === words.clause[i]; k--) if (CARRYING.has(words.list[k]!)) carried = true;
  if (!carried) return false;
  for (let k = i - 1; k >= Math.max(0, i - 14) && words.clause[k] === words.clause[i]; k--) {
    if (NEGATIONS.has(words.list[k]!)) return false;
    if (FIRST_PERSON.has(words.list[k]!)) return true;
  }
  const marker = markerBefore(words, i);
  return marker === 'call' || marker === 'wish';
}

export function wishedHarm(words: Words, i: number): boolean {
  const { list, clause } = words;
  const w = list[i]!;
  const prev = list[i - 1] ?? '';
  const same = (k: number) => k >= 0 && k < list.length && clause[k] === clause[i];
  let kind: 'passive' | 'death' | 'noun';
  if (w === 'run' && list[i + 1] !== 'over') return false;
  if (w === 'set' && list[i + 1] !== 'on' && list[i + 1] !== 'alight') return false;
  // "needs to be taken out" (killed), not "taken out to lunch".
  if (w === 'taken' && (list[i + 1] !== 'out' || ['to', 'for', 'of'].includes(list[i + 2] ?? ''))) return false;
  // "should be strung up", "have their offices blown up"; not "strung along", "blown away".
  if ((w === 'strung' || w === 'blown') && list[i + 1] !== 'up') return false;
  if (PASSIVE.has(w) && becomes(words, i)) kind = 'passive';
  else if (DEATH.has(w) && !(same(i + 1) && NOT_DEATH.has(list[i + 1]!))) kind = 'death';
  else if (HARM_FORMS.get(w) === 'burn' && list[i + 1] === 'in' && list[i + 2] === 'hell') kind = 'death';
  else if (HARM_NOUNS.has(w)) kind = 'noun';
  else return false;
  if (kind === 'death' && (prev === 'go' || prev === 'just') && same(i - 1)) return true;
  // "Death to all immigrants": a call for killing, with its people right after.
  if (w === 'death' && list[i + 1] === 'to') return personWithin(words, i + 2, i + 6);
  const k = kind === 'noun' ? wordBefore(words, i) : -1;
  // "deserves a beating" asks for it; "is going to get a beating" threatens it, read as a harm to come below.
  if (kind === 'noun' && !(k >= 0 && BECOME.has(list[k]!))) {
    return (
      k >= 0 && /^(?:deserve|need|earn)/.test(list[k]!) && personBefore(words, k, k - 8) !== 'none' && !negatedBetween(words, k - 8, k)
    );
  }
  const marker = markerBefore(words, i) ?? (kind === 'passive' && underway(words, i) ? 'future' : null);
  if (marker === null || marker === 'order') return false;
  const person = personBefore(words, i, i - 12);
  // "you'll be shot" and "the rep will get hurt" threaten; "someone will get hurt" warns of a hazard.
  return marker === 'future' ? person === 'you' || person === 'staff' : person !== 'none';
}

/** "is getting hurt": a harm already on its way, read like "will get hurt". */
const underway = (words: Words, i: number) =>
  words.list[i - 1] === 'getting' &&
  ['is', 'are', "he's", "she's", "they're", 'hes', 'shes', 'theyre'].includes(words.list[i - 2] ?? '') &&
  // "is getting hurt, I promise", not "are getting hurt in that warehouse" (a hazard reported).
  (words.clause[i + 1] !== words.clause[i] || UNDERWAY_ENDS.has(words.list[i + 1] ?? ''));
const UNDERWAY_ENDS = new Set('i if when trust believe mark soon next today tonight tomorrow count'.split(' '));

/** "your call centre", "their offices", "the manager's house": a place someone owns or works in. */
function ownedPlace(words: Words, k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 2) && words.clause[j] === words.clause[k]; j--) {
    const w = words.list[j]!;
    if (['your', 'ur', 'their', 'his', 'her'].includes(w) || (w.endsWith("'s") && PEOPLE.has(w.slice(0, -2)))) return true;
  }
  return false;
}

function personWithin(words: Words, from: number, to: number): boolean {
  for (let k = from; k < Math.min(to, words.list.length) && words.clause[k] === words.clause[from - 1]; k++)
    if (PEOPLE.has(words.list[k]!)) return true;
  return false;
}

const YOU = new Set(['you', 'u', 'ya', "you're", 'youre', "you'll", 'youll', 'yall', "y'all"]);

/** Who stands before `i` in its clause (back to `from`): the reader, another person, or no one. */
function personBefore(words: Words, i: number, from: number): 'you' | 'staff' | 'person' | 'none' {
  let found: 'staff' | 'person' | 'none' = 'none';
  for (let k = i - 1; k >= Math.max(0, from) && words.clause[k] === words.clause[i]; k--) {
    const p = words.list[k]!;
    if (YOU.has(p)) return 'you';
    // "someone at your call centre" works there: staff.
    const own = p.endsWith("'s") ? p.slice(0, -2) : '';
    if ((PEOPLE.has(p) && !FAMILY.has(p)) || (PEOPLE.has(own) && !FAMILY.has(own)) || (PLACES.has(p) && ownedPlace(words, k)))
      found = 'staff';
    else if (found === 'none' && (SUBJECT_PRONOUNS.has(p) || PERSON_PRONOUNS.has(p) || PEOPLE.has(p))) found = 'person';
  }
  return found;
}

function negatedBetween(words: Words, from: number, i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, from) && words.clause[k] === words.clause[i]; k--) if (NEGATIONS.has(words.list[k]!)) return true;
  return false;
}

const ARTICLES = new Set(['a', 'an', 'the', 'good', 'proper', 'real', 'serious', 'severe', 'sound', 'right']);

/** The index of the word before a harm noun, past "a", "good", "proper"; -1 at the clause's start. */
function wordBefore(words: Words, i: number): number {
  for (let k = i - 1; k >= Math.max(0, i - 4) && words.clause[k] === words.clause[i]; k--) if (!ARTICLES.has(words.list[k]!)) return k;
  return -1;
}
