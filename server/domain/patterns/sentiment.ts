// Sentiment of a review: a lexicon score of the moderated text, combined with the stars into a label.
// AFINN-165 (the `sentiment` package), chosen over VADER: see docs/decisions.md#sentiment-analyser.
import Sentiment from 'sentiment';
import { reviewerWords } from '../screening/marks';

export type SentimentLabel = 'negative' | 'mixed' | 'positive';

const afinn = new Sentiment();

/** VADER's normalisation (x / √(x² + α), α = 15): maps an unbounded lexicon sum into (-1, 1). */
const normalise = (sum: number) => sum / Math.sqrt(sum * sum + 15);

/** The text's own polarity in (-1, 1), moderation marks left out. */
export function textPolarity(text: string): number {
  return normalise(afinn.analyze(reviewerWords(text)).score);
}

/** Text this far against the stars makes a review mixed (a 1-star rave is sarcasm or a mis-click; either way, mixed). */
export const DISAGREEMENT = 0.5;

/**
 * The stars decide the direction (they are the reviewer's own summary); the text can only temper it into
 * "mixed" when it strongly disagrees. score is the mean of text polarity and the stars mapped to [-1, 1].
 */
export function combineWithStars(polarity: number, rating: number): { score: number; label: SentimentLabel } {
  const stars = (rating - 3) / 2;
  const score = Math.round(((polarity + stars) / 2) * 1000) / 1000;
  const label: SentimentLabel =
    rating === 3
      ? 'mixed'
      : rating < 3
        ? polarity >= DISAGREEMENT
          ? 'mixed'
          : 'negative'
        : polarity <= -DISAGREEMENT
          ? 'mixed'
          : 'positive';
  return { score, label };
}

/** Pure: the same text and stars always give the same result, so an edit recomputes it. */
export function scoreSentiment(text: string, rating: number): { score: number; label: SentimentLabel } {
  return combineWithStars(textPolarity(text), rating);
}

/**
 * The stored columns for a review: title and body together, as moderated. Every writer (submission,
 * moderator edit, reviewer edit) uses this so a review is scored the same way whoever changed it.
 */
export function reviewSentiment(title: string | null, body: string, rating: number) {
  const { score, label } = scoreSentiment(title ? `${title}. ${body}` : body, rating);
  return { sentimentScore: score, sentimentLabel: label };
}
