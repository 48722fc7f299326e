import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import vader from 'vader-sentiment';
import { combineWithStars, reviewSentiment, scoreSentiment, textPolarity } from '../../../server/domain/patterns/sentiment';
import { reviewerWords } from '../../../server/domain/screening/marks';

interface Labelled {
  rating: number;
  text: string;
  tone: 'negative' | 'neutral' | 'positive';
  label: 'negative' | 'mixed' | 'positive';
}
const { items } = JSON.parse(readFileSync(new URL('../../fixtures/sentiment-sample.json', import.meta.url), 'utf8')) as {
  items: Labelled[];
};

const toneOf = (polarity: number) => (polarity >= 0.05 ? 'positive' : polarity <= -0.05 ? 'negative' : 'neutral');
const vaderPolarity = (text: string) => vader.SentimentIntensityAnalyzer.polarity_scores(reviewerWords(text)).compound;

function accuracy(polarity: (text: string) => number) {
  let label = 0;
  let tone = 0;
  for (const item of items) {
    const p = polarity(item.text);
    if (combineWithStars(p, item.rating).label === item.label) label++;
    if (toneOf(p) === item.tone) tone++;
  }
  return { label, tone };
}

describe('scoreSentiment on the labelled sample', () => {
  it('labels at least 90% of the sample right and does no worse than VADER with the same star rule', () => {
    const afinn = accuracy(textPolarity);
    const withVader = accuracy(vaderPolarity);
    expect(items.length).toBeGreaterThanOrEqual(40);
    expect(afinn.label / items.length).toBeGreaterThanOrEqual(0.9);
    expect(afinn.label).toBeGreaterThanOrEqual(withVader.label);
    expect(afinn.tone).toBeGreaterThanOrEqual(withVader.tone);
  });
});

describe('scoreSentiment', () => {
  it.each([
    { why: 'stars and text agree on bad', text: 'Rude agent, useless help, still charged.', rating: 1, label: 'negative' },
    { why: 'stars and text agree on good', text: 'Great, friendly and helpful support. Thank you!', rating: 5, label: 'positive' },
    { why: 'a neutral text follows the stars', text: 'Contacted them by email about the invoice.', rating: 2, label: 'negative' },
    { why: 'three stars is mixed', text: 'Great, friendly and helpful support.', rating: 3, label: 'mixed' },
    { why: 'a rave with one star is mixed', text: 'Great, excellent, wonderful, amazing service.', rating: 1, label: 'mixed' },
    { why: 'a rant with five stars is mixed', text: 'Terrible, awful, horrible, useless service.', rating: 5, label: 'mixed' },
  ])('says $label when $why', ({ text, rating, label }) => {
    expect(scoreSentiment(text, rating).label).toBe(label);
  });

  it('scores between -1 and 1, higher with better stars and kinder text', () => {
    const low = scoreSentiment('Awful, rude and useless.', 1).score;
    const high = scoreSentiment('Wonderful, kind and helpful.', 5).score;
    expect(low).toBeGreaterThanOrEqual(-1);
    expect(high).toBeLessThanOrEqual(1);
    expect(low).toBeLessThan(scoreSentiment('Awful, rude and useless.', 2).score);
    expect(scoreSentiment('Awful, rude and useless.', 4).score).toBeLessThan(scoreSentiment('Kind and helpful.', 4).score);
    expect(high).toBeGreaterThan(0.5);
  });

  it('ignores redaction tokens and masked words', () => {
    const plain = 'The agent refunded me.';
    expect(textPolarity(`${plain} [phone number removed] f— F—ING`)).toBe(textPolarity(plain));
    // "removed" and a masked swear must not count as anything: a bare token has no polarity at all.
    expect(textPolarity('[email removed] s—')).toBe(0);
  });

  it('scores title and body together for the stored columns', () => {
    expect(reviewSentiment('Awful', 'The chat closed on me twice.', 4).sentimentScore).toBeLessThan(
      reviewSentiment(null, 'The chat closed on me twice.', 4).sentimentScore,
    );
  });
});
