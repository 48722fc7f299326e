import { describe, expect, it } from 'vitest';
import { submitTo, useTestServer } from '../helpers/server';
import { buildReview } from '../helpers/fixtures';
import type { CompanyDetail, ReviewPage, ReviewResponse } from '../../server/contract/review';
import type { ErrorBody } from '../../server/contract/errors';

const server = useTestServer();

const submit = submitTo(server);

describe('POST /api/companies/:slug/reviews', () => {
  it('publishes a clean review and shows it in the list, by id and in the summary', async () => {
    const before = (await server.request<CompanyDetail>('/api/companies/hulu')).body.summary;
    const res = await submit(buildReview({ rating: 4, title: 'Quick refund' }), 'hulu');
    expect(res.status).toBe(201);
    const review = res.body.review;
    expect(review).toMatchObject({ rating: 4, title: 'Quick refund', status: 'published', company: 'hulu', displayName: 'Sam' });
    expect(review.moderation.decision).toBe('publish');

    const list = await server.request<ReviewPage>('/api/companies/hulu/reviews');
    expect(list.body.reviews.map((r: { id: number }) => r.id)).toContain(review.id);
    const byId = await server.request<ReviewResponse>(`/api/reviews/${review.id}`);
    expect(byId.status).toBe(200);
    expect(byId.body.review.body).toBe(review.body);

    const after = (await server.request<CompanyDetail>('/api/companies/hulu')).body.summary;
    expect(after.count).toBe(before.count + 1);
    expect(after.distribution.find((d: { stars: number }) => d.stars === 4)!.count).toBe(
      before.distribution.find((d: { stars: number }) => d.stars === 4)!.count + 1,
    );
  });

  it('stores plain text when the review contains markup', async () => {
    const res = await submit(
      buildReview({
        title: '<b>Bold</b> claim',
        body: 'They fixed it <script>alert(1)</script>fast &amp; well, <i>really</i> it took 5 minutes.',
      }),
    );
    expect(res.status).toBe(201);
    expect(res.body.review.title).toBe('Bold claim');
    expect(res.body.review.body).toBe('They fixed it fast & well, really it took 5 minutes.');
    expect(res.body.review.moderation.markupRemoved).toBe(true);
  });

  it('names "Anonymous" when no display name is given', async () => {
    const res = await submit(buildReview({ displayName: undefined }));
    expect(res.body.review.displayName).toBe('Anonymous');
  });

  it.each([
    ['rating', { rating: 0 }],
    ['rating', { rating: 6 }],
    ['rating', { rating: 2.5 }],
    ['rating', { rating: '5' }],
    ['issueType', { issueType: 'weather' }],
    ['contactMethod', { contactMethod: 'carrier pigeon' }],
    ['billingParty', { billingParty: 42 }],
    ['resolved', { resolved: 'maybe' }],
    ['outcome', { outcome: 'revenge' }],
    ['responseTime', { responseTime: 'forever' }],
    ['body', { body: 'too short' }],
    ['body', { body: 'x'.repeat(5001) }],
    ['body', { body: undefined }],
    ['title', { title: 12 }],
    ['title', { title: 't'.repeat(121) }],
    ['nextStepsExplained', { nextStepsExplained: 'yes' }],
    ['displayName', { displayName: ['a'] }],
    ['hacker', { hacker: true }],
    ['status', { status: 'published' }],
  ])('answers 400 naming %s when it is invalid (%j)', async (field, override) => {
    const res = await submit<ErrorBody>(buildReview(override));
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('validation_failed');
    expect(Object.keys(res.body.error.fields!)).toContain(field);
    expect(typeof res.body.error.message).toBe('string');
  });

  it('answers 400 when the body is not a JSON object', async () => {
    for (const json of [[1, 2], 'text', 42, null]) {
      const res = await submit<ErrorBody>(json);
      expect(res.status).toBe(400);
      expect(res.body.error.fields).toHaveProperty('request');
    }
  });

  it('answers 400 invalid_json for malformed JSON', async () => {
    const res = await server.request<ErrorBody>('/api/companies/netflix/reviews', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"rating": 5,',
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid_json');
  });

  it('answers 415 when the body is not JSON', async () => {
    const res = await server.request<ErrorBody>('/api/companies/netflix/reviews', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'rating=5',
    });
    expect(res.status).toBe(415);
    expect(res.body.error.code).toBe('unsupported_media_type');
  });

  it('answers 413 when the body is too large', async () => {
    const res = await submit<ErrorBody>(buildReview({ body: 'a'.repeat(200_000) }));
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('payload_too_large');
  });

  it('answers 404 for an unknown company', async () => {
    const res = await submit<ErrorBody>(buildReview(), 'no-such-company');
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('not_found');
  });

  it('ignores nothing silently: a rejected submission stores nothing', async () => {
    const before = (await server.request<CompanyDetail>('/api/companies/max')).body.summary.count;
    await submit(buildReview({ rating: 9 }), 'max');
    expect((await server.request<CompanyDetail>('/api/companies/max')).body.summary.count).toBe(before);
  });
});

describe('GET /api/companies/:slug/reviews, first page', () => {
  it('shows a new review, a helpful vote and a removal on the very next request', async () => {
    const firstPage = async (sort = 'newest') =>
      (await server.request<ReviewPage>(`/api/companies/peacock/reviews?sort=${sort}`)).body.reviews;
    const one = (await submit(buildReview({ body: 'The first agent sorted the double charge out in minutes.' }), 'peacock')).body.review;
    expect((await firstPage()).map((r) => r.id)).toEqual([one.id]);
    expect(await firstPage()).toEqual(await firstPage());

    const two = (await submit(buildReview({ body: 'The second agent cancelled the plan and refunded the month.' }), 'peacock')).body.review;
    expect((await firstPage()).map((r) => r.id)).toEqual([two.id, one.id]);

    expect((await firstPage('helpful')).map((r) => r.helpfulCount)).toEqual([0, 0]);
    await server.request(`/api/reviews/${one.id}/helpful`, { method: 'POST', json: {} });
    expect((await firstPage('helpful')).map((r) => [r.id, r.helpfulCount])).toEqual([
      [one.id, 1],
      [two.id, 0],
    ]);

    await server.store.changeReviewStatus(two.id, 'published', 'removed', Date.now());
    expect((await firstPage()).map((r) => r.id)).toEqual([one.id]);
  });

  it('shows a new matching review on a filtered first page at once, and keeps filters apart', async () => {
    const filtered = async (query: string) =>
      (await server.request<ReviewPage>(`/api/companies/hulu/reviews?${query}`)).body.reviews.map((r) => r.id);
    const billing = 'issueType=billing&sort=newest';
    const login = 'issueType=login&sort=newest';
    const [billingBefore, loginBefore] = [await filtered(billing), await filtered(login)];
    const one = (
      await submit(buildReview({ issueType: 'billing', rating: 2, body: 'Billed twice for one month, refunded after a chat.' }), 'hulu')
    ).body.review;
    expect(await filtered(billing)).toEqual([one.id, ...billingBefore]);
    expect(await filtered(login)).toEqual(loginBefore);
    const two = (
      await submit(buildReview({ issueType: 'billing', rating: 1, body: 'Charged after I cancelled, nobody answered my email.' }), 'hulu')
    ).body.review;
    expect(await filtered(billing)).toEqual([two.id, one.id, ...billingBefore]);
    expect(await filtered(`${billing}&rating=2`)).toContain(one.id);
    expect(await filtered(`${billing}&rating=2`)).not.toContain(two.id);
    await server.store.changeReviewStatus(one.id, 'published', 'removed', Date.now());
    expect(await filtered(billing)).toEqual([two.id, ...billingBefore]);
  });
});

describe('GET /api/reviews/:id', () => {
  it('answers 404 for unknown or malformed ids', async () => {
    for (const id of ['999999', 'abc', '-1', '1e400', '0']) {
      const res = await server.request<ErrorBody>(`/api/reviews/${id}`);
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe('not_found');
    }
  });

  it('hides a review that is no longer published', async () => {
    const { body } = await submit(buildReview());
    await server.store.changeReviewStatus(body.review.id, 'published', 'removed', Date.now());
    expect((await server.request(`/api/reviews/${body.review.id}`)).status).toBe(404);
  });
});

describe('unknown API routes', () => {
  it('answer a JSON 404', async () => {
    const res = await server.request<ErrorBody>('/api/nothing-here');
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('not_found');
  });
});
