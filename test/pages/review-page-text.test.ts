import { describe, expect, it } from 'vitest';
import { DESCRIPTION_MAX, excerpt, reviewPageText } from '../../server/pages/review-page-text';
import { shareTags } from '../../server/pages/html';

/** The <title> tag the page's head gets from this text. */
const titleTag = (text: ReturnType<typeof reviewPageText>) => shareTags({ ...text, url: 'https://reviews.example.com/' })[0];

const netflix = { name: 'Netflix' };

describe('reviewPageText', () => {
  it('quotes the review’s title and names the company', () => {
    const text = reviewPageText({ title: 'Charged twice', rating: 2, body: 'Billed twice for May.' }, netflix);
    expect(titleTag(text)).toBe('<title>“Charged twice” — Netflix customer service review — Earful</title>');
    expect(text).toEqual({
      shareTitle: '“Charged twice” — Netflix customer service review',
      description: 'Billed twice for May.',
      heading: 'A review of Netflix customer service',
      headline: 'Charged twice',
    });
  });

  it('names the stars when the review has no title', () => {
    const text = reviewPageText({ title: null, rating: 2, body: 'Billed twice for May.' }, netflix);
    expect(titleTag(text)).toBe('<title>2-star review of Netflix customer service — Earful</title>');
    expect(text.shareTitle).toBe('2-star review of Netflix customer service');
    expect(text.headline).toBe('2-star review');
  });

  it('describes the page with the start of the body', () => {
    const body = `${'The agent refunded the second charge at once. '.repeat(6)}Then nothing else happened.`;
    const { description } = reviewPageText({ title: null, rating: 4, body }, netflix);
    expect(description.length).toBeLessThanOrEqual(DESCRIPTION_MAX);
    expect(description).toMatch(/^The agent refunded the second charge at once\. The agent/);
    expect(description.endsWith('…')).toBe(true);
  });
});

describe('excerpt', () => {
  it.each([
    { text: 'Short and sweet.', max: 20, expected: 'Short and sweet.' },
    { text: '  Lines\n\nand   spaces\tbecome one line  ', max: 40, expected: 'Lines and spaces become one line' },
    { text: 'exactly twenty chars', max: 20, expected: 'exactly twenty chars' },
    { text: 'The refund came after three weeks of calls', max: 20, expected: 'The refund came…' },
    { text: 'Billed twice, then refunded', max: 16, expected: 'Billed twice…' },
    { text: 'Supercalifragilisticexpialidocious', max: 10, expected: 'Supercali…' },
    { text: '👍👍👍👍👍👍👍👍👍👍👍👍', max: 5, expected: '👍👍👍👍…' },
  ])('gives $expected for $max characters of "$text"', ({ text, max, expected }) => {
    const result = excerpt(text, max);
    expect(result).toBe(expected);
    expect(Array.from(result).length).toBeLessThanOrEqual(max);
  });
});
