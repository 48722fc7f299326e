// What screening puts into a review's text that is not the reviewer's words: redaction tokens and masked words.
// Sentiment and recurring phrases both leave them out.

/** "[phone number removed]", "[email removed]" …: inserted by moderation where personal data was. */
export const REDACTION_TOKEN = /\[[^\]\n]{1,40} removed\]/giu;

/** A word with an em dash in it; it is a soft-masked word ("f—", "F—ING") when a letter comes before the dash. */
const WORD_WITH_DASHES = /[\p{L}\p{N}'—]+/gu;
const MASK = /\p{L}—/u;

/**
 * The text with every moderation mark (redaction token, masked word) replaced by `by`. Words are matched whole and
 * then looked into, so a long run of letters is read once (a pattern that looked for the dash inside the run
 * backtracked over it: 300 ms for 5,000 letters).
 */
export function replaceModerationMarks(text: string, by: string): string {
  const untokened = text.includes('[') ? text.replace(REDACTION_TOKEN, by) : text;
  return untokened.includes('—') ? untokened.replace(WORD_WITH_DASHES, (word) => (MASK.test(word) ? by : word)) : untokened;
}

/** The reviewer's own words, with every moderation mark replaced by a sentence break so no phrase spans one. */
export const reviewerWords = (text: string): string => replaceModerationMarks(text, ' . ');
