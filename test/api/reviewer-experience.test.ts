// What the server does for the reviewer's side of issue 18: answers that "did not contact" cannot have, a
// rejected review fixed and sent again, a later outcome kept beside the first answer, no vote for one's own.
import { describe, expect, it } from 'vitest';
import { useTestServer } from '../helpers/server';
import { signInAs, uniqueBody } from '../helpers/moderator';
import { reviewerOf } from '../helpers/reviewer';
import type { ErrorBody } from '../../server/contract/errors';
import type { QueuePage } from '../../server/contract/moderation';
import type { ReviewPage, ReviewResponse } from '../../server/contract/review';

const server = useTestServer();

const { submit, manage } = reviewerOf(server);

describe('a review of someone who did not contact the company', () => {
  it('keeps no response time, next steps or outcome, even when sent', async () => {
    const review = await submit('netflix', {
      contactMethod: 'did-not-contact',
      responseTime: '5-30-min',
      nextStepsExplained: true,
      outcome: 'refund',
    });
    const stored = (await server.request<ReviewResponse>(`/api/reviews/${review.id}`)).body.review;
    expect(stored).toMatchObject({ contactMethod: 'did-not-contact', responseTime: null, nextStepsExplained: null, outcome: null });
  });

  it('drops them too when an edit changes the contact method to "did not contact"', async () => {
    const review = await submit('netflix', { responseTime: '5-30-min', outcome: 'refund' });
    const edited = await manage(review.id, review.manageToken, { method: 'PATCH', json: { contactMethod: 'did-not-contact' } });
    expect(edited.status).toBe(200);
    expect(edited.body.review).toMatchObject({ responseTime: null, nextStepsExplained: null, outcome: null });
  });
});

describe('a later outcome of a review that did not contact the company', () => {
  it('records whether it was resolved, and no outcome of a contact', async () => {
    const review = await submit('netflix', { contactMethod: 'did-not-contact', resolved: 'no' });
    const later = await manage(review.id, review.manageToken, { method: 'POST', json: { resolved: 'yes', outcome: 'refund' } }, '/outcome');
    expect(later.status).toBe(200);
    expect(later.body.review).toMatchObject({ resolved: 'yes', outcome: null });
  });
});

describe('an edit of the answers', () => {
  it('changes the stars and answers, and takes back an optional answer with null', async () => {
    const review = await submit('netflix', { rating: 2, responseTime: '5-30-min', nextStepsExplained: true });
    const edited = await manage(review.id, review.manageToken, {
      method: 'PATCH',
      json: { rating: 4, issueType: 'cancellation', billingParty: 'mobile-carrier', responseTime: null, nextStepsExplained: null },
    });
    expect(edited.status).toBe(200);
    expect(edited.body.review).toMatchObject({
      rating: 4,
      issueType: 'cancellation',
      billingParty: 'mobile-carrier',
      responseTime: null,
      nextStepsExplained: null,
    });
  });
});

describe('a rejected review', () => {
  it('can be fixed by its author and goes back to a moderator', async () => {
    // A link holds it for a moderator, who turns it down.
    const review = await submit('hulu', { body: `${uniqueBody()} Details at https://deals.example.com/refund` });
    expect(review.status).toBe('pending');
    const moderator = await signInAs(server);
    await moderator.request(`/api/moderation/reviews/${review.id}/decision`, {
      method: 'POST',
      json: { action: 'reject', reason: 'off-topic' },
    });
    expect((await manage(review.id, review.manageToken)).body.review).toMatchObject({
      status: 'rejected',
      verdict: { reason: 'off-topic' },
    });
    const fixed = await manage(review.id, review.manageToken, {
      method: 'PATCH',
      json: { body: 'The chat agent refused to refund a double charge on my account for two weeks.' },
    });
    expect(fixed.status).toBe(200);
    // A moderator turned it down: the fixed text waits for one again rather than publishing itself.
    expect(fixed.body.review.status).toBe('pending');
    const queue = await moderator.request<QueuePage>('/api/moderation/queue?company=hulu');
    expect(queue.body.items.map((i: { review: { id: number } }) => i.review.id)).toContain(review.id);
  });
});

describe('a later outcome', () => {
  it('is shown with its date beside the first answer, which a second update keeps', async () => {
    const review = await submit('max', { resolved: 'no', outcome: 'no-action' });
    expect((await server.request<ReviewResponse>(`/api/reviews/${review.id}`)).body.review.outcomeUpdate).toBeNull();
    const first = await manage(review.id, review.manageToken, { method: 'POST', json: { resolved: 'partly' } }, '/outcome');
    expect(first.status).toBe(200);
    const second = await manage(
      review.id,
      review.manageToken,
      { method: 'POST', json: { resolved: 'yes', outcome: 'refund' } },
      '/outcome',
    );
    const expected = { resolved: 'yes', outcome: 'refund', outcomeUpdate: { resolvedBefore: 'no', outcomeBefore: 'no-action' } };
    expect(second.body.review).toMatchObject(expected);
    const shown = (await server.request<ReviewResponse>(`/api/reviews/${review.id}`)).body.review;
    expect(shown).toMatchObject(expected);
    expect(Date.parse(shown.outcomeUpdate!.at)).toBeGreaterThanOrEqual(Date.parse(shown.createdAt));
    const listed = (await server.request<ReviewPage>('/api/companies/max/reviews')).body.reviews.find(
      (r: { id: number }) => r.id === review.id,
    );
    expect(listed).toMatchObject(expected);
  });
});

describe('a helpful vote', () => {
  it('is refused to the review’s author, who sends the manage token, and counted for anyone else', async () => {
    const review = await submit('peacock');
    const own = await server.request<ErrorBody>(`/api/reviews/${review.id}/helpful`, {
      method: 'POST',
      json: {},
      headers: { 'x-manage-token': review.manageToken, 'x-forwarded-for': '10.9.0.1' },
    });
    expect(own.status).toBe(403);
    expect(own.body.error).toMatchObject({ code: 'forbidden', message: 'You cannot mark your own review helpful' });
    const other = await server.request(`/api/reviews/${review.id}/helpful`, {
      method: 'POST',
      json: {},
      headers: { 'x-forwarded-for': '10.9.0.2' },
    });
    expect(other.status).toBe(201);
    expect(other.body).toEqual({ helpfulCount: 1 });
  });
});
