import { storedText } from '../helpers/raw-db';
import { describe, expect, it } from 'vitest';
import { startTestServer, submitTo, useTestServer, type OrError } from '../helpers/server';
import { buildReview } from '../helpers/fixtures';
import type { ErrorBody } from '../../server/contract/errors';
import type { SubmissionResponse } from '../../server/contract/manage';

const server = useTestServer();

const submit = submitTo(server);
const stored = async (id: number) => (await server.store.findReviewById(id))!;

/** Every value, also as bare digits or letters where a reviewer might have spaced it. */
const SECRETS = [
  '4111 1111 1111 1111',
  '4111111111111111',
  '5555-5555-5555-4444',
  '020 7946 0958',
  '02079460958',
  '+44 7700 900456',
  '7700900456',
  '(415) 555-0132',
  '4155550132',
  'jamie.doe+billing@example.com',
  'PRIYA.SHARMA@EXAMPLE.CO.UK',
  'Summer2024!',
  'Tr0ub4dor&3',
  '482913',
  '078-05-1120',
  '078051120',
  'GB29 NWBK 6016 1331 9268 19',
  'GB29NWBK60161331926819',
];

describe('personal data', () => {
  it('never reaches the database file, its WAL and shared memory, the logs or a response', async () => {
    const reviews = [
      buildReview({
        title: 'Call 020 7946 0958 about it',
        body: 'They charged 4111 1111 1111 1111 and 5555-5555-5555-4444 twice; write to jamie.doe+billing@example.com for the transcript.',
        displayName: 'Sam (415) 555-0132',
        device: 'Pixel, call +44 7700 900456',
      }),
      buildReview({
        body: 'The agent asked me to confirm my password is Summer2024! and the old pw Tr0ub4dor&3, then read the code 482913 out loud.',
        displayName: 'PRIYA.SHARMA@EXAMPLE.CO.UK',
      }),
      buildReview({
        body: 'They wanted my SSN 078-05-1120 and the refund went to IBAN GB29 NWBK 6016 1331 9268 19 which is not even mine.',
      }),
      // Nothing readable is left of this one: refused, and the refusal must not echo it either.
      buildReview({ body: '4111 1111 1111 1111 / 020 7946 0958 / 078-05-1120' }),
    ];
    const answers = [];
    for (const review of reviews) answers.push(await submit<OrError<SubmissionResponse>>(review));
    // Held or published, each is stored; the last is refused.
    expect(answers.map((a) => (a.status === 202 ? 201 : a.status))).toEqual([201, 201, 201, 400]);
    expect(answers[3]!.body.error!.fields).toHaveProperty('body');
    expect(answers[0]!.body.review!.body).toContain('[card number removed]');
    expect(answers[0]!.body.review!.device).toBe('Pixel, call [phone number removed]');
    expect(answers[1]!.body.review!.moderation.redactions).toEqual({ email: 1, password: 2, code: 1 });

    // The database file with its WAL and shared memory (SQLite), or every stored row (PostgreSQL).
    const haystacks = [await storedText(server), JSON.stringify(server.logs), JSON.stringify(answers)];
    // The search itself must be able to fail: the stored moderated text is in the files.
    expect(haystacks.some((h) => h.includes('[card number removed]'))).toBe(true);
    for (const secret of SECRETS) for (const haystack of haystacks) expect(haystack.includes(secret), secret).toBe(false);
  });
});

describe('decisions', () => {
  it('publishes a clean review at once with 201', async () => {
    const res = await submit(buildReview({ body: 'The chat agent refunded the second charge within ten minutes, very polite too.' }));
    expect(res.status).toBe(201);
    expect(res.body.review).toMatchObject({ status: 'published', moderation: { decision: 'publish', masked: 0 } });
  });

  it('soft-masks ordinary swearing and still publishes', async () => {
    const res = await submit(
      buildReview({ title: 'Shitty billing', body: 'They charged me twice and the f*cking chat bot kept looping for an hour.' }),
    );
    expect(res.status).toBe(201);
    expect(res.body.review.title).toBe('S— billing');
    expect(res.body.review.body).toBe('They charged me twice and the f— chat bot kept looping for an hour.');
    expect(res.body.review.moderation).toMatchObject({ masked: 2, masks: { profanity: 2 } });
  });

  it('holds a slur for a moderator with 202 and its reasons, stored as pending', async () => {
    const res = await submit(buildReview({ body: 'The agent called me a faggot when I asked for the refund I was promised.' }));
    expect(res.status).toBe(202);
    expect(res.body.review.status).toBe('pending');
    expect(res.body.review.moderation).toMatchObject({ decision: 'hold', reasons: expect.arrayContaining(['slur']) });
    const row = await stored(res.body.review.id);
    expect(row.status).toBe('pending');
    expect(JSON.parse(row.moderation).reasons).toContain('slur');
    expect(row.body).not.toContain('faggot');
  });

  it('holds a link to another site', async () => {
    const res = await submit(buildReview({ body: 'Skip their support and get a free year at https://deals.example.biz/free right now.' }));
    expect(res.status).toBe(202);
    expect(res.body.review.moderation.reasons).toContain('link to another site');
  });

  it('holds the same body submitted again for the same company, not for another', async () => {
    const body = 'Household verification blocked my TV for a week and nobody at support could lift it.';
    expect((await submit(buildReview({ body }), 'hulu')).status).toBe(201);
    const again = await submit(buildReview({ body: `  ${body.toUpperCase()}  ` }), 'hulu');
    expect(again.status).toBe(202);
    expect(again.body.review.moderation.reasons).toContain('same text already submitted for this company');
    expect((await submit(buildReview({ body }), 'peacock')).status).toBe(201);
    const row = await stored(again.body.review.id);
    expect(row.bodyHash).toMatch(/^[\w-]{20,}$/);
  });

  it('refuses with 400 naming the body when nothing readable is left', async () => {
    const res = await submit<ErrorBody>(buildReview({ body: '<script>alert("hello there friends")</script>' }));
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'validation_failed', fields: { body: expect.any(String) } });
  });
});

describe('REVIEW_RATE_LIMIT', () => {
  it('answers 429 rate_limited with Retry-After once a client has sent its reviews for the hour', async () => {
    let now = Date.UTC(2026, 2, 14, 12);
    const limited = await startTestServer({ reviewRateLimit: 2 }, { now: () => now });
    try {
      const post = (n: number) =>
        limited.request<ErrorBody>('/api/companies/netflix/reviews', {
          method: 'POST',
          json: buildReview({ body: `Review ${n}: the refund arrived after two weeks of asking.` }),
        });
      expect((await post(1)).status).toBe(201);
      now += 10 * 60 * 1000;
      const second = await post(2);
      expect(second.status).toBe(201);
      const third = await post(3);
      expect(third.status).toBe(429);
      expect(third.body.error.code).toBe('rate_limited');
      // The first review leaves the window 50 minutes from now.
      expect(Number(third.headers.get('retry-after'))).toBe(50 * 60);
      now += 51 * 60 * 1000;
      expect((await post(4)).status).toBe(201);
    } finally {
      await limited.stop();
      limited.remove();
    }
  });

  it('lets no burst of simultaneous reviews from one client past the limit', async () => {
    const limited = await startTestServer({ reviewRateLimit: 5 });
    try {
      const answers = await Promise.all(
        Array.from({ length: 12 }, (_, n) =>
          limited.request('/api/companies/netflix/reviews', {
            method: 'POST',
            json: buildReview({ body: `Burst ${n}: the app logged me out on every device at the same time.` }),
          }),
        ),
      );
      const statuses = answers.map((a) => a.status).sort();
      expect(statuses.filter((s) => s < 300)).toHaveLength(5);
      expect(statuses.filter((s) => s === 429)).toHaveLength(7);
      expect((await limited.store.findSummary((await limited.store.findCompanyBySlug('netflix'))!.id)).reviewCount).toBe(5);
    } finally {
      await limited.stop();
      limited.remove();
    }
  });
});
