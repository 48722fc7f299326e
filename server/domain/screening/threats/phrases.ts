// Set phrases that threaten on their own, with the idioms that share their words left out ("watch your back with
// this company" warns readers; "you're dead to me" ends a relationship; "don't kill yourself trying" is advice).

const NOT_ADVICE = String.raw`(?<!(?:n't|not|never|'ll|will|would|could|might|almost|nearly)\s)`;
const PHRASES = [
  String.raw`\bwatch\s+(?:your|ur|yo)\s+back\b(?!\s*\w|\s*,\s*(?:they|this|these|the|it|because|as|since|folks|people|everyone|guys))`,
  String.raw`\bbetter\s+watch\s+(?:your|ur|their|his|her)\s+backs?\b`,
  String.raw`\bsleep\s+with\s+one\s+eye\s+open\b`,
  String.raw`\b(?:you're|youre|you\s+are|ur|u\s+r|he's|hes|he\s+is|she's|she\s+is|they're|they\s+are)\s+(?:a\s+)?dead\s+(?:man|men|meat|woman)\b`,
  String.raw`\b(?:you're|youre|you\s+are|ur|u\s+r)\s+dead\b(?!\s+(?:to|wrong|serious|right|set|on|tired|last|in\s+the\s+water))`,
  String.raw`\b(?:your|ur)\s+days\s+are\s+numbered\b`,
  String.raw`\b(?:you|u|they|he|she)\s+(?:won't|wont|will\s+not|will\s+never)\s+see\s+(?:it|me|us)\s+coming\b`,
  String.raw`\bknow\s+where\s+(?:you|u|he|she|they|(?:that|the|your|this|their)\s+\w+(?:\s+\w+)?)\s+(?:live|lives|sleep|sleeps|park|parks)\b`,
  String.raw`${NOT_ADVICE}\b(?:kill|unalive|end|off)\s+(?:yo)?urself\b(?!\s+(?:laughing|trying|over|for|to|with|getting|looking|waiting|searching|out))`,
  String.raw`\bkys\b`,
  String.raw`\bbetter\s+(?:start\s+)?run(?:ning)?\b(?=\s*(?:[.!,;]|$))`,
  String.raw`\bknow\s+where\b[^.!?]{0,60}\b(?:we're|i'm|im|we\s+are|i\s+am)\s+coming\b`,
  String.raw`\bno\s+jury\s+(?:would|will|in\s+the\s+world)\b`,
  String.raw`\b(?:make\s+sure|ensure)\s+(?:he|she|they|you|u|(?:the|that|your)\s+\w+)\s+(?:never|won't|will\s+never)\s+walks?\s+again\b`,
  String.raw`\bknow\s+where\s+(?:you|u)\s+work\b|\bknow\s+where\s+(?:your|ur|their|his|her)\s+(?:office|house|home|family|kids|store|shop|headquarters|hq)\s+(?:is|are)\b(?=\s*(?:[.!,;]|$|and\b))`,
  String.raw`\bbetter\s+(?:pray|hope)\s+(?:that\s+)?(?:i|we|he|she|they)\s+(?:don't|dont|never|do\s+not|won't|wont)\s+(?:find|finds|see|sees|meet|meets|catch|catches|run\s+into|runs\s+into)\s+(?:you|u|him|her|them|me|us)\b`,
  String.raw`\bgo\s+(?:and\s+)?(?:die|drink\s+bleach)\b`,
  String.raw`\b(?:i'll|ill|i\s+will|we'll|we\s+will)\s+be\s+waiting\s+(?:for\s+(?:you|u|him|her|them)\b|outside)`,
  String.raw`\b(?:i'm|im|i\s+am|we're|we\s+are)\s+coming\s+for\s+(?:you|u|him|her|them|that|the|your)\b(?!\s+(?:money|refund|job|business|customers|subscription))`,
];

export const THREAT_PHRASES = new RegExp(PHRASES.join('|'), 'i');
/** A word each phrase above contains, for the screen that decides whether to read a text at all. */
export const PHRASE_WORDS =
  'back backs eye dead numbered coming where yourself urself kys die bleach waiting pray hope jury walk walks'.split(' ');
