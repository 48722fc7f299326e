// Street addresses: a house number, a street name and a street type, in the English-speaking order ("42 Elm
// Street", "221B Baker St.", "Flat 3, 12 High Road") and the European ones ("Hauptstraße 5", "12 rue de la Paix",
// "Calle Mayor 10", "Kerkstraat 12"). The name must look like a name, so "3 Street Fighter games" and "the 5
// Avenue buses" (no name) and "Route 66" (no street type) stay.
import { stickyMatches, type Detector, type Span } from './spans';

const STREET_TYPES =
  'street st road rd avenue ave av lane ln drive dr boulevard blvd court ct place pl terrace terr close way crescent cres gardens gdns square sq parkway pkwy highway hwy circle cir grove mews wharf parade esplanade pike alley'.split(
    ' ',
  );
/** "Street", "street" or "STREET": the patterns below are case-sensitive so that names must be capitalised. */
const anyCase = (words: readonly string[]) =>
  `(?:${words.map((t) => `[${t[0]!.toUpperCase()}${t[0]}]${t.slice(1)}|${t.toUpperCase()}`).join('|')})`;
const STREET_TYPE = anyCase(STREET_TYPES);
/** A capitalised word of a street name, or a lower-case one when the street type is spelt in full. */
const NAME_WORD = String.raw`(?:[A-Z][\p{L}'’-]{1,20}|[A-Z]\.|\d{1,3}(?:st|nd|rd|th))`;
/** "Flat 3, " or "Apt 4B, " just before the house number, read back from it. */
const UNIT_BEFORE = new RegExp(
  String.raw`\b${anyCase(['flat', 'apt', 'apartment', 'unit', 'suite', 'ste', 'room'])}\.?\s*#?\s*\w{1,5},?\s+$`,
  'u',
);
/** 42 Elm Street, 221B Baker St., 1600 Pennsylvania Ave NW; tried where digits start (sticky), not a count ("the 2"). */
const ENGLISH = new RegExp(
  String.raw`(?<![\p{L}\d.,:-]|\b(?:[Tt]he|[Tt]hese|[Tt]hose|[Aa]ll|[Bb]oth|of)\s)\d{1,5}[A-Za-z]?(?:-\d{1,5})?,?\s+(?:${NAME_WORD}\s+){1,3}${STREET_TYPE}\b\.?(?:\s+(?:N|S|E|W|NE|NW|SE|SW)\b)?`,
  'uy',
);
/** Written in lower case ("42 elm street"): the street type must be spelt in full and something must say "address". */
const ENGLISH_LOWER = new RegExp(
  String.raw`(?<![\p{L}\d.,/:-])\d{1,5}[a-z]?\s+(?:(?!(?:the|a|an|my|your|our|his|her|their|other|more|different|separate|same|new|old|long|short|wrong|right|minutes?|hours?|days?|miles?|times|km|mins?)\s)[a-z][a-z'-]{1,20}\s+){1,2}(?:street|road|avenue|lane|drive|boulevard|court|terrace|crescent|gardens|square|close|way|place)\b`,
  'iuy',
);
const ADDRESS_CUE_BEFORE =
  /\b(?:live|lives|living|lived|address|moved|move|house|home|flat|apartment|deliver(?:ed|y)?|sent|ship(?:ped)?|located|based|at|to)\b[^.!?\n\d]{0,12}$/i;
/** Hauptstraße 5, Hauptstr. 5a, Kerkstraat 12, Schillerweg 3, Storgatan 4, Nørregade 10. */
const COMPOUND_SUFFIX =
  /(?:-(?:Straße|Strasse|Str\.|Gasse|Weg|Allee|Platz|Ring|Damm|Ufer|Chaussee)|straße|strasse|str\.|gasse|weg|allee|platz|ring|damm|ufer|chaussee|straat|laan|gracht|plein|kade|steeg|dreef|singel|vej|gade|gatan|vägen|gata|veien|veg|gränd)$/;
const CAPITAL = /^[A-ZÄÖÜÆØÅ]/;
const WORD_CHAR = /[\p{L}.-]/u;

/** The word just before `at` (one space allowed), when it is a capitalised street name ending in a street suffix. */
function compoundNameBefore(text: string, at: number): string | undefined {
  let end = at;
  if (text[end - 1] === ' ') end--;
  let start = end;
  while (start > 0 && end - start < 40 && WORD_CHAR.test(text[start - 1]!)) start--;
  const word = text.slice(start, end);
  if (word.length < 4 || !CAPITAL.test(word) || !COMPOUND_SUFFIX.test(word)) return undefined;
  return text.slice(start, at);
}
/** The house number after a European street name: "5", "12a", "45 b". */
const HOUSE_NUMBER = /\d{1,4}(?:\s?[a-zA-Z])?(?![\p{L}\d])/uy;
/** 12 rue de la Paix, 5 bis avenue Victor Hugo, 3 place du Marché. */
const FRENCH = new RegExp(
  String.raw`(?<![\p{L}\d])\d{1,4}(?:\s?(?:bis|ter))?,?\s+(?:rue|avenue|av\.|boulevard|bd|place|allée|chemin|impasse|quai|route|cours|passage)\s+(?:(?:de|du|des|la|le|l'|d')\s*){0,2}[A-ZÀ-Ý][\p{L}'-]+(?:\s+[A-ZÀ-Ý][\p{L}'-]+){0,2}`,
  'uy',
);
/** Calle Mayor 10, C/ Mayor 10, Avenida de la Constitución 5, Via Roma 10, Rua Augusta 100, Piazza Navona 2. */
const SOUTHERN_NAME = new RegExp(
  String.raw`\b(?:Calle|C\/|Avenida|Avda\.?|Plaza|Paseo|Carrer|Via|Viale|Piazza|Corso|Largo|Rua|Travessa|Praça)\s+(?:(?:de|del|la|las|los|di|della|dei|do|da|dos|das)\s+){0,2}[A-ZÀ-Ý][\p{L}'-]+(?:\s+[A-ZÀ-Ý][\p{L}'-]+){0,2},?\s+(?:n\.?º\s*|nº\s*|no\.?\s*)?$`,
  'u',
);

/** A town and postcode right after the street ("…, East Finchley London, N2 8AW", "…, Springfield, IL 62704"). */
const TOWN_AND_POSTCODE =
  /^,?\s*(?:[A-Z][\p{L}'-]+(?:\s+[A-Z][\p{L}'-]+){0,3},?\s+)?(?:[A-Z]{2}\s+)?(?:[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|\d{5}(?:-\d{4})?)(?![\p{L}\d])/u;

function push(text: string, start: number, m: RegExpExecArray, spans: Span[]): void {
  const end = m.index + m[0].replace(/[\s,]+$/, '').length;
  // The town goes with the street only when a postcode follows: a town alone says little about where one lives.
  const postcode = TOWN_AND_POSTCODE.exec(text.slice(end, end + 60));
  spans.push({ start, end: end + (postcode ? postcode[0].length : 0), kind: 'address' });
}

export const findAddresses: Detector = (text, { digits, digitStarts: starts }) => {
  const spans: Span[] = [];
  if (digits === 0) return spans;
  for (const m of stickyMatches(text, ENGLISH, starts)) {
    const unit = UNIT_BEFORE.exec(text.slice(Math.max(0, m.index - 25), m.index));
    push(text, m.index - (unit ? unit[0].length : 0), m, spans);
  }
  for (const m of stickyMatches(text, ENGLISH_LOWER, starts)) {
    if (ADDRESS_CUE_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))) push(text, m.index, m, spans);
  }
  // European forms name the street before the number: read the name back from each number.
  for (const at of starts) {
    const name = compoundNameBefore(text, at) ?? SOUTHERN_NAME.exec(text.slice(Math.max(0, at - 70), at))?.[0];
    if (!name) continue;
    HOUSE_NUMBER.lastIndex = at;
    const house = HOUSE_NUMBER.exec(text);
    if (house) push(text, at - name.length, house, spans);
  }
  for (const m of stickyMatches(text, FRENCH, starts)) push(text, m.index, m, spans);
  return spans;
};
