// How the console words what moderation changed in a company reply.
import { describe, expect, it } from 'vitest';
import { replyChanges } from '../../web/lib/reply-text';

describe('replyChanges', () => {
  it.each([
    [{ redactions: { email: 1 }, masked: 0 }, ['an email address was removed']],
    [{ redactions: { phone: 2, email: 0 }, masked: 1 }, ['2 phone numbers were removed', 'a word was soft-masked']],
    [{ redactions: {}, masked: 3, markupRemoved: true }, ['3 words were soft-masked', 'markup was removed']],
    [{ redactions: { 'odd-kind': 1 }, masked: 0 }, ['an item of odd kind was removed']],
    [{ redactions: {}, masked: 0 }, []],
  ])('%j', (moderation, lines) => {
    expect(replyChanges(moderation)).toEqual(lines);
  });
});
