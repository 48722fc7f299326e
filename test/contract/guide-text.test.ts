import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseGuideText, parseGuideText, safeHref, type GuideBlock } from '../../server/contract/guide-text';
import { expectInert } from '../helpers/guide-blocks';
import { BLNS, XSS_VECTORS } from '../hardening/hostile-strings';

const inlines = (blocks: GuideBlock[]) => blocks.flatMap((b) => (b.type === 'paragraph' ? b.content : b.items.flat()));
const text = (t: string) => ({ type: 'text', text: t });
const link = (t: string, href: string) => ({ type: 'link', text: t, href });

describe('parseGuideText', () => {
  it.each([
    ['one line', 'Hello there.', [{ type: 'paragraph', content: [text('Hello there.')] }]],
    ['lines joined into one paragraph', 'First line\nsecond line', [{ type: 'paragraph', content: [text('First line second line')] }]],
    [
      'blank lines between paragraphs',
      'One.\n\n\nTwo.',
      [
        { type: 'paragraph', content: [text('One.')] },
        { type: 'paragraph', content: [text('Two.')] },
      ],
    ],
    ['bullets with - and *', '- a\n* b', [{ type: 'list', ordered: false, items: [[text('a')], [text('b')]] }]],
    [
      'numbered items whatever their numbers',
      '1. a\n1) b\n7. c',
      [{ type: 'list', ordered: true, items: [[text('a')], [text('b')], [text('c')]] }],
    ],
    [
      'a line under an item continues it',
      '1. Open the app\n   and sign in\n2. Tap Help',
      [{ type: 'list', ordered: true, items: [[text('Open the app and sign in')], [text('Tap Help')]] }],
    ],
    [
      'a switch of marker starts a new list',
      '- a\n1. b',
      [
        { type: 'list', ordered: false, items: [[text('a')]] },
        { type: 'list', ordered: true, items: [[text('b')]] },
      ],
    ],
    [
      'a paragraph then a list without a blank line',
      'Steps:\n- a',
      [
        { type: 'paragraph', content: [text('Steps:')] },
        { type: 'list', ordered: false, items: [[text('a')]] },
      ],
    ],
    [
      'an https link',
      'See [the Help Center](https://help.example.com/a?b=1) now.',
      [{ type: 'paragraph', content: [text('See '), link('the Help Center', 'https://help.example.com/a?b=1'), text(' now.')] }],
    ],
    [
      'a link in a list item',
      '- [x](https://example.com)',
      [{ type: 'list', ordered: false, items: [[link('x', 'https://example.com/')]] }],
    ],
    [
      'markup as characters',
      '<b>bold</b> & <script>alert(1)</script>',
      [{ type: 'paragraph', content: [text('<b>bold</b> & <script>alert(1)</script>')] }],
    ],
    ['emphasis marks as characters', '*not* _emphasis_ `code`', [{ type: 'paragraph', content: [text('*not* _emphasis_ `code`')] }]],
    ['CRLF, tabs and controls normalised', 'a\r\nb\tc\u0000\u0007d', [{ type: 'paragraph', content: [text('a b cd')] }]],
    ['nothing at all', ' \n\n ', []],
  ])('parses %s', (_name, source, expected) => {
    expect(parseGuideText(source)).toEqual(expected);
  });

  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'http://example.com',
    'data:text/html,<script>alert(1)</script>',
    'mailto:someone@example.com',
    '//evil.example',
    '/relative/path',
    'https://netflix.com@evil.example',
    'https://user:pass@example.com',
    'https:evil.example',
    'https://',
    'vbscript:msgbox(1)',
  ])('leaves [text](%s) as the characters typed', (target) => {
    const blocks = parseGuideText(`[text](${target})`);
    expect(inlines(blocks).every((n) => n.type === 'text')).toBe(true);
    expect(
      inlines(blocks)
        .map((n) => n.text)
        .join(''),
    ).toBe(`[text](${target})`);
  });

  it('keeps an https href within URL syntax, percent-encoding what would end an attribute', () => {
    expect(safeHref('https://example.com/a"onmouseover="x')).toBe('https://example.com/a%22onmouseover=%22x');
    expect(safeHref("https://example.com/it's")).toBeNull();
  });

  it('turns every hostile string into inert text, wherever it is written', () => {
    for (const s of [...BLNS, ...XSS_VECTORS]) {
      const plain = parseGuideText(`Before ${s} after`);
      expectInert(plain);
      // With no link syntax and no line break in it, the string is one paragraph of exactly its characters.
      if (!s.includes('](') && !/[\r\n\u2028\u2029]/.test(s)) {
        expect(plain).toEqual([{ type: 'paragraph', content: [text(normaliseGuideText(`Before ${s} after`))] }]);
      }
      expectInert(parseGuideText(`- ${s}\n1. ${s}`));
      expectInert(parseGuideText(`[${s}](https://example.com/)`));
      expectInert(parseGuideText(`[link](${s})`));
      expectInert(parseGuideText(`[link](https://example.com/${s})`));
    }
  });

  it('gives inert blocks for any text, and the same blocks for its normalised form', () => {
    const piece = fc.constantFrom(
      '[',
      ']',
      '(',
      ')',
      '](',
      'https://',
      'javascript:',
      '<',
      '>',
      '"',
      "'",
      '\n',
      '\n\n',
      '- ',
      '1. ',
      ' ',
      'a',
      '\u202e',
      '\u0000',
      '\r',
    );
    const source = fc.oneof(
      fc.string({ unit: 'grapheme' }),
      fc.array(fc.oneof(piece, fc.string()), { maxLength: 30 }).map((p) => p.join('')),
    );
    fc.assert(
      fc.property(source, (s) => {
        const blocks = parseGuideText(s);
        expectInert(blocks);
        expect(parseGuideText(normaliseGuideText(s))).toEqual(blocks);
        expect(normaliseGuideText(normaliseGuideText(s))).toBe(normaliseGuideText(s));
      }),
      { numRuns: 500 },
    );
  });
});
