// What the front end marks as changed by moderation, and how it words the changes.
import { describe, expect, it } from 'vitest';
import { describeChanges, splitModerated } from '../../web/lib/moderated-text';

describe('splitModerated', () => {
  it.each([
    ['Call [phone number removed] now', ['plain:Call ', 'redacted:[phone number removed]', 'plain: now']],
    ['my [ID number removed]', ['plain:my ', 'redacted:[ID number removed]']],
    ['this f— app, s—!', ['plain:this ', 'masked:f—', 'plain: app, ', 'masked:s—', 'plain:!']],
    ['a range 3—5 and a dash — here', ['plain:a range 3—5 and a dash — here']],
    ['words—joined stay', ['plain:words—joined stay']],
    ['[not a token] and [card number removed]', ['plain:[not a token] and ', 'redacted:[card number removed]']],
    ['see https://cheap.example/x?y=1 now', ['plain:see ', 'link:https://cheap.example/x?y=1', 'plain: now']],
    ['', []],
  ])('%j', (text, parts) => {
    expect(splitModerated(text).map((p) => `${p.kind}:${p.text}`)).toEqual(parts);
  });
});

describe('describeChanges', () => {
  it('counts each kind in words', () => {
    expect(describeChanges({ phone: 1, email: 2, bank: 1 }, 3)).toEqual([
      '1 phone number removed',
      '2 email addresses removed',
      '1 bank account removed',
      '3 words soft-masked',
    ]);
    expect(describeChanges({}, 0)).toEqual([]);
  });
});
