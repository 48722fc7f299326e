// Numbers that only look like personal data: dates with times, measurements, versions and parcel tracking numbers.
// They are claimed first (as `keep` spans) so no later rule reads them as a phone number, a card or a code.
import { countDigits, stickyMatches, type Detector, type Span } from './spans';

/** 12/03/2024, 2024-03-12, 3.12.24; 12/03 only when a time follows. */
const DATE = /(?<![\w./-])(?:\d{4}([/.-])\d{1,2}\1\d{1,2}|\d{1,2}([/.-])\d{1,2}(?:\2(?:\d{4}|\d\d))?)(?![\w]|[/.-]\d)/y;
/** The time written after a date: "14:30", " at 2.30pm", " um 14.30 Uhr", "T09:15:00". */
const TIME_AFTER = /^,?\s*(?:at|um|à|om|kl\.?|alle|a las|-|T)?\s*\d{1,2}(?:[:.h]\d\d){1,2}(?:\s*(?:[ap]\.?m\.?|uhr|h)(?![\p{L}\d]))?/iu;
/** 14:30, 9:30am, 10:45:12. */
const TIME = /(?<![\w.:])\d{1,2}(?::\d\d){1,2}(?:\s*[ap]\.?m\.?)?(?![\w:])/iy;
/** Units that are not words: after a spaced number "a", "in" or "mi" may be words ("5 a day", "263 in Amsterdam"). */
const UNIT = String.raw`(?:mm|cm|km|inch|inches|ft|feet|foot|"|''|yd|miles|kg|mg|lb|lbs|oz|ml|cl|litres?|liters?|gal|kw|kwh|mah|wh|hz|khz|mhz|ghz|kb|mb|gb|tb|kbps|mbps|gbps|mb\/s|gb\/s|fps|px|dpi|ppi|mp|°c|°f|°|%)`;
const NUMBER = String.raw`\d{1,6}(?:[.,]\d{1,3})?`;
/** 120 x 60 x 45 cm, 1920x1080, 60 by 40 cm, 2.4 GHz, 5,000 mAh, 65" TV, 5m, 2kg. */
const MEASUREMENT = new RegExp(
  [
    String.raw`(?<![\w.,])${NUMBER}\s?(?:${UNIT}\s?)?(?:[x×*]\s?${NUMBER}\s?){1,3}(?:${UNIT}(?![\p{L}\d]))?`,
    String.raw`(?<![\w.,])${NUMBER}\s?(?:${UNIT}\s)?by\s${NUMBER}\s?${UNIT}(?![\p{L}\d])`,
    String.raw`(?<![\w.,])\d{1,3}(?:[ .,]\d{3}){0,3}(?:[.,]\d{1,3})?\s?${UNIT}(?![\p{L}\d])`,
    String.raw`(?<![\w.,])${NUMBER}(?:m|l|g|w|v|a|in|mi)(?![\p{L}\d])`,
  ].join('|'),
  'iuy',
);
/** v2.4.1, version 10.4.3, iOS 17.4.1: dotted versions, marked as such (a dotted phone number has the same shape). */
const VERSION =
  /(?<=\bv|\b(?:version|ver\.?|firmware|build|release|update|patch|ios|android|macos|windows|app|software|os)\s{0,2}v?)\d{1,4}(?:\.\d{1,5}){1,5}(?![\w.]|\.\d)/iy;
/** UPS 1Z…, Royal Mail / international post AB123456789GB, DHL JD + 18 digits, USPS 20-22 digits from 92-95. */
const TRACKING =
  /\b(?:1Z ?[0-9A-Z]{3} ?[0-9A-Z]{3} ?[0-9A-Z]{2} ?[0-9A-Z]{4} ?[0-9A-Z]{3} ?[0-9A-Z]|[A-Z]{2} ?\d{3} ?\d{3} ?\d{3} ?[A-Z]{2}|JJD\d{9,20}|JD\d{16,18}|9[2-5]\d\d(?:[ -]?\d{4}){4}[ -]?\d{2,4}|420\d{5}9[2-5]\d{20})\b/y;
/** ISBN-13 and ISBN-10, hyphenated or not (978-0-13-110362-7, ISBN 0-306-40615-2). */
const ISBN = /(?:(?<=\bISBN(?:-1[03])?:?\s*)(?:\d[- ]?){9}[\dX]\b|97[89](?:[- ]?\d){10}\b)/iy;
/** A courier or tracking word, then the number: FedEx 12/15 digits, DHL 10, Evri 16… */
const COURIER_BEFORE =
  /\b(?:tracking|track|tracked|parcel|package|shipment|consignment|waybill|awb|dhl|fedex|ups|usps|royal\s+mail|parcelforce|evri|hermes|dpd|gls|yodel|colissimo|chronopost|correos|postnl|bpost|canada\s+post|australia\s+post|auspost)\b[^.!?\n\d]{0,25}?([A-Z]{0,4})$/i;
/** The number itself, from its first digit: parts of letters and digits, eight digits or more in all. */
const COURIER_NUMBER = /\d[\dA-Z]*(?:[ -][\dA-Z]*\d[\dA-Z]*){0,5}/iy;

/** Patterns that start on a digit are sticky and tried only where digits start. */

/** Patterns that start on a digit are sticky and tried only where digits start. */
function collect(text: string, re: RegExp, spans: Span[], starts: readonly number[]): void {
  for (const m of stickyMatches(text, re, starts)) spans.push({ start: m.index, end: m.index + m[0].length, kind: 'keep' });
}

/** Where a tracking number may start: on a digit, or two or three letters before one (AB123456789GB, JJD0…). */
function trackingStarts(starts: readonly number[]): number[] {
  const out: number[] = [];
  for (const at of starts) for (const back of [3, 2, 0]) if (at - back >= 0) out.push(at - back);
  return out;
}

function collectDates(text: string, spans: Span[], starts: readonly number[]): void {
  for (const m of stickyMatches(text, DATE, starts)) {
    const end = m.index + m[0].length;
    const time = TIME_AFTER.exec(text.slice(end, end + 30));
    // A day and month alone ("12/03") is a date only with its time; otherwise it may be a fraction or an expiry.
    const parts = m[0].split(/\D/).map(Number);
    if (!m[1] && parts.length < 3 && !time) continue;
    // Day and month: both at most 31 and one at most 12 ("12-34-56" is a code, not a date).
    const [a, b] = m[1] ? [parts[1]!, parts[2]!] : [parts[0]!, parts[1]!];
    if (a > 31 || b > 31 || (a > 12 && b > 12) || a === 0 || b === 0) continue;
    spans.push({ start: m.index, end: end + (time ? time[0].length : 0), kind: 'keep' });
  }
}

export const findLookAlikes: Detector = (text, { digits, digitStarts: starts }) => {
  const spans: Span[] = [];
  if (digits < 3) return spans;
  collectDates(text, spans, starts);
  if (text.includes(':')) collect(text, TIME, spans, starts);
  collect(text, MEASUREMENT, spans, starts);
  if (text.includes('.')) collect(text, VERSION, spans, starts);
  // Tracking numbers start on a digit or two or three letters before one: tried only there.
  if (digits >= 9) collect(text, TRACKING, spans, trackingStarts(starts));
  if (digits >= 10) collect(text, ISBN, spans, starts);
  // After a courier's name or a tracking word, any number of eight digits or more ("DHL Express waybill 3838 2948 51").
  if (digits >= 8)
    for (const m of stickyMatches(text, COURIER_NUMBER, starts)) {
      if (countDigits(m[0]) < 8) continue;
      const cue = COURIER_BEFORE.exec(text.slice(Math.max(0, m.index - 45), m.index));
      if (cue) spans.push({ start: m.index - cue[1]!.length, end: m.index + m[0].length, kind: 'keep' });
    }
  return spans;
};
