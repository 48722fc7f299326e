import { describe, expect, it } from 'vitest';
import { extractPhrases, MAX_PHRASES_PER_REVIEW, withoutContainedPhrases } from '../../../server/domain/patterns/phrases';

describe('extractPhrases', () => {
  it.each([
    { text: 'I was charged twice for the same month', phrases: ['charged twice', 'same month'] },
    { text: 'Charged TWICE. Charged twice!', phrases: ['charged twice'] },
    { text: 'The app is not working on my smart TV', phrases: ['not working', 'smart tv'] },
    { text: 'My card [card number removed] was charged twice', phrases: ['charged twice'] },
    { text: 'What a f— waste of time, F—ING bot', phrases: [] },
    { text: 'refund, refund agent', phrases: ['refund agent'] },
    { text: 'waited 45 minutes on hold', phrases: [] },
    { text: 'cancel button never worked and nothing', phrases: ['cancel button', 'button never worked', 'never worked'] },
  ])('finds $phrases in "$text"', ({ text, phrases }) => {
    expect(extractPhrases(text)).toEqual(phrases);
  });

  it('never counts a phrase across a redaction token, a masked word or punctuation', () => {
    const phrases = extractPhrases('call [phone number removed] today, s— support; great refund');
    expect(phrases).toEqual(['great refund']);
  });

  it('bounds the phrases counted for one review', () => {
    const words = Array.from(
      { length: 400 },
      (_, i) => `word${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`,
    );
    expect(extractPhrases(words.join(' '))).toHaveLength(MAX_PHRASES_PER_REVIEW);
  });
});

describe('withoutContainedPhrases', () => {
  const ph = (...phrases: string[]) => phrases.map((phrase, i) => ({ phrase, count: 10 - i }));
  it.each([
    { top: ph('chat bot', 'bot kept', 'chat bot kept', 'late fee'), kept: ['chat bot kept', 'late fee'] },
    { top: ph('charged twice', 'twice charged'), kept: ['charged twice', 'twice charged'] },
    { top: ph('bot', 'robot kept'), kept: ['bot', 'robot kept'] },
    { top: ph('a b', 'c d', 'e f', 'a b c'), kept: ['c d', 'e f'] },
    { top: ph('bot kept asking', 'chat bot kept', 'order number'), kept: ['bot kept asking', 'order number'] },
    { top: ph('late fee', 'fee refund'), kept: ['late fee', 'fee refund'] },
  ])('keeps $kept of $top', ({ top, kept }) => {
    expect(withoutContainedPhrases(top, 2).map((p) => p.phrase)).toEqual(kept);
  });
});
