import { describe, expect, it } from 'vitest';
import { stripMarkup } from '../../../server/domain/moderation/steps/strip-markup';

describe('stripMarkup', () => {
  it.each([
    ['tags go, text stays', '<b>Bold</b> and <i>italic</i>', 'Bold and italic'],
    ['script and style bodies go with their tags', 'a<script>alert(1)</script>b<style>p{}</style>c', 'abc'],
    ['entities are decoded once', 'fast &amp; well &lt;3 &amp;amp;', 'fast & well <3 &amp;'],
    ['entities spelling invisible characters are normalised away', 'f&#8203;uck', 'fuck'],
    ['a lone angle bracket is text', '5 > 3 and 2 < 4', '5 > 3 and 2 < 4'],
    ['attributes and event handlers vanish', '<img src=x onerror=alert(1)>photo', 'photo'],
    ['text without markup comes back unchanged', 'Plain words.', 'Plain words.'],
  ])('%s', (_name, input, expected) => {
    expect(stripMarkup(input)).toBe(expected);
  });
});
