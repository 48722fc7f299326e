// Other websites cannot make a visitor's browser write: public writes outside the widget's own review
// submission need JSON (which a plain form cannot send, and which needs a CORS preflight we never grant) and
// refuse a foreign Origin or Sec-Fetch-Site: cross-site.
import { describe, expect, it } from 'vitest';
import { useTestServer } from '../helpers/server';
import { buildReview } from '../helpers/fixtures';
import { uniqueBody } from '../helpers/moderator';
import type { ErrorBody } from '../../server/contract/errors';
import type { ManagedReviewResponse, SubmissionResponse } from '../../server/contract/manage';
import type { ReviewResponse } from '../../server/contract/review';

const server = useTestServer({ trustedProxies: ['127.0.0.1'] });
const EVIL = 'https://evil.example';

const publish = async () =>
  (
    await server.request<SubmissionResponse>('/api/companies/netflix/reviews', {
      method: 'POST',
      json: buildReview({ body: uniqueBody() }),
    })
  ).body.review;
const helpfulCount = async (id: number) => (await server.request<ReviewResponse>(`/api/reviews/${id}`)).body.review.helpfulCount;

describe('helpful votes from another site', () => {
  it('refuses a plain form post (no JSON) with 415 and counts nothing', async () => {
    const review = await publish();
    for (const type of ['application/x-www-form-urlencoded', 'text/plain', 'multipart/form-data; boundary=x']) {
      const res = await server.request<ErrorBody>(`/api/reviews/${review.id}/helpful`, {
        method: 'POST',
        body: type.startsWith('multipart') ? '--x--' : 'a=1',
        // A form from another site that sends no Origin (an old browser, a privacy extension) still fails.
        headers: { 'content-type': type, 'x-forwarded-for': '10.40.0.1' },
      });
      expect(res.status).toBe(415);
      expect(res.body.error).toMatchObject({ code: 'unsupported_media_type', requestId: expect.any(String) });
    }
    const bare = await server.request(`/api/reviews/${review.id}/helpful`, { method: 'POST', headers: { 'x-forwarded-for': '10.40.0.2' } });
    expect(bare.status).toBe(415);
    expect(await helpfulCount(review.id)).toBe(0);
  });

  it('refuses JSON from a foreign Origin or a cross-site fetch with 403', async () => {
    const review = await publish();
    const foreign = await server.request<ErrorBody>(`/api/reviews/${review.id}/helpful`, {
      method: 'POST',
      json: {},
      headers: { origin: EVIL, 'x-forwarded-for': '10.40.1.1' },
    });
    expect(foreign.status).toBe(403);
    expect(foreign.body.error).toMatchObject({ code: 'forbidden', message: expect.stringMatching(/another site/i) });
    const opaque = await server.request(`/api/reviews/${review.id}/helpful`, {
      method: 'POST',
      json: {},
      headers: { origin: 'null', 'x-forwarded-for': '10.40.1.2' },
    });
    expect(opaque.status).toBe(403);
    const crossSite = await server.request(`/api/reviews/${review.id}/helpful`, {
      method: 'POST',
      json: {},
      headers: { 'sec-fetch-site': 'cross-site', 'x-forwarded-for': '10.40.1.3' },
    });
    expect(crossSite.status).toBe(403);
    expect(await helpfulCount(review.id)).toBe(0);
  });

  it('counts a vote sent as JSON from this site, or from a client that is no browser', async () => {
    const review = await publish();
    const ours = await server.request(`/api/reviews/${review.id}/helpful`, {
      method: 'POST',
      json: {},
      headers: { origin: server.url, 'sec-fetch-site': 'same-origin', 'x-forwarded-for': '10.40.2.1' },
    });
    expect(ours.status).toBe(201);
    const script = await server.request(`/api/reviews/${review.id}/helpful`, {
      method: 'POST',
      json: {},
      headers: { 'x-forwarded-for': '10.40.2.2' },
    });
    expect(script.status).toBe(201);
    expect(await helpfulCount(review.id)).toBe(2);
  });
});

describe('other public writes from another site', () => {
  it('refuses reports and every manage-link change from a foreign Origin', async () => {
    const review = await publish();
    const headers = { origin: EVIL, 'x-manage-token': review.manageToken, 'x-forwarded-for': '10.41.0.1' };
    const answers = await Promise.all([
      server.request(`/api/reviews/${review.id}/report`, { method: 'POST', json: { reason: 'spam' }, headers }),
      server.request(`/api/reviews/${review.id}/manage`, { method: 'PATCH', json: { rating: 1 }, headers }),
      server.request(`/api/reviews/${review.id}/manage/outcome`, { method: 'POST', json: { resolved: 'no' }, headers }),
      server.request(`/api/reviews/${review.id}/manage`, { method: 'DELETE', headers }),
    ]);
    expect(answers.map((a) => a.status)).toEqual([403, 403, 403, 403]);
    const still = await server.request<ManagedReviewResponse>(`/api/reviews/${review.id}/manage`, {
      headers: { 'x-manage-token': review.manageToken },
    });
    expect(still.body.review).toMatchObject({ rating: 2 });
  });

  it('still takes the widget’s review submission from any origin', async () => {
    const res = await server.request('/api/companies/netflix/reviews', {
      method: 'POST',
      json: buildReview({ body: uniqueBody() }),
      headers: { origin: EVIL, 'sec-fetch-site': 'cross-site', 'x-forwarded-for': '10.41.1.1' },
    });
    expect(res.status).toBe(201);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
  });
});
