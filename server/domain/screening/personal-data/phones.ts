// Phone numbers, national and international: a cheap scan finds digit runs shaped like one, and only those go
// to libphonenumber-js (about 10x slower than a regular expression), with a default country each, since without
// one it finds only numbers written with "+". Fake "support" numbers are a known scam, so none gets through.
import { parsePhoneNumberFromString, isValidPhoneNumber, type CountryCode } from 'libphonenumber-js';
import { hasPhoneCue, isReferenceNumber } from './context';
import { before, countDigits, overlaps, type Detector, type Span } from './spans';

export const DEFAULT_COUNTRIES: readonly CountryCode[] = ['US', 'CA', 'GB', 'IN', 'DE', 'FR', 'AU'];
/** Countries whose national numbers start with a trunk 0 (or keep the 0, as Italy does), by digits with the 0. */
const TRUNK_ZERO_COUNTRIES: Record<number, readonly CountryCode[]> = {
  9: ['DE', 'NL', 'BE', 'IE', 'IT', 'AT', 'SE', 'FI', 'NZ'],
  10: ['GB', 'DE', 'FR', 'AU', 'NL', 'BE', 'IE', 'IT', 'AT', 'CH', 'SE', 'FI', 'HU', 'RO', 'NZ', 'ZA'],
  11: ['GB', 'DE', 'IN', 'IT', 'AT', 'FI', 'HU', 'NZ', 'TR'],
  12: ['DE', 'AT'],
};
/** Countries with no trunk prefix, by national length: Spain, Portugal, Poland (9), Denmark, Norway (8), Greece (10). */
const NO_TRUNK_COUNTRIES: Record<number, readonly CountryCode[]> = { 8: ['DK', 'NO'], 9: ['ES', 'PT', 'PL'], 10: ['GR', 'IT'] };

const MAX_GROUPS = 7;
/** Words before a list of numbers that are not phone numbers. */
const COUNTED =
  /\b(?:prices?|costs?|paid|scores?|votes?|rooms?|tickets?|seats?|pages?|episodes?|channels?|sizes?|models?|items?|lines?|numbers|totals?|points?|results?|rounds?|euros?|dollars?|pounds?)\b[^.!?\n\d]{0,15}$/;
const HAS_LETTER = /\p{L}/u;

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

/** One libphonenumber check, paid from the text's budget. */
function validIn(candidate: string, countries: readonly CountryCode[] | undefined, cache: ShapeCache): boolean {
  for (const country of countries ?? []) {
    if (cache.budget-- <= 0) return false;
    if (isValidPhoneNumber(candidate, country)) return true;
  }
  return false;
}

/** "601 602 603", "512 513 514": groups of one size counting up are a list, not a phone number. */
function countingUp(groups: readonly string[]): boolean {
  return groups.every((g, i) => i === 0 || (g.length === groups[0]!.length && Number(g) === Number(groups[i - 1]) + 1));
}

function nationallyValid(candidate: string, digits: string, groups: string[], cache: ShapeCache): Shape {
  if (digits[0] === '0') return validIn(candidate, TRUNK_ZERO_COUNTRIES[digits.length], cache) ? 'strong' : false;
  // NANP, or an Indian mobile
  if (
    ((digits.length === 10 && /^[2-9]/.test(digits)) || (digits.length === 11 && digits[0] === '1')) &&
    validIn(candidate, DEFAULT_COUNTRIES, cache)
  )
    return 'strong';
  // With no trunk 0 the shape is all there is: only a mobile-like number written in the national groups of two and
  // three digits counts ("612 345 678", "34 41 23 45", "312 345 6789"), never one digit repeated ("999 999 999").
  const nationalGroups =
    groups.length >= 3 &&
    groups.every((g, i) => g.length === 2 || g.length === 3 || (i === groups.length - 1 && g.length === 4 && digits.length === 10));
  if (!nationalGroups || !/^[2-9]/.test(digits) || /^(\d)\1+$/.test(digits) || countingUp(groups)) return false;
  return (digits.length !== 9 || /^[5-9]/.test(digits)) && validIn(candidate, NO_TRUNK_COUNTRIES[digits.length], cache) ? 'weak' : false;
}

/** libphonenumber checks per text (about 25 µs each): a text needing more is a table of numbers, not a review. */
const VALIDATION_BUDGET = 100;

/** Shape verdicts of one text's candidates, so windows seen again cost nothing, and what is left of the budget. */
export interface ShapeCache {
  /** `weak`: a shape only, a number of a country without a trunk 0 and no cue. */
  verdicts: Map<string, Shape>;
  budget: number;
}

export const newShapeCache = (): ShapeCache => ({ verdicts: new Map(), budget: VALIDATION_BUDGET });

type Shape = 'strong' | 'weak' | false;

/** A phone number by its shape alone, no cue needed (and not a date or a list of years). */
function shapedLikeAPhone(candidate: string, cache: ShapeCache): Shape {
  const known = cache.verdicts.get(candidate);
  if (known !== undefined) return known;
  const digits = candidate.replace(/\D/g, '');
  const groups = candidate.split(/\D+/).filter(Boolean);
  let shaped: Shape;
  const strongIf = (ok: boolean): Shape => (ok ? 'strong' : false);
  if (DATE.test(candidate) || groups.every((g) => YEAR.test(g))) shaped = false;
  else if (NORTH_AMERICAN.test(candidate)) shaped = 'strong';
  else if (cache.budget <= 0) return false;
  else if (/^(?:\+|00)/.test(candidate)) {
    cache.budget--;
    shaped = strongIf(parsePhoneNumberFromString(`+${digits.replace(/^00/, '')}`)?.isPossible() === true);
  } else {
    shaped = nationallyValid(candidate, digits, groups, cache);
    // An international number written without its "+": 91-415-555-0132.
    if (!shaped && groups.length >= 3 && digits.length >= 11 && digits.length <= 13 && cache.budget-- > 0)
      shaped = !countingUp(groups) && parsePhoneNumberFromString(`+${digits}`)?.isValid() === true ? 'weak' : false;
  }
  cache.verdicts.set(candidate, shaped);
  return shaped;
}

/** `lowerBefore` and `after`: the text around the candidate; `cueCounts`: whether a phone cue alone may decide. */
export function isPhoneNumber(candidate: string, lowerBefore: string, after = '', cueCounts = true, cache = newShapeCache()): boolean {
  const digits = countDigits(candidate);
  if (digits < 7 || digits > 15 || /^:\d/.test(after)) return false;
  let shaped = shapedLikeAPhone(candidate, cache);
  // A shape alone is not enough inside a longer run of numbers or after a word that counts things ("rooms 601 602 603").
  if (shaped === 'weak' && (/^[ .\-/]{1,2}\d/.test(after) || /\d[ .\-/]{1,2}$/.test(lowerBefore) || COUNTED.test(lowerBefore)))
    shaped = false;
  // Named as a phone number, a shorter or unusual one counts, up to a national number's length.
  if (!shaped && !(cueCounts && digits <= 12 && !DATE.test(candidate) && hasPhoneCue(lowerBefore))) return false;
  return !(HAS_LETTER.test(lowerBefore) && isReferenceNumber(lowerBefore)) && !UNIT_AFTER.test(after);
}

/**
 * Two numbers written side by side look like one long candidate ("020 7946 0958 020 7946 0000"): take the longest
 * run of its digit groups that is a phone number, shape first and a cue only after, then go on after it.
 */
function phonesIn(text: string, at: number, candidate: string, taken: readonly Span[], cache: ShapeCache): Span[] {
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
    return runs
      .filter((r) => r.length)
      .flatMap((r) => phonesIn(text, r[0]!.start, text.slice(r[0]!.start, r[r.length - 1]!.end), [], cache));
  }
  const groups = all;
  const spans: Span[] = [];
  for (let i = 0; i < groups.length;) {
    let found = -1;
    const lowerBefore = before(text, groups[i]!.start);
    // Cue words need letters: in a run of numbers the cue tests are skipped.
    const cued = HAS_LETTER.test(lowerBefore) && hasPhoneCue(lowerBefore);
    for (const cueCounts of cued ? [false, true] : [false]) {
      // A phone number is written in at most MAX_GROUPS groups: the window from each start is bounded.
      const last = Math.min(groups.length, i + MAX_GROUPS);
      let digits = groups.slice(i, last).reduce((n, g) => n + g.digits, 0);
      for (let j = last; j > i && found < 0; digits -= groups[--j]!.digits) {
        if (digits < 7 || digits > 15) continue;
        const start = groups[i]!.start;
        const end = groups[j - 1]!.end;
        if (isPhoneNumber(text.slice(start, end), lowerBefore, text.slice(end, end + 16), cueCounts, cache)) found = j;
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
    const cache = newShapeCache();
    for (const m of text.matchAll(CANDIDATE)) spans.push(...phonesIn(text, m.index, m[0], taken, cache));
  }
  if (text.includes('8')) {
    for (const m of text.matchAll(VANITY)) spans.push({ start: m.index, end: m.index + m[0].length, kind: 'phone' });
  }
  return spans;
};
