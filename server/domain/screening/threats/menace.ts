// Veiled threats that name no act outright but promise one to a person: "teach that clerk a lesson", "see what
// happens to your drivers", "lucky I didn't punch her", "five minutes alone with the CEO and a bat".
import { BLUNT, PEOPLE, PLACES, WEAPONS } from './lexicon';

const alt = (words: Iterable<string>) => [...words].join('|');
/** A person named: a pronoun, or a determiner, at most one word, and a word for a person ("your van drivers"). */
const PERSON = String.raw`(?:you|u|him|her|them|(?:the|that|this|those|these|your|ur|their|his|her|every|any|next)\s+(?:[\w']+\s+)?(?:${alt(PEOPLE)}))\b`;
const PLACE = String.raw`(?:the|that|this|your|ur|their|his|her|[\w]+'s)\s+(?:[\w]+\s+)?(?:${alt(PLACES)})s?\b`;
const FUTURE = String.raw`(?:i'll|ill|i\s+will|we'll|we\s+will|i'm\s+(?:gonna|going\s+to)|im\s+(?:gonna|going\s+to)|gonna|going\s+to|someone\s+(?:needs|has|ought)\s+to|needs?\s+to|should|wanna|want\s+to|i'd|let\s+me)`;
/** Blows a reviewer says they held back from: "lucky I didn't break his nose". */
const BLOWS =
  'punch|hit|smack|slap|kill|stab|strangle|choke|throttle|beat|smash|break|kick|deck|knock|shoot|hurt|murder|thump|headbutt|run';

const MENACES = [
  String.raw`\b${FUTURE}\s+(?:[\w']+\s+){0,3}?teach\s+${PERSON}\s+a\s+(?:\w+\s+)?lesson\b`,
  String.raw`\b${FUTURE}\s+(?:be\s+)?wait(?:ing)?\s+(?:outside\s+(?:your|ur|their|his|her)\s+\w+|for\s+${PERSON}\s+(?:after\s+(?:his|her|their)\s+(?:shift|work)|outside|in\s+the\s+(?:car\s+park|parking\s+lot)))`,
  // "keep it up and see what happens to your drivers"; not "let's see what happens to the staff after the buyout".
  String.raw`(?<!\bwait\s)\band\s+(?:just\s+)?see\s+what\s+happens\s+to\s+${PERSON}`,
  String.raw`\blucky\s+(?:i|we)\s+(?:didn't|didnt|did\s+not|don't|dont|haven't|havent)\s+(?:\w+\s+)?(?:${BLOWS})\s+(?:${PERSON}|(?:his|her|their|your|ur)\s+\w+)`,
  String.raw`\balone\s+with\s+${PERSON}\s+and\s+(?:a|an|my|some|the)\s+(?:[\w-]+\s+)?(?:${alt(new Set([...WEAPONS, ...BLUNT]))})\b`,
  String.raw`\b(?:see|watch)\s+${PLACE}\s+(?:go\s+up\s+in\s+flames|burn(?:ed|t)?\s+(?:down|to\s+the\s+ground))`,
];

export const MENACE = new RegExp(MENACES.join('|'), 'i');
/** A word each menace contains, for the screen. */
export const MENACE_WORDS = 'teach lesson wait waiting happens lucky alone flames'.split(' ');
