// Payment cards: 13-19 digits, plain or grouped the way cards are printed, Luhn-valid; with an expiry date or
// security code written right after one. "card ending in 1881" and other last-four mentions have too few digits.
import { before, type Detector, type Span } from './spans';
import { isReferenceNumber } from './context';

/** Digit groups joined by single spaces, dashes or dots. */
const DIGIT_RUN = /\d+(?:[ .-]\d+)*/g;

export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = digits.length - 1, double = false; i >= 0; i--, double = !double) {
    let d = digits.charCodeAt(i) - 48;
    if (double && (d *= 2) > 9) d -= 9;
    sum += d;
  }
  return sum % 10 === 0;
}

/** Unbroken, 4-4-4-4(-1..4), or American Express / Diners 4-6-5 and 4-6-4. */
function printedLikeACard(lengths: number[]): boolean {
  if (lengths.length === 1) return true;
  const last = lengths[lengths.length - 1]!;
  if (lengths.slice(0, -1).every((l) => l === 4) && last >= 1 && last <= 4) return true;
  return lengths.length === 3 && lengths[0] === 4 && lengths[1] === 6 && (last === 5 || last === 4);
}

/** Issuer ranges start 1-6 (UATP, Visa, Mastercard, Amex, Diners, Discover, JCB, UnionPay, Maestro). */
const ISSUER_DIGIT = /^[1-6]/;

/** The shortest card from group `from` on: digits after it are more likely a date, a code or the next number. */
function cardAt(groups: { text: string; start: number; sep: string }[], from: number): number {
  let digits = '';
  for (let j = from; j < groups.length; j++) {
    if (j > from && groups[j]!.sep !== groups[from + 1]!.sep) break;
    digits += groups[j]!.text;
    if (digits.length > 19) break;
    if (
      digits.length >= 13 &&
      ISSUER_DIGIT.test(digits) &&
      luhnValid(digits) &&
      printedLikeACard(groups.slice(from, j + 1).map((g) => g.text.length))
    ) {
      return j;
    }
  }
  return -1;
}

const EXPIRY_NEXT =
  /^[\s,;:(]*(?:(?:and|with|plus)\s+)?(?:(?:the\s+)?(?:exp(?:iry|iration|ires|iring)?|valid\s+(?:thru|through|until|till)|good\s+thru)\.?(?:\s+date)?\s*(?:is|was|on|of|:|-)?\s*)?(?:0?[1-9]|1[0-2])\s?[/-]\s?(?:20)?\d\d(?![\d/])/i;
const CODE_NEXT =
  /^[\s,;:(]*(?:(?:and|with|plus)\s+)?(?:the\s+)?(?:cvv2?|cvc2?|csc|cid|cvn|(?:card\s+)?security\s+code|code(?:\s+on\s+the\s+back)?)\s*(?:is|was|:|-|#)?\s*\d{3,4}(?![\d/])/i;
/** Three digits straight after a card or its expiry, unnamed: the security code people add. */
const BARE_CODE_NEXT = /^[ ,]{1,2}\d{3}(?![\d/.,:-]?\d|\s*[(\d])/;

/** Extends a card's span over an expiry date and security code written right after it. */
function withDetailsAfter(text: string, end: number): number {
  for (let i = 0; i < 3; i++) {
    const rest = text.slice(end, end + 60);
    const m = EXPIRY_NEXT.exec(rest) ?? CODE_NEXT.exec(rest) ?? BARE_CODE_NEXT.exec(rest);
    if (!m) break;
    end += m[0].length;
  }
  return end;
}

export const findCards: Detector = (text, { digits }) => {
  const spans: Span[] = [];
  if (digits < 13) return spans;
  for (const run of text.matchAll(DIGIT_RUN)) {
    if (run[0].length < 13) continue;
    const groups: { text: string; start: number; sep: string }[] = [];
    for (const g of run[0].matchAll(/(^|[ .-])(\d+)/g)) groups.push({ text: g[2]!, start: run.index + g.index + g[1]!.length, sep: g[1]! });
    for (let i = 0; i < groups.length; i++) {
      const last = cardAt(groups, i);
      if (last < 0) continue;
      const start = groups[i]!.start;
      const end = groups[last]!.start + groups[last]!.text.length;
      if (/\w/.test(text[start - 1] ?? '') || /\w/.test(text[end] ?? '') || isReferenceNumber(before(text, start), true)) continue;
      spans.push({ start, end: withDetailsAfter(text, end), kind: 'card' });
      i = last;
    }
  }
  return spans;
};

/** A security code named as such, even with no card number next to it. */
const SECURITY_CODE = /\b(?:cvv2?|cvc2?|csc|cvn|card\s+security\s+code)\b\s*(?:code|number|no\.?)?\s*(?:is|was|:|-|#)?\s*(\d{3,4})(?!\d)/gi;

export const findSecurityCodes: Detector = (text, { digits, lower }) =>
  digits < 3 || !/cvv|cvc|csc|cvn|security code/.test(lower)
    ? []
    : [...text.matchAll(SECURITY_CODE)].map((m) => {
        const end = m.index + m[0].length;
        return { start: end - m[1]!.length, end, kind: 'card' as const };
      });
