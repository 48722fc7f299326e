// Threats and calls to violence against people: an act of violence aimed at a person or place, with the writer's
// intent, a wish, or a call on someone to do it, and no negation between. Idioms fail one of the three ("kill for a
// working remote" has no target, "shoot me an email" is a message, "the price increase killed it" has no intent).
import { armed, findHarm, wishedHarm } from './harm';
import { MENACE } from './menace';
import { THREAT_PHRASES } from './phrases';
import { ACT_WORDS } from './lexicon';
import { mayThreaten } from './screen';
import { toWords } from './words';

export function isThreat(text: string): boolean {
  if (!mayThreaten(text)) return false;
  if (THREAT_PHRASES.test(text) || MENACE.test(text)) return true;
  const words = toWords(text);
  for (let i = 0; i < words.list.length; i++) {
    if (ACT_WORDS.has(words.list[i]!) && (findHarm(words, i) || wishedHarm(words, i) || armed(words, i))) return true;
  }
  return false;
}
