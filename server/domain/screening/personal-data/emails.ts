// Email addresses: plus-addressing, any case, punycode domains, a space around the @, and the spelled-out
// "name [at] domain [dot] com" forms people use to slip past filters.
import type { Detector, Span } from './spans';

const EMAIL =
  /(?<![\w.%+'-])[a-z0-9](?:[a-z0-9._%+'-]{0,63})\s?@\s?(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,24}|xn--[a-z0-9-]{2,59})(?![\w-])/gi;

const AT = String.raw`\s*(?:[[({<]\s*(?:at|@)\s*[\])}>]|@)\s*|\s+at\s+`;
const DOT = String.raw`\s*(?:[[({<]\s*(?:dot|\.)\s*[\])}>]|\.)\s*|\s+dot\s+`;
/** Every country code (any two letters) and the generic domains people use; "jane at home dot ok" is still checked below. */
const TLD =
  '(?:[a-z]{2}|com|net|org|edu|gov|mil|int|info|biz|name|pro|mobi|app|dev|shop|store|online|site|tech|xyz|club|email|mail|live|cloud|blog|page|link|space|world|life|today|agency)';
/** Spelled out: "jane.doe (at) gmail (dot) com", "jdoe42 at outlook dot com". */
const SPELLED_EMAIL = new RegExp(
  String.raw`(?<![\w.$£€¥])([a-z0-9][a-z0-9._%+-]{0,63})(${AT})([a-z0-9-]{1,63}(?:(?:${DOT})[a-z0-9-]{1,63}){0,4}?)(${DOT})${TLD}\b`,
  'gi',
);
const USER_BEFORE = /(?:[a-z0-9._%+-]{1,30}\s+dot\s+){1,3}$/i;
const MORE_DOMAIN = new RegExp(String.raw`^(?:${DOT})${TLD}\b`, 'i');
/** With a plain " at " the words must look like an address, not prose ("I looked at netflix.com"). */
const MAIL_PROVIDER =
  /^(?:g(?:oogle)?mail|yahoo|hotmail|outlook|live|msn|icloud|me|aol|proton(?:mail)?|pm|gmx|mail|yandex|zoho|fastmail|tutanota|comcast|verizon|att|btinternet|sky|web|t-online|orange|free|rediffmail|bigpond)$/i;

const PROSE_WORD =
  /^(?:to|at|on|in|from|via|visit|visited|go|went|was|is|are|be|me|us|him|her|them|it|site|website|page|online|over|out|look|looked|check|checked|log|logged|sign|signed|up|there|here|that|this)$/i;

/** "$5 at", "20 at", "9.99 at": a price or count, not a mailbox. */
const NUMBER_ONLY = /^[\d.,]+$/;
/** "SAVE50 at www.x.shop": a promo code at a shop's web address; mailboxes are never at "www.". */
const PROMO_AT_WEB = (user: string, domain: string) => /^www$/i.test(domain.split(/\W/)[0]!) && /^[A-Z0-9]+$/.test(user);

function looksLikeSpelledAddress(user: string, at: string, domain: string, dot: string): boolean {
  if (NUMBER_ONLY.test(user) || PROMO_AT_WEB(user, domain)) return false;
  if (!/^\s+at\s+$/i.test(at)) return true;
  // With a plain " at " the local part starts with a letter, as a name does.
  if (!/^[a-z]/i.test(user)) return false;
  if (PROSE_WORD.test(user)) return false;
  if (/^\s+dot\s+$/i.test(dot) || /[\d._]/.test(user)) return true;
  return MAIL_PROVIDER.test(domain.split(/\W/)[0]!);
}

/** Cheap tests first: most reviews have no @ and no top-level domain. */
const MAY_SPELL_ADDRESS = new RegExp(String.raw`[[({<]\s*(?:at|@)\s*[\])}>]|(?:[.\])}>]|\bdot\s+)\s*${TLD}\b`, 'i');

export const findEmails: Detector = (text, { lower }) => {
  const spans: Span[] = [];
  if (text.includes('@')) {
    for (const m of text.matchAll(EMAIL)) spans.push({ start: m.index, end: m.index + m[0].length, kind: 'email' });
  }
  if (!/\bat\b|@/.test(lower) || !MAY_SPELL_ADDRESS.test(text)) return spans;
  for (const m of text.matchAll(SPELLED_EMAIL)) {
    const [, user, at, domain, dot] = m;
    if (!looksLikeSpelledAddress(user!, at!, domain!, dot!)) continue;
    // "jane at example dot co dot uk": the match stops at the first domain-like label; take the rest of the domain.
    let end = m.index + m[0].length;
    for (let more = MORE_DOMAIN.exec(text.slice(end, end + 40)); more; more = MORE_DOMAIN.exec(text.slice(end, end + 40)))
      end += more[0].length;
    // "jane dot doe at gmail dot com": the user name spelled with "dot" too.
    const userBefore = USER_BEFORE.exec(text.slice(Math.max(0, m.index - 60), m.index));
    spans.push({ start: m.index - (userBefore ? userBefore[0].length : 0), end, kind: 'email' });
  }
  return spans;
};
