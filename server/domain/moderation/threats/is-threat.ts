// Threats of violence against people, which no mask makes publishable: held for a moderator.

const PERSON = String.raw`(?:you|u|ya|him|her|them|every(?:one|body)|some(?:one|body)|all\s+of\s+(?:you|them)|(?:the|your|their|that|this|those|these|whoever)\s+(?:agents?|reps?|representatives?|managers?|ceo|staff|employees?|workers?|guys?|wom[ae]n|m[ae]n|lady|ladies|person|people|support|team|owners?|boss|idiots?|morons?|family|kids|children|wife|husband|office|building|store|shop|headquarters|hq|house|home))`;
const HARM = String.raw`(?:kill|murder|shoot|stab|hurt|beat(?:\s+up)?|punch|strangle|choke|slap|attack|assault|torture|hang|lynch|behead|butcher|slaughter|execute|smash|bash|batter|knife|rape|burn(?:\s+down)?|bomb|blow\s+up|hunt\s+down|track\s+down|come\s+after|find)`;
const INTENT = String.raw`(?:i|we)\s*(?:'ll|will|'m\s+going\s+to|am\s+going\s+to|are\s+going\s+to|'re\s+going\s+to|'m\s+gonna|m\s+gonna|am\s+gonna|gonna|shall|want\s+to|wanna|swear\s+i'll)|i'?m\s+(?:going\s+to|gonna)|im\s+(?:going\s+to|gonna)`;

const THREATS: RegExp[] = [
  // "I'm going to find you and hurt you", "we will burn your office down"
  new RegExp(
    String.raw`\b(?:${INTENT})\s+(?:\w+\s+){0,2}?${HARM}\s+${PERSON}\b(?!\s+(?:a|an|the)?\s*(?:email|call|letter|review|message|complaint))`,
    'i',
  ),
  // "you should be shot", "the CEO deserves to die"
  new RegExp(
    String.raw`\b(?:you|they|he|she|${PERSON})(?:\s+(?:people|guys|lot|all|folks|two|lads))?\s+(?:should|deserves?\s+to|ought\s+to|needs?\s+to|(?:are|is)\s+going\s+to|will)\s+(?:be\s+)?(?:die|shot|killed|hanged|hung|murdered|stabbed|beaten|lynched|executed|burned)\b`,
    'i',
  ),
  // "I hope you die", "hope the agent gets hit by a bus"
  new RegExp(
    String.raw`\b(?:hope|wish|pray)\s+(?:that\s+)?(?:you|they|he|she|${PERSON})\s+(?:\w+\s+)?(?:die|dies|gets?\s+(?:shot|killed|cancer|hit\s+by)|burns?\s+in\s+hell|rots?\s+in\s+hell)\b`,
    'i',
  ),
  /\b(?:kill\s+yourself|kys|watch\s+your\s+back|i\s+know\s+where\s+(?:you|he|she|they)\s+live|(?:you're|you\s+are|ur)\s+(?:dead(?!\s+to\s+me)|a\s+dead\s+man|going\s+to\s+die|gonna\s+die)|sleep\s+with\s+one\s+eye\s+open)\b/i,
];

/** Every threat above names harm with one of these stems; most reviews have none, so one scan decides. */
const HARM_WORD =
  /kill|murder|shoot|shot\b|stab|hurt|beat|punch|strangl|chok|slap|attack|assault|tortur|hang|lynch|behead|butcher|slaughter|execut|smash|bash|batter|knife|rape|burn|bomb|blow up|hunt|track (?:you|him|her|them)|come after|find (?:you|him|her|them)|\bdie|dead|kys|watch your back|know where|eye open/i;

export const isThreat = (text: string): boolean => HARM_WORD.test(text) && THREATS.some((re) => re.test(text));
