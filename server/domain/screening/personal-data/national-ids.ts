// Identity numbers: US social security numbers by their shape and issuing rules, UK National Insurance
// numbers, and any ID, passport or licence number written after the words that name it.
import { isReferenceNumber } from './context';
import { before, stickyMatches, type Detector, type Span } from './spans';

/** 3-2-4 digits with one consistent separator; unseparated only when named (nine digits alone are too common). */
const SSN = /(?<![\w./-])(\d{3})([ .-])(\d\d)\2(\d{4})(?![\w]|[./-]\d)/y;
const NAMED_SSN =
  /\b(?:ssn|ss#|social\s+security(?:\s+(?:number|no\.?|#))?|social)\s*(?:is|was|:|=|-|#)?\s*(\d{9}|\d{3}([ .-])\d\d\2\d{4})(?!\d)/gi;

/** Area 000, 666 and 900-999, group 00 and serial 0000 are never issued. */
export const ssnIssuable = (area: string, group: string, serial: string) =>
  area !== '000' && area !== '666' && area[0] !== '9' && group !== '00' && serial !== '0000';

/**
 * UK National Insurance: two prefix letters (HMRC never issues D, F, I, Q, U, V first or D, F, I, O, Q, U, V second,
 * nor BG, GB, KN, NK, NT, TN, ZZ; QQ is HMRC's own example), six digits in pairs, threes or unbroken, a letter A-D.
 */
const NINO_SOURCE = String.raw`\b(?!BG|GB|KN|NK|NT|TN|ZZ)(?:QQ|[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z])[ -]?(?:\d\d[ -]?\d\d[ -]?\d\d|\d{3} \d{3})[ -]?[A-D]\b`;
const NINO = new RegExp(NINO_SOURCE, 'g');
/** In lower case ("hh 01 02 03 d") only when something names an ID: "on 12 34 56 a" is prose. */
const NINO_ANY_CASE = new RegExp(NINO_SOURCE, 'gi');
/** US ITIN: 9xx-7x-xxxx, the group in the IRS's ranges (50-65, 70-88, 90-92, 94-99), with a separator. */
const ITIN = /(?<![\w./-])9\d\d([ .-])(?:5\d|6[0-5]|7\d|8[0-8]|9[0-24-9])\1\d{4}(?![\w]|[./-]\d)/y;
/** UK driving licence: surname (padded with 9s), birth date with the month +50 for women, initials, check digits. */
const UK_DRIVING_LICENCE = /\b[A-Z9]{5} ?\d ?[0156] ?\d ?[0-3] ?\d ?\d ?[A-Z9]{2}\d[A-Z0-9]{2}(?: ?\d\d)?\b/y;

/** Named identity documents; the number after the name is removed whatever its format, if it has 4+ digits. */
const NAMED_ID =
  /\b(?:passport|passeport|pasaporte|reisepass|driver'?s?\s+licen[cs]e|driving\s+licen[cs]e|licen[cs]e|dl|itin|social\s+insurance|num[ée]ro\s+d['’]assurance\s+sociale|n°\s*d['’]assurance\s+sociale|assurance\s+sociale|nas|dni|nie|bsn|personalausweis|ausweis|carte\s+d['’]identit[ée]|codice\s+fiscale|pesel|national\s+(?:id|identity|insurance)|id\s+card|identity\s+card|tax\s+(?:id|file|identification|number)|tfn|tin|aadhaa?r|pan|sin|nino|ni|nhs|medicare|health\s+card|id|identification|ssn)(?:\s+(?:card\s+)?(?:number|no\.?|num|nr|#))?\s*(?:is|was|:|=|-|#)?\s*([A-Za-z]{0,6}\d[A-Za-z\d]*(?:[ -][A-Za-z\d]+){0,4})/gi;

/** A word that names an ID, a little before a number: only then do the named-ID rules run over the text. */
const LABEL_NEAR =
  /\b(?:passport|passeport|pasaporte|reisepass|licen[cs]e|dl|dvla|itin|insurance|assurance|nas|dni|nie|bsn|personalausweis|ausweis|identit[ée]|identity|fiscale|pesel|national|id|identification|tax|tfn|tin|aadhaa?r|pan|sin|nino|ni|nhs|medicare|health\s+card|ssn|ss#|social)\b[^.!?\n]{0,40}$/i;

export const findNationalIds: Detector = (text, { digits, digitStarts: starts }) => {
  const spans: Span[] = [];
  if (digits < 4) return spans;
  // The shapes that start on a digit are tried only where digits start.
  if (digits >= 9)
    for (const m of stickyMatches(text, SSN, starts)) {
      if (ssnIssuable(m[1]!, m[3]!, m[4]!)) spans.push({ start: m.index, end: m.index + m[0].length, kind: 'id' });
    }
  const named = starts.some((at) => LABEL_NEAR.test(text.slice(Math.max(0, at - 60), at)));
  if (named)
    for (const m of text.matchAll(NAMED_SSN)) {
      const end = m.index + m[0].length;
      spans.push({ start: end - m[1]!.length, end, kind: 'id' });
    }
  if (digits >= 6)
    for (const m of text.matchAll(named ? NINO_ANY_CASE : NINO)) spans.push({ start: m.index, end: m.index + m[0].length, kind: 'id' });
  if (digits >= 9)
    for (const m of stickyMatches(text, ITIN, starts)) spans.push({ start: m.index, end: m.index + m[0].length, kind: 'id' });
  // A licence's digits start five letters in (six after a space): tried only there.
  if (digits >= 6)
    for (const at of starts) {
      for (const from of [at - 5, at - 6]) {
        if (from < 0) continue;
        UK_DRIVING_LICENCE.lastIndex = from;
        const m = UK_DRIVING_LICENCE.exec(text);
        if (m) spans.push({ start: m.index, end: m.index + m[0].length, kind: 'id' });
      }
    }
  if (named)
    for (const m of text.matchAll(NAMED_ID)) {
      const value = trimToDigits(m[1]!);
      const start = m.index + m[0].length - m[1]!.length;
      if ((value.match(/\d/g)?.length ?? 0) < 4 || value.length < 5 || isReferenceNumber(before(text, start))) continue;
      spans.push({ start, end: start + value.length, kind: 'id' });
    }
  return spans;
};

/** Stops at the first word with no digit that the pattern took along ("D1234567 expired", "44521 said wait 48"). */
function trimToDigits(value: string): string {
  const parts = value.split(/(?=[ -])/);
  const end = parts.findIndex((p, i) => i > 0 && !/\d/.test(p));
  return (end < 0 ? parts : parts.slice(0, end)).join('');
}
