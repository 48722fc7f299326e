// Digits of other scripts (Arabic-Indic ٤١١١, Devanagari, Thai…) read as ASCII digits, so every detector sees one
// spelling; NFKC has already folded fullwidth and mathematical digits. Same length, so spans map back 1:1.

/** Each BMP decimal digit's value; decimal digits come in consecutive runs of ten starting at zero. */
const DIGIT_VALUES = new Map<number, number>();
for (let cp = 0x80, run = 0; cp <= 0xffff; cp++) {
  if (/\p{Nd}/u.test(String.fromCharCode(cp))) DIGIT_VALUES.set(cp, run++ % 10);
  else run = 0;
}

// eslint-disable-next-line no-control-regex -- the range is all of ASCII, controls included
const OTHER_DIGIT = /[^\x00-\x7F]/;

/** The text with every BMP decimal digit written as its ASCII digit; the same string when there is none. */
export function foldDigits(text: string): string {
  if (!OTHER_DIGIT.test(text)) return text;
  let out = '';
  let changed = false;
  for (let i = 0; i < text.length; i++) {
    const value = DIGIT_VALUES.get(text.charCodeAt(i));
    if (value === undefined) out += text[i];
    else {
      out += String(value);
      changed = true;
    }
  }
  return changed ? out : text;
}
