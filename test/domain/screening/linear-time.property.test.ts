import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { screenText } from '../../../server/domain/screening/screen-text';
import { moderateSubmission } from '../../../server/domain/screening/moderate-submission';
import { HOSTILE_UNITS, nested, repeatTo } from '../../../server/tools/hostile-texts';

// Before the spaced-letters search was bounded, "a." * 1000 took about 5 s and 5,000 characters about 84 s.
// The bound here is generous (the benchmark prints the real figures); it catches any step that grows faster
// than its input again, even on a loaded machine.
const LENGTH = 5_000;
const BOUND_MS = 1_000;

function timeModeration(body: string): number {
  const start = performance.now();
  screenText({ title: body.slice(0, 120), body, displayName: body.slice(0, 60) });
  return performance.now() - start;
}

const letter = fc.constantFrom('a', 'f', 'ǎ', 'а', 'ο', '$', '1', '@', '*', 'Z', 'ß', '🙂');
const separator = fc.constantFrom('.', '-', ' ', '_', '. ', ' - ', '/', ',', '\n', '');
const digitRun = fc.array(fc.constantFrom('0', '1', '4', '9'), { minLength: 1, maxLength: 6 }).map((d) => d.join(''));
const digitSeparator = fc.constantFrom(' ', '-', '.', '/', ',', '_', '\n', ' (', ') ', '+');
const combining = fc.array(
  fc.integer({ min: 0x300, max: 0x36f }).map((c) => String.fromCharCode(c)),
  { minLength: 1, maxLength: 8 },
);
const bracket = fc.constantFrom(['(', ')'], ['[', ']'], ['<', '>'], ['{', '}'], ['<b>', '</b>'], ['&lt;', '&gt;']);

const families: Record<string, fc.Arbitrary<string>> = {
  'a letter and a separator repeated': fc.tuple(letter, separator).map(([l, s]) => repeatTo(l + s, LENGTH)),
  'alternating scripts': fc.array(letter, { minLength: 2, maxLength: 4 }).map((ls) => repeatTo(ls.join(''), LENGTH)),
  'combining marks': fc.tuple(letter, combining).map(([l, marks]) => repeatTo(l + marks.join(''), LENGTH)),
  'long runs of digits with separators': fc.tuple(digitRun, digitSeparator).map(([d, s]) => repeatTo(d + s, LENGTH)),
  'nested brackets': bracket.map(([open, close]) => nested(open, close, LENGTH)),
};

describe('moderation time on hostile input', () => {
  for (const [name, texts] of Object.entries(families)) {
    it(`moderates 5,000 characters of ${name} in under ${BOUND_MS} ms`, () => {
      fc.assert(
        fc.property(texts, (body) => {
          expect(body.length).toBeGreaterThanOrEqual(LENGTH - 1);
          expect(timeModeration(body)).toBeLessThan(BOUND_MS);
        }),
        { numRuns: 12, seed: 15 },
      );
    });
  }

  it('moderates every family the benchmark times in under the bound', () => {
    for (const [name, make] of Object.entries(HOSTILE_UNITS)) {
      const ms = timeModeration(make(LENGTH));
      expect(ms, name).toBeLessThan(BOUND_MS);
    }
  });

  it("does a submission's whole text work (moderation, device, sentiment) for every family in under the bound", () => {
    // Sentiment once read masked words with a pattern that backtracked over a long run of letters: 300 ms for
    // 5,000 characters of alternating scripts, all of it on the event loop of a server without threads.
    for (const [name, make] of Object.entries(HOSTILE_UNITS)) {
      const body = make(LENGTH);
      const start = performance.now();
      moderateSubmission({ title: body.slice(0, 120), body, displayName: body.slice(0, 60), device: body.slice(0, 80), rating: 1 });
      expect(performance.now() - start, name).toBeLessThan(BOUND_MS / 5);
    }
  });

  it('still masks a swear word spelled out in a long spaced run', () => {
    const body = `${repeatTo('x ', 3_000)}f u c k ${repeatTo('y ', 1_000)}`;
    expect(screenText({ body }).text.body).toContain('f—');
  });
});
