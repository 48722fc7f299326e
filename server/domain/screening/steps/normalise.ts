// Unicode NFKC, invisible and control characters dropped, whitespace collapsed: every later rule then sees one
// spelling of each character (fullwidth "ｆｕｃｋ" is "fuck", "f\u200Buck" is "fuck", "4111\u00A01111" has a space).
import { SCREENED_FIELDS, withFindings, type Finding, type Step, type TextFields } from '../pipeline';

/** Format characters (zero-width, bidi controls, tags, soft hyphen…), variation selectors and C0/C1 controls but newline and tab. */
const INVISIBLE =
  // eslint-disable-next-line no-control-regex, no-misleading-character-class -- invisible code points, each on its own
  /[\p{Cf}\u034F\u115F\u1160\u17B4\u17B5\u180B-\u180F\u3164\uFE00-\uFE0F\uFFA0\u{E0100}-\u{E01EF}\x00-\x08\x0B-\x1F\x7F-\x9F]/gu;
/** More than two combining marks on one letter is "Zalgo" decoration, not a language's accent. */
const MARK_PILE = /(\p{M}{2})\p{M}+/gu;
const HORIZONTAL_SPACE = /[\t\p{Zs}]+/gu;
/** Plain printable ASCII with single spaces needs none of the work. */
const ALREADY_PLAIN = /^[\x21-\x7E]+(?:[ \n][\x21-\x7E]+)*$/;

export interface Normalised {
  text: string;
  /** Invisible or control characters dropped. */
  invisible: number;
}

export function normaliseText(input: string): Normalised {
  if (ALREADY_PLAIN.test(input)) return { text: input, invisible: 0 };
  let invisible = 0;
  const text = input
    // NFKC folds the fullwidth and small "＜" "＞" into "<" ">": they stay as typed, so no text becomes markup here.
    .replace(/[^\uFE64\uFE65\uFF1C\uFF1E]+/g, (run) => run.normalize('NFKC'))
    .replace(/\r\n?|[\u2028\u2029\x85]/g, '\n')
    .replace(INVISIBLE, () => {
      invisible++;
      return '';
    })
    .replace(MARK_PILE, '$1')
    .replace(HORIZONTAL_SPACE, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { text, invisible };
}

export const normaliseStep: Step = (state) => {
  let invisible = 0;
  const text = { ...state.text } as TextFields;
  for (const field of SCREENED_FIELDS) {
    const result = normaliseText(state.text[field]);
    text[field] = result.text;
    invisible += result.invisible;
  }
  const findings: Finding[] = invisible
    ? [{ step: 'normalise', kind: 'invisible', count: invisible, reason: 'hidden characters removed', severity: 'info', risk: 1 }]
    : [];
  const changed = SCREENED_FIELDS.some((f) => text[f] !== state.text[f]);
  return withFindings(state, changed ? text : state.text, findings);
};
