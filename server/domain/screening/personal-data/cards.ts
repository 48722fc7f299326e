// Payment cards: 13-19 digits, Luhn-valid, unbroken or grouped by any separators (space, slash, comma, line break…);
// with an expiry date or security code written right after one. "card ending in 1881" and other last-four mentions have too few digits.
import { before, type Detector, type Span } from './spans';
import { isReferenceNumber } from './context';
import { digitRuns, type DigitGroup } from './digit-groups';

export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = digits.length - 1, double = false; i >= 0; i--, double = !double) {
    let d = digits.charCodeAt(i) - 48;
    if (double && (d *= 2) > 9) d -= 9;
    sum += d;
  }
  return sum % 10 === 0;
}

/** "seasons 2019 2020 2021 2022": years in a row are not a card, whatever Luhn says. */
const YEAR = /^(?:19|20)\d\d$/;
/** Issuer ranges start 1-6 (UATP, Visa, Mastercard, Amex, Diners, Discover, JCB, UnionPay, Maestro). */
const ISSUER_DIGIT = /^[1-6]/;
/** Named as a card, any first digit counts. */
const CARD_CUE = /\b(?:card|visa|master\s?card|amex|american\s+express|discover|maestro|debit|credit|cc#?|pan)\b[^.!?\n]{0,30}$/;
/** Device, SIM and product numbers pass Luhn too (IMEI, ICCID) or often do by chance (EAN, ISBN, tracking). */
const NOT_A_CARD =
  /\b(?:imei|meid|iccid|sim|ean|upc|gtin|isbn|barcode|tracking|serial|consignment|waybill|product|item|article|part|stock|sku|code)\b[^.!?\n]{0,20}$/;

/**
 * The shortest card from group `from` on, whatever separates its groups: digits after it are more likely a date or a code.
 * Printed like a card: unbroken, every digit spaced out, or a first group of 4, middle groups of 4-6 (4-4-4-4, 4-6-5,
 * 4-6-6…) and a last group of any size.
 */
function cardAt(text: string, run: readonly DigitGroup[], from: number, cued: () => boolean): number {
  let digits = '';
  let allSingle = true;
  let groupsFit = true;
  let found = -1;
  let allYears = true;
  for (let j = from; j < run.length; j++) {
    const length = run[j]!.end - run[j]!.start;
    if (j > from) {
      const previous = run[j - 1]!.end - run[j - 1]!.start;
      groupsFit &&= j - 1 === from ? previous === 4 : previous >= 4 && previous <= 6;
    }
    allSingle &&= length === 1;
    digits += text.slice(run[j]!.start, run[j]!.end);
    if (digits.length > 19 || (!groupsFit && !allSingle)) break;
    allYears &&= YEAR.test(text.slice(run[j]!.start, run[j]!.end));
    if (digits.length >= 13 && !allYears && luhnValid(digits) && (ISSUER_DIGIT.test(digits) || cued())) {
      // Spaced out digit by digit, the card is the whole run: a shorter prefix passing Luhn is chance.
      if (allSingle) found = j;
      else return j;
    }
  }
  return found;
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
  for (const run of digitRuns(text)) {
    let total = 0;
    for (const g of run) total += g.end - g.start;
    if (total < 13) continue;
    for (let i = 0; i < run.length; i++) {
      const start = run[i]!.start;
      if (/[\p{L}_]/u.test(text[start - 1] ?? '')) continue;
      // A card spaced out digit by digit starts where the single digits start, not at each of them.
      if (i > 0 && start - run[i - 1]!.end <= 3 && run[i]!.end - start === 1 && run[i - 1]!.end - run[i - 1]!.start === 1) continue;
      const last = cardAt(text, run, i, () => CARD_CUE.test(before(text, start)));
      if (last < 0) continue;
      const lowerBefore = before(text, start);
      if (NOT_A_CARD.test(lowerBefore) || isReferenceNumber(lowerBefore, true)) continue;
      const end = run[last]!.end;
      if (/[\p{L}_]/u.test(text[end] ?? '')) continue;
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
