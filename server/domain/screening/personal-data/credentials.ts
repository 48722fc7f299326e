// Secrets and the words that name them: a password after "password is", "pw", "changed my password to"…, before
// its label ("hunter2 is my password") or alone on the line after a user name; a one-time, verification or sign-in
// code of 4-8 digits (also grouped: "482 913") after "code", "PIN", "OTP"… or before it ("482913 was the OTP").
import { isReferenceNumber } from './context';
import { before, type Detector, type Span } from './spans';

const PASSWORD =
  /\b(?:pass(?:word|wd|phrase|code)s?|pwd|pw|pass(?=\s*[:=]|\s+(?:is|was)\b))(?:\s+for\s+(?:my|the|your|our)\s+[\p{L}-]{1,20}(?:\s+account)?)?\b((?:\s*(?:(?:is|was|were|to|reads|became|now|set\s+to|changed\s+to|would\s+be|of|literally|just|simply|actually|still|originally|always|basically)\b|['’]s\b|[:=-]))*)\s*(["'“‘«]?)([^\s"'”’»]{1,64})/giu;
/** A line that is only "password" and a word ("password crickets"): a credential listing, not a sentence. */
const PASSWORD_LINE = /(?:^|\n)[ \t]*(?:password|passwd|pwd|pw|pass)\b[ \t]*[:=-]?[ \t]*([^\s:=-][^\s]{2,63})[ \t]*(?=\n|$)/gi;
/** A user name on one line and, alone on the next, the password: "Username: jsmith\nSummer2024!". */
const AFTER_USER_NAME =
  /\b(?:user\s?name|user(?:\s?id)?|login|log-in|sign-in|account|e-?mail)\s*(?:is|was|:|=|-)?\s*\S{2,80}[ \t]*\n[ \t]*([^\s]{4,64})[ \t]*(?=\n|$)/giu;
/** The password before its label: "I used hunter2 as my password", "hunter2 is my password" (read back from the label). */
const PASSWORD_LABEL = /\b(?:password|passcode|pwd|pw)\b/giu;
const BEFORE_LABEL =
  /(?<![\w])([^\s"'“”]{4,64})\s+(?:(?:is|was|as)\s+(?:my|the|our|his|her)|that'?s\s+my)\s+(?:(?:old|new|current|account|wifi|wi-fi|router|admin|netflix|app)\s+)?$/iu;
/** "the password I used was hunter2", "the password I gave them is hunter2". */
const PASSWORD_CLAUSE =
  /\b(?:password|passcode|pw)\s+(?:I|we|they|he|she)\s+(?:used|use|set|chose|picked|gave\s+(?:them|him|her)|typed|entered|had|have)\s+(?:is|was|:)\s*(["'“‘]?)([^\s"'”’]{1,64})/giu;
/** Words that continue a sentence about a password rather than being one ("my password is wrong"). */
const NARRATIVE =
  /^(?:not|no|wrong|incorrect|correct|right|reset|expired|invalid|weak|strong|too|still|now|being|been|changed|updated|saved|the|a|an|my|your|his|her|their|our|its|it|that|this|these|those|same|different|case|required|needed|fine|ok|okay|good|bad|long|short|simple|secure|new|old|temporary|temp|blank|empty|missing|accepted|rejected|what|which|where|when|how|why|who|also|always|never|just|only|so|very|really|definitely|probably|something|anything|nothing|everything|one|and|or|but|for|with|without|in|on|at|by|from|into|to|of|as|if|again|twice|manager|managers|reset|resets|recovery|field|box|screen|page|link|email|emails|change|changes|requirements|rules|policy|help|hint|hints|protected|stolen|leaked|compromised|hacked|shared|sent|asked|requested|request|twice|because|since|after|before|until|while|then|than|there|here|is|was|were|are|be|had|has|have|did|does|do|can|could|would|should|will|won't|didn't|doesn't|wasn't|isn't|i|me|we|they|you|he|she|someone|somebody|everyone|everybody|all|every|each|any|some|more|less|most|least|much|many|several|few|too|enough|either|neither|both)$/i;
const NARRATIVE_ENDING = /(?:ed|ing|ly|ful|less|able|ible|ness|ment|tion|sion)$/i;

function looksLikePassword(candidate: string, connector: string, quoted: boolean): boolean {
  if (quoted) return true;
  const secretLooking = /\d|[^\p{L}\p{N}]|\p{Ll}\p{Lu}/u.test(candidate.slice(1)) || /^\d/.test(candidate);
  if (!connector.trim()) return secretLooking && candidate.length >= 4;
  return secretLooking || (!NARRATIVE.test(candidate) && !NARRATIVE_ENDING.test(candidate));
}

export const findPasswords: Detector = (text, { lower }) => {
  const named = lower.includes('pass') || lower.includes('pw');
  const listed = text.includes('\n') && (named || /user|log|sign|account|mail/.test(lower));
  if (!named && !listed) return [];
  const spans: Span[] = [];
  const add = (start: number, candidate: string) => spans.push({ start, end: start + candidate.length, kind: 'password' });
  if (named) {
    for (const m of text.matchAll(PASSWORD)) {
      const [, connector = '', quote = ''] = m;
      const candidate = m[3]!.replace(/[.,;:?)]+$/, '');
      if (candidate && looksLikePassword(candidate, connector, quote !== '')) add(m.index + m[0].length - m[3]!.length, candidate);
    }
    for (const m of text.matchAll(PASSWORD_LABEL)) {
      const from = Math.max(0, m.index - 90);
      const b = BEFORE_LABEL.exec(text.slice(from, m.index));
      if (b && looksLikePassword(b[1]!, '', false)) add(from + b.index, b[1]!);
    }
    for (const m of text.matchAll(PASSWORD_CLAUSE)) {
      const candidate = m[2]!.replace(/[.,;:?)]+$/, '');
      if (candidate && looksLikePassword(candidate, 'is', m[1] !== '')) add(m.index + m[0].length - m[2]!.length, candidate);
    }
  }
  if (listed) {
    for (const m of text.matchAll(PASSWORD_LINE)) {
      if (!NARRATIVE.test(m[1]!) && !NARRATIVE_ENDING.test(m[1]!)) add(m.index + m[0].length - m[1]!.length, m[1]!);
    }
    for (const m of text.matchAll(AFTER_USER_NAME)) {
      if (looksLikePassword(m[1]!, '', false)) add(m.index + m[0].length - m[1]!.length, m[1]!);
    }
  }
  return spans;
};

const CODE_CUE =
  /\b(?:(verification|verify|one[- ]?time|otp|2fa|two[- ]?(?:factor|step)|mfa|sign[- ]?in|log[- ]?in|login|security|access|auth(?:entication|orization)?|confirmation|activation|reset|recovery|sms|text|backup|pairing|link(?:ing)?|device|tv|\d[- ]digit)\s+)?(?:code|codes|pin|passcode|otp)\b/gi;
/** After the cue, a few words ("they sent me was") and then the digits. */
const CODE_AFTER = /^[^\d.!?\n]{0,30}?(?<![\w])(\d(?:[ -]?\d){2,7})(?![\d\p{L}]|[.,/:]\d)/u;
/** Codes that are not secrets: error, promo, postal, area codes… */
const NOT_A_SECRET =
  /\b(?:error|status|promo|promotional|discount|coupon|voucher|gift|zip|postal|post|area|country|dialing|dial|region|regional|source|qr|bar|morse|dress|tax|product|model|item|sku|fault|reason|response|exit|http|html|iso|airport|branch|swift|bank|sort|cheat|referral|invite|invitation|offer|sale|redeem|redemption|reference|ref|order|tracking|fare|class|course|diagnostic|event|return|stock|shelf|store|shop|part|batch|lot|colou?r|style|tariff|plan|bundle|package|ean|upc|customs|hs|postcode)\s*$/i;
/** The code before its label: "551203 is your Netflix code", "482913 was the OTP", "482913 - that's my PIN". */
const QUOTED_CODE =
  /(?<![\w.,/:-])(\d(?:[ -]?\d){3,7})\s*(?:,|-|:)?\s*(?:is|was|were|=|that'?s|that\s+is|that\s+was|being|as)\s+(?:your|my|the|our|his|her|their|a|an)\s+((?:[\p{L}-]+\s+){0,3})(?:codes?|pins?|otps?|passcodes?|password|one[- ]time\s+code)\b/giu;
/** Words between a cue and its digits that name another number: "PIN … reference 48213377", "code … on 12 May". */
const ANOTHER_NUMBER =
  /\b(?:ref|reference|order|ticket|case|invoice|tracking|confirmation|transaction|and|but|then|after|before|since|until|minutes?|hours?|days?|weeks?|times)\b|[£$€]/i;

export const findCodes: Detector = (text, { digits, lower }) => {
  if (digits < 3 || !/code|pin|otp/.test(lower)) return [];
  const spans: Span[] = [];
  for (const m of text.matchAll(CODE_CUE)) {
    if (!m[1] && NOT_A_SECRET.test(before(text, m.index, 30))) continue;
    const after = m.index + m[0].length;
    const n = CODE_AFTER.exec(text.slice(after, after + 50));
    if (!n || ANOTHER_NUMBER.test(n[0].slice(0, n[0].length - n[1]!.length))) continue;
    const digits = n[1]!.replace(/\D/g, '').length;
    if (digits > 8 || digits < (m[1] && /security/i.test(m[1]) ? 3 : 4)) continue;
    const start = after + n.index + n[0].length - n[1]!.length;
    spans.push({ start, end: start + n[1]!.length, kind: 'code' });
  }
  for (const m of text.matchAll(QUOTED_CODE)) {
    if (NOT_A_SECRET.test(m[2]!.trim()) || isReferenceNumber(before(text, m.index))) continue;
    spans.push({ start: m.index, end: m.index + m[1]!.length, kind: 'code' });
  }
  return spans;
};
