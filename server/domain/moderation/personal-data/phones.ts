// Phone numbers, national and international: a cheap scan finds digit runs shaped like one, and only those go
// to libphonenumber-js (about 10x slower than a regular expression), with a default country each, since without
// one it finds only numbers written with "+". Fake "support" numbers are a known scam, so none gets through.
import { parsePhoneNumberFromString, isValidPhoneNumber, type CountryCode } from 'libphonenumber-js';
import { hasPhoneCue, isReferenceNumber } from './context';
import { before, overlaps, type Detector, type Span } from './spans';

export const DEFAULT_COUNTRIES: readonly CountryCode[] = ['US', 'CA', 'GB', 'IN', 'DE', 'FR', 'AU'];

/** Digits with single separators, brackets around an area code, an optional + or 00 in front. */
const CANDIDATE =
  /(?<![\w+\-/.,$€£¥₹])(?:\+ ?|\b00 ?)?[([]?\d(?:(?:[ .\-/]{1,2}|[ ]?[)\]][ .-]?|[ ]?[([])?\d){6,}(?![A-Za-z\d\u00C0-\u024F]|[.,\-/]\d)/g;
const DATE = /^\d{1,4}([/.-])\d{1,2}\1\d{1,4}$/;
const YEAR = /^(?:19|20)\d\d$/;
/** "300 500 1000 Mbps", "2 500 000 views": quantities, whatever their grouping. */
const UNIT_AFTER =
  /^ ?(?:%|percent|[kmgt]b(?:ps)?|[kmg]?hz|fps|ms|secs?|seconds?|min(?:ute)?s?|h(?:ou)?rs?|hours?|days?|weeks?|months?|years?|times|views|people|users|subscribers|members|customers|accounts|devices|dollars|euros|pounds|rupees|usd|eur|gbp|inr|aud|cad|points|pts|stars|episodes|reviews|calls|emails|messages)\b/i;
/** (415) 555-0132, 415-555-0132, 1-800-555-0199: the North American shape, valid or fictional. */
const NORTH_AMERICAN = /^(?:\+?1[ .-]?)?(?:\(\d{3}\) ?|\d{3}[ .-])\d{3}[ .-]\d{4}$/;
/** 1-800-NETFLIX */
const VANITY = /(?<![\w-])(?:\+?1[ .-])?\(?8(?:00|33|44|55|66|77|88)\)?-(?=[A-Z\d]{0,6}[A-Z])[A-Z\d]{3}-?[A-Z\d]{4}(?![\w])/g;

function looksNational(digits: string): boolean {
  if (digits.length === 10 && /^[2-9]/.test(digits)) return true; // NANP, or an Indian mobile
  if (digits.length === 11 && digits[0] === '1') return true; // NANP with its 1
  return digits[0] === '0' && digits.length >= 9 && digits.length <= 12; // trunk 0: UK, DE, FR, AU, IN
}

function shapedLikeAPhone(candidate: string, digits: string, groups: string[], lowerBefore: string, cueCounts: boolean): boolean {
  if (/^(?:\+|00)/.test(candidate)) return parsePhoneNumberFromString(`+${digits.replace(/^00/, '')}`)?.isPossible() === true;
  if (NORTH_AMERICAN.test(candidate)) return true;
  if (looksNational(digits) && DEFAULT_COUNTRIES.some((c) => isValidPhoneNumber(candidate, c))) return true;
  // An international number written without its "+": 91-415-555-0132.
  if (groups.length >= 3 && digits.length >= 11 && digits.length <= 13 && parsePhoneNumberFromString(`+${digits}`)?.isValid()) return true;
  // Named as a phone number, a shorter or unusual one counts, up to a national number's length.
  return cueCounts && digits.length <= 12 && hasPhoneCue(lowerBefore);
}

/** `lowerBefore` and `after`: the text around the candidate; `cueCounts`: whether a phone cue alone may decide. */
export function isPhoneNumber(candidate: string, lowerBefore: string, after = '', cueCounts = true): boolean {
  const digits = candidate.replace(/\D/g, '');
  if (digits.length < 7 || digits.length > 15 || DATE.test(candidate)) return false;
  const groups = candidate.split(/\D+/).filter(Boolean);
  if (groups.every((g) => YEAR.test(g))) return false;
  return shapedLikeAPhone(candidate, digits, groups, lowerBefore, cueCounts) && !isReferenceNumber(lowerBefore) && !UNIT_AFTER.test(after);
}

/**
 * Two numbers written side by side look like one long candidate ("020 7946 0958 020 7946 0000"): take the longest
 * run of its digit groups that is a phone number, shape first and a cue only after, then go on after it.
 */
function phonesIn(text: string, at: number, candidate: string, taken: readonly Span[]): Span[] {
  const all = [...candidate.matchAll(/[+([]*(\d+)/g)].map((g) => ({
    start: at + g.index,
    end: at + g.index + g[0].length,
    digits: g[1]!.length,
  }));
  // Digits a card, an IBAN or a code already claimed split the run: a phone number is looked for on either side.
  if (all.some((g) => overlaps(g, taken))) {
    const runs: (typeof all)[] = [[]];
    for (const g of all) {
      if (overlaps(g, taken)) runs.push([]);
      else runs[runs.length - 1]!.push(g);
    }
    return runs.filter((r) => r.length).flatMap((r) => phonesIn(text, r[0]!.start, text.slice(r[0]!.start, r[r.length - 1]!.end), []));
  }
  const groups = all;
  const spans: Span[] = [];
  for (let i = 0; i < groups.length;) {
    let found = -1;
    for (const cueCounts of [false, true]) {
      let digits = groups.slice(i).reduce((n, g) => n + g.digits, 0);
      for (let j = groups.length; j > i && found < 0; digits -= groups[--j]!.digits) {
        if (digits < 7 || digits > 15) continue;
        const start = groups[i]!.start;
        const end = groups[j - 1]!.end;
        if (isPhoneNumber(text.slice(start, end), before(text, start), text.slice(end, end + 16), cueCounts)) found = j;
      }
      if (found >= 0) break;
    }
    if (found < 0) {
      i++;
      continue;
    }
    const start = groups[i]!.start;
    spans.push({ start, end: groups[found - 1]!.end, kind: 'phone' });
    i = found;
  }
  return spans;
}

export const findPhones: Detector = (text, { digits, taken }) => {
  const spans: Span[] = [];
  if (digits >= 7) {
    for (const m of text.matchAll(CANDIDATE)) spans.push(...phonesIn(text, m.index, m[0], taken));
  }
  if (text.includes('8')) {
    for (const m of text.matchAll(VANITY)) spans.push({ start: m.index, end: m.index + m[0].length, kind: 'phone' });
  }
  return spans;
};
