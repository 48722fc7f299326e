// The review form's own checks must agree with the server's zod schema on everything the form can send.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ReviewSubmission } from '../../server/contract/review';
import { REVIEW_LIMITS } from '../../server/contract/review-limits';
import { fieldErrorsOf } from '../../server/http/validate';
import { EMPTY_DRAFT, asksForDevice, toSubmission, validateDraft, type ReviewDraft } from '../../web/lib/review-draft';

const serverErrors = (draft: ReviewDraft) => {
  const result = ReviewSubmission.safeParse(toSubmission(draft));
  return result.success ? {} : fieldErrorsOf(result.error);
};

// Lengths around each limit, padded with the white space both sides trim.
const textAround = (limit: number) =>
  fc
    .tuple(fc.integer({ min: Math.max(0, limit - 3), max: limit + 3 }), fc.constantFrom('', ' ', '\n  ', '\t'))
    .map(([n, pad]) => `${pad}${'é'.repeat(n)}${pad}`);
const choice = fc.constantFrom('', 'billing', 'streaming', 'content', 'did-not-contact', 'x'.repeat(65));

const draft: fc.Arbitrary<ReviewDraft> = fc.record({
  rating: fc.constantFrom(null, 1, 2, 3, 4, 5),
  title: fc.oneof(fc.constant(''), textAround(REVIEW_LIMITS.titleMax)),
  body: fc.oneof(fc.string({ maxLength: 30 }), textAround(REVIEW_LIMITS.bodyMin), textAround(REVIEW_LIMITS.bodyMax)),
  displayName: fc.oneof(fc.constant(''), textAround(REVIEW_LIMITS.displayNameMax)),
  issueType: choice,
  contactMethod: choice,
  billingParty: choice,
  responseTime: choice,
  outcome: choice,
  resolved: choice,
  nextStepsExplained: fc.constantFrom('', 'yes', 'no'),
  device: fc.oneof(fc.constant(''), textAround(REVIEW_LIMITS.deviceMax)),
});

describe('validateDraft', () => {
  it('flags exactly the fields the server would, with the same messages (a missing rating is worded for people)', () => {
    fc.assert(
      fc.property(draft, (d) => {
        const expected = serverErrors(d);
        if (expected.rating) expected.rating = 'Choose a star rating';
        expect(validateDraft(d)).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('accepts a complete review and sends only what was answered', () => {
    const d: ReviewDraft = {
      ...EMPTY_DRAFT,
      rating: 4,
      body: 'Refunded within the hour by chat.',
      issueType: 'billing',
      contactMethod: 'in-app-chat',
      billingParty: 'company',
      resolved: 'yes',
      device: 'TV',
    };
    expect(validateDraft(d)).toEqual({});
    expect(toSubmission(d)).toEqual({
      rating: 4,
      body: d.body,
      issueType: 'billing',
      contactMethod: 'in-app-chat',
      billingParty: 'company',
      resolved: 'yes',
    });
  });

  it('asks for the device only for technical problems', () => {
    expect(asksForDevice('streaming')).toBe(true);
    expect(asksForDevice('billing')).toBe(false);
    expect(toSubmission({ ...EMPTY_DRAFT, issueType: 'streaming', device: 'Roku' }).device).toBe('Roku');
  });
});
