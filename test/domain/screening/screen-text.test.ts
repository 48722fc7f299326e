import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bodyFingerprint, finishModeration, prepareModeration, screenText } from '../../../server/domain/screening/screen-text';
import type { ModerationFacts } from '../../../server/domain/screening/pipeline';
import { PIPELINE } from '../../../server/domain/screening/steps';

describe('screenText', () => {
  it('runs every step in order and records kinds and counts, never the removed text', () => {
    const result = screenText({
      title: '<b>Shitty</b> support',
      body: 'Call me on 020 7946 0958 or mail jo@example.com, this f*cking app billed 4111 1111 1111 1111 twice.',
      displayName: 'Jo',
    });
    expect(result.text.title).toBe('S— support');
    expect(result.text.body).toBe(
      'Call me on [phone number removed] or mail [email removed], this f— app billed [card number removed] twice.',
    );
    expect(result.record).toEqual({
      redactions: { email: 1, card: 1, phone: 1 },
      masked: 2,
      masks: { profanity: 2 },
      reasons: expect.arrayContaining([
        'markup removed',
        'phone number removed',
        'email removed',
        'card number removed',
        'profanity masked',
      ]),
      decision: 'publish',
      markupRemoved: true,
    });
    expect(JSON.stringify(result.record)).not.toMatch(/7946|example|4111|fucking/);
  });

  it('is idempotent: moderating moderated text changes nothing more', () => {
    const words = fc.constantFrom(
      'call',
      '020 7946 0958',
      'shit',
      'f*ck',
      'jo@example.com',
      'refund',
      'card',
      '4111 1111 1111 1111',
      'NW-4-7',
      '$6.99',
      'the',
      'agent',
    );
    fc.assert(
      fc.property(fc.array(words, { minLength: 1, maxLength: 20 }), (parts) => {
        const once = screenText({ body: parts.join(' ') }).text;
        expect(screenText(once).text).toEqual(once);
      }),
      { numRuns: 200 },
    );
  });

  it('removes every piece of personal data wherever it stands among other words and numbers', () => {
    const secrets = [
      '020 7946 0958',
      'jo@example.com',
      '4111 1111 1111 1111',
      '(415) 555-0132',
      '078-05-1120',
      'GB29 NWBK 6016 1331 9268 19',
    ];
    const words = fc.constantFrom(
      ...secrets,
      'call',
      'refund',
      '$6.99',
      '3/14/2026',
      'NW-4-7',
      '2024',
      'order #112-4567890-1234567',
      'the',
      'on',
    );
    fc.assert(
      fc.property(fc.array(words, { minLength: 1, maxLength: 12 }), (parts) => {
        const out = screenText({ body: parts.join(' ') }).text.body;
        for (const secret of secrets) expect(out).not.toContain(secret);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on hostile input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (body) => {
        const result = screenText({ body, title: body.slice(0, 20), displayName: body.slice(0, 10) });
        expect(['publish', 'hold', 'reject']).toContain(result.record.decision);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the pipeline list', () => {
  it('reads top to bottom: every before-facts step first, one fingerprint point among them, each step once', () => {
    const phases = PIPELINE.map((step) => step.phase);
    expect(phases).toEqual([...phases.filter((p) => p === 'before-facts'), ...phases.filter((p) => p === 'after-facts')]);
    expect(PIPELINE.filter((step) => step.fingerprintsBody).map((step) => step.phase)).toEqual(['before-facts']);
    expect(new Set(PIPELINE.map((step) => step.run)).size).toBe(PIPELINE.length);
    expect(new Set(PIPELINE.map((step) => step.name)).size).toBe(PIPELINE.length);
  });
});

describe('bodyFingerprint', () => {
  it('is the same for bodies that differ only in spacing, case, punctuation or the personal data in them', () => {
    const a = bodyFingerprint('Great refund!  Call 020 7946 0958.');
    expect(bodyFingerprint('great refund call 07700 900123')).toBe(a);
    expect(bodyFingerprint('Great refund, call 020 7946 0000')).toBe(a);
    expect(bodyFingerprint('Slow refund, call 020 7946 0958')).not.toBe(a);
  });
});

describe('prepareModeration + finishModeration (a submission, split around its transaction)', () => {
  const pieces = fc.constantFrom(
    'call',
    '020 7946 0958',
    'shit',
    'f*ck',
    '<b>bold</b>',
    'jo@example.com',
    'REFUND',
    '4111 1111 1111 1111',
    'http://bit.ly/x',
    'the',
    '\u200bagent',
    'ok',
  );
  const facts = fc.record({ duplicateBody: fc.boolean(), recentFromClient: fc.nat(8), rateLimit: fc.constantFrom(0, 5) });

  it('moderates exactly as screenText() does, and fingerprints the body as edits and decisions do', () => {
    fc.assert(
      fc.property(fc.array(pieces, { minLength: 1, maxLength: 15 }), pieces, facts, (parts, title, known: ModerationFacts) => {
        const input = { title, body: parts.join(' '), displayName: 'Jo' };
        const prepared = prepareModeration(input);
        expect(finishModeration(prepared, known)).toEqual(screenText(input, known));
        // A resubmission and an edit of another review must find each other by this key.
        expect(prepared.bodyHash).toBe(bodyFingerprint(input.body));
      }),
      { numRuns: 300 },
    );
  });
});
