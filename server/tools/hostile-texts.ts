// Texts built to make a moderation step slow: one unit repeated to a length. The benchmark times each family
// at 5,000 characters and prints the worst beside a typical review; the property test draws the units at random.

/** A unit repeated and cut to `length` characters (code units). */
export const repeatTo = (unit: string, length: number): string => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

/** Nested brackets of one kind: "((((…))))". */
export const nested = (open: string, close: string, length: number): string =>
  open.repeat(Math.floor(length / 2)) + close.repeat(Math.ceil(length / 2));

/** One example of each family the property test draws from, as the benchmark times them. */
export const HOSTILE_UNITS: Record<string, (length: number) => string> = {
  'letter + dot': (n) => repeatTo('a.', n),
  'letter + hyphen': (n) => repeatTo('a-', n),
  'letter + space': (n) => repeatTo('a ', n),
  'symbol + space': (n) => repeatTo('$ ', n),
  'accented letter + space': (n) => repeatTo('ǎ ', n),
  'wildcard + space': (n) => repeatTo('* ', n),
  'starred word': (n) => repeatTo('f* ', n),
  'one long leetspeak word': (n) => repeatTo('f4ck', n),
  'one long disguised word': (n) => repeatTo('sh1t', n),
  'spaced swear word': (n) => repeatTo('f u c k ', n),
  'Latin and Cyrillic alternating': (n) => repeatTo('aа', n),
  'Latin and Greek alternating': (n) => repeatTo('oο', n),
  'combining marks': (n) => repeatTo('a\u0301\u0302\u0303\u0308', n),
  'digit + hyphen': (n) => repeatTo('1-', n),
  'digits + space': (n) => repeatTo('12 ', n),
  'digit groups': (n) => repeatTo('1234 ', n),
  'digits + slash': (n) => repeatTo('1/', n),
  'dotted digits': (n) => repeatTo('1.2 ', n),
  'number-like groups': (n) => repeatTo('123-45-', n),
  'plus and digits': (n) => repeatTo('+1 ', n),
  'round brackets': (n) => nested('(', ')', n),
  'angle brackets': (n) => nested('<', '>', n),
  tags: (n) => repeatTo('<a>', n),
  entities: (n) => repeatTo('&lt;', n),
  'at signs': (n) => repeatTo('a@', n),
  'email-like': (n) => repeatTo('a.b@', n),
  'link-like': (n) => repeatTo('http://a.', n),
  'capitals + space': (n) => repeatTo('A ', n),
  'one letter': (n) => repeatTo('x', n),
  'line breaks': (n) => repeatTo('a\n', n),
};
