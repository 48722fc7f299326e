// What moderation put into a review's text that is not the reviewer's words: redaction tokens and masked words.
// Sentiment and recurring phrases both leave them out.

/** "[phone number removed]", "[email removed]" …: inserted by moderation where personal data was. */
export const REDACTION_TOKEN = /\[[^\]\n]{1,40} removed\]/giu;

/** A soft-masked word: letters then an em dash ("f—", "F—ING"); a spaced dash is punctuation, not a mask. */
export const MASKED_WORD = /[\p{L}\p{N}']*\p{L}—[\p{L}\p{N}—']*/gu;

/** The reviewer's own words, with every moderation mark replaced by a sentence break so no phrase spans one. */
export function reviewerWords(text: string): string {
  return text.replace(REDACTION_TOKEN, ' . ').replace(MASKED_WORD, ' . ');
}
