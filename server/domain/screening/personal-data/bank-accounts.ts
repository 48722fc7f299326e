// Bank accounts: IBANs anywhere (country length and ISO 13616 mod-97 checksum), and account numbers, sort codes
// and routing numbers written after the words that name them.
import type { Detector, Span } from './spans';

/** IBAN length by country (ISO 13616 registry, SWIFT release 2024). */
const IBAN_LENGTHS: Record<string, number> = {
  AD: 24,
  AE: 23,
  AL: 28,
  AT: 20,
  AZ: 28,
  BA: 20,
  BE: 16,
  BG: 22,
  BH: 22,
  BI: 27,
  BR: 29,
  BY: 28,
  CH: 21,
  CR: 22,
  CY: 28,
  CZ: 24,
  DE: 22,
  DJ: 27,
  DK: 18,
  DO: 28,
  EE: 20,
  EG: 29,
  ES: 24,
  FI: 18,
  FK: 18,
  FO: 18,
  FR: 27,
  GB: 22,
  GE: 22,
  GI: 23,
  GL: 18,
  GR: 27,
  GT: 28,
  HN: 28,
  HR: 21,
  HU: 28,
  IE: 22,
  IL: 23,
  IQ: 23,
  IS: 26,
  IT: 27,
  JO: 30,
  KW: 30,
  KZ: 20,
  LB: 28,
  LC: 32,
  LI: 21,
  LT: 20,
  LU: 20,
  LV: 21,
  LY: 25,
  MC: 27,
  MD: 24,
  ME: 22,
  MK: 19,
  MN: 20,
  MR: 27,
  MT: 31,
  MU: 30,
  NI: 28,
  NL: 18,
  NO: 15,
  OM: 23,
  PK: 24,
  PL: 28,
  PS: 29,
  PT: 25,
  QA: 29,
  RO: 24,
  RS: 22,
  RU: 33,
  SA: 24,
  SC: 31,
  SD: 18,
  SE: 24,
  SI: 19,
  SK: 24,
  SM: 27,
  SO: 23,
  ST: 25,
  SV: 28,
  TL: 23,
  TN: 24,
  TR: 26,
  UA: 29,
  VA: 22,
  VG: 24,
  XK: 20,
  YE: 30,
};

const IBAN_START = /\b[A-Za-z]{2}\d\d(?=[ ./-]?[A-Za-z0-9])/g;
const ALNUM = /[A-Za-z0-9]/;

export function ibanChecksumValid(iban: string): boolean {
  const rearranged = (iban.slice(4) + iban.slice(0, 4)).toUpperCase();
  let rest = 0;
  for (const ch of rearranged) {
    const code = ch.charCodeAt(0);
    const value = code <= 57 ? code - 48 : code - 55;
    rest = (value > 9 ? rest * 100 + value : rest * 10 + value) % 97;
  }
  return rest === 1;
}

/** Reads an IBAN of the country's length from `start`, allowing one consistent separator between characters. */
function ibanEnd(text: string, start: number, length: number): number {
  let compact = '';
  let sep: string | undefined;
  let i = start;
  while (i < text.length && compact.length < length) {
    const ch = text[i]!;
    if (ALNUM.test(ch)) {
      compact += ch;
      i++;
    } else if (compact.length >= 4 && (sep === undefined || ch === sep) && ' -./'.includes(ch) && ALNUM.test(text[i + 1] ?? '')) {
      sep = ch;
      i++;
    } else break;
  }
  if (compact.length !== length || ALNUM.test(text[i] ?? '') || !ibanChecksumValid(compact)) return -1;
  return i;
}

export const findIbans: Detector = (text, { digits }) => {
  const spans: Span[] = [];
  if (digits < 8) return spans;
  for (const m of text.matchAll(IBAN_START)) {
    const length = IBAN_LENGTHS[m[0].slice(0, 2).toUpperCase()];
    if (!length) continue;
    const end = ibanEnd(text, m.index, length);
    if (end > 0) spans.push({ start: m.index, end, kind: 'bank' });
  }
  return spans;
};

const ACCOUNT_NUMBER =
  /\b(?:(bank|checking|chequing|savings|current|deposit)\s+)?(?:account|acct\.?|a\/c)(?:\s+(?:number|no\.?|num|nr|#))?\s*(?:is|was|:|=|-|#)?\s*(\d[\d -]{4,22}\d)(?![\w/])/gi;
const ROUTING_NUMBER =
  /\b(?:sort\s*code|routing(?:\s+(?:number|no\.?|#))?|aba(?:\s+number)?|bsb|transit\s+number)\s*(?:is|was|:|=|-|#)?\s*(\d\d[- ]?\d\d[- ]?\d\d(?:\d{3})?|\d{3}[- ]?\d{3})(?![\d/])/gi;

const NAMES_AN_ACCOUNT = /acc(?:oun)?t|a\/c|sort|routing|aba|bsb|transit/;

export const findAccountNumbers: Detector = (text, { digits, lower }) => {
  const spans: Span[] = [];
  if (digits < 6 || !NAMES_AN_ACCOUNT.test(lower)) return spans;
  for (const m of text.matchAll(ACCOUNT_NUMBER)) {
    const digits = m[2]!.replace(/\D/g, '').length;
    if (digits < 6 || digits > 20) continue;
    const end = m.index + m[0].length;
    spans.push({ start: end - m[2]!.length, end, kind: m[1] ? 'bank' : 'account' });
  }
  for (const m of text.matchAll(ROUTING_NUMBER)) {
    const end = m.index + m[0].length;
    spans.push({ start: end - m[1]!.length, end, kind: 'bank' });
  }
  return spans;
};
