import { describe, expect, it } from 'vitest';
import { useTestServer } from '../helpers/server';
import { buildReview } from '../helpers/fixtures';
import { insertHeldReview, moderationCount, signInAs, uniqueBody } from '../helpers/moderator';
import type { SubmissionResponse } from '../../server/contract/manage';
import type { ErrorBody } from '../../server/contract/errors';
import type { HelpfulResponse, ReportResponse } from '../../server/contract/reader';
import type { CompanyDetail, ReviewPage, ReviewResponse } from '../../server/contract/review';
import type { DecisionResponse, QueueItem, QueuePage } from '../../server/contract/moderation';

// A trusted local proxy lets X-Forwarded-For stand for different readers.
const server = useTestServer({ trustedProxies: ['127.0.0.1'] });

const publish = async (slug: string, overrides: Record<string, unknown> = {}) =>
  (
    await server.request<SubmissionResponse>(`/api/companies/${slug}/reviews`, {
      method: 'POST',
      json: buildReview({ body: uniqueBody(), ...overrides }),
    })
  ).body.review;
const report = <T = ReportResponse>(id: number, reader: string, json: unknown = { reason: 'spam' }) =>
  server.request<T>(`/api/reviews/${id}/report`, { method: 'POST', json, headers: { 'x-forwarded-for': reader } });
const helpful = (id: number, reader: string) =>
  server.request<HelpfulResponse>(`/api/reviews/${id}/helpful`, { method: 'POST', json: {}, headers: { 'x-forwarded-for': reader } });
const summaryOf = async (slug: string) => (await server.request<CompanyDetail>(`/api/companies/${slug}`)).body.summary;

describe('POST /api/reviews/:id/report', () => {
  it('takes one report per reader', async () => {
    const review = await publish('netflix');
    expect((await report(review.id, '10.0.0.1')).status).toBe(201);
    const again = await report<ErrorBody>(review.id, '10.0.0.1', { reason: 'fake' });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('conflict');
  });

  it('hides a published review pending review at the third report, taking it out of the summary', async () => {
    const review = await publish('max', { rating: 5 });
    const before = await summaryOf('max');
    await report(review.id, '10.0.1.1');
    await report(review.id, '10.0.1.2', { reason: 'offensive' });
    expect((await server.request(`/api/reviews/${review.id}`)).status).toBe(200);
    await report(review.id, '10.0.1.3', { reason: 'fake' });

    expect((await server.request(`/api/reviews/${review.id}`)).status).toBe(404);
    expect((await summaryOf('max')).count).toBe(before.count - 1);
    const moderator = await signInAs(server);
    const queued = await moderator.request<QueuePage>('/api/moderation/queue?reason=reported%20by%20readers');
    const item = queued.body.items.find((i: { review: { id: number } }) => i.review.id === review.id)!;
    expect(item.review.status).toBe('pending');
    expect(item.review.moderation.reasons).toContain('reported by readers');
    expect(item.reports.map((r: { reason: string }) => r.reason)).toEqual(['spam', 'offensive', 'fake']);
    // A hidden review takes no more reports: readers cannot see it.
    expect((await report(review.id, '10.0.1.4')).status).toBe(404);

    // Taking it down counts as a removal after reports, not as the rejection of a new review.
    const [rejected, afterReport] = [await moderationCount(server, 'rejected'), await moderationCount(server, 'removed_after_report')];
    const removed = await moderator.request<DecisionResponse>(`/api/moderation/reviews/${review.id}/decision`, {
      method: 'POST',
      json: { action: 'reject', reason: 'fake' },
    });
    expect(removed.body.review.status).toBe('rejected');
    expect(await moderationCount(server, 'rejected')).toBe(rejected);
    expect(await moderationCount(server, 'removed_after_report')).toBe(afterReport + 1);
    expect((await summaryOf('max')).count).toBe(before.count - 1);
  });

  it('puts a hidden review back in the summary when a moderator approves it', async () => {
    const review = await publish('hulu', { rating: 4 });
    const before = await summaryOf('hulu');
    for (const reader of ['10.0.2.1', '10.0.2.2', '10.0.2.3']) await report(review.id, reader);
    expect((await summaryOf('hulu')).count).toBe(before.count - 1);
    const moderator = await signInAs(server);
    const approved = await moderator.request<DecisionResponse>(`/api/moderation/reviews/${review.id}/decision`, {
      method: 'POST',
      json: { action: 'approve' },
    });
    expect(approved.body.review).toMatchObject({ status: 'published', reportCount: 0 });
    expect(approved.body.review.moderation.reasons).not.toContain('reported by readers');
    expect(await summaryOf('hulu')).toEqual(before);
  });

  it('moderates the note like a review', async () => {
    const review = await publish('netflix');
    const res = await report(review.id, '10.0.3.1', { reason: 'other', note: '<script>alert(1)</script>This is <b>an ad</b>' });
    expect(res.status).toBe(201);
    const moderator = await signInAs(server);
    const seen = await moderator.request<QueueItem>(`/api/moderation/reviews/${review.id}`);
    expect(seen.body.reports).toEqual([{ reason: 'other', note: 'This is an ad', createdAt: expect.any(String) }]);
  });

  it('answers 404 for unpublished or unknown reviews and 400 for a bad reason', async () => {
    const held = await insertHeldReview(server);
    expect((await report(held.id, '10.0.4.1')).status).toBe(404);
    expect((await report(999999, '10.0.4.1')).status).toBe(404);
    const review = await publish('netflix');
    const bad = await report<ErrorBody>(review.id, '10.0.4.1', { reason: 'boring' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toHaveProperty('reason');
    expect((await report<ErrorBody>(review.id, '10.0.4.1', { reason: 'spam', note: 'x'.repeat(501) })).body.error.fields).toHaveProperty(
      'note',
    );
  });
});

describe('POST /api/reviews/:id/helpful', () => {
  it('counts one vote per reader and shows the count with the review', async () => {
    const review = await publish('paramount-plus');
    expect((await helpful(review.id, '10.1.0.1')).body).toEqual({ helpfulCount: 1 });
    expect((await helpful(review.id, '10.1.0.2')).body).toEqual({ helpfulCount: 2 });
    const again = await helpful(review.id, '10.1.0.1');
    expect(again.status).toBe(409);
    expect((await server.request<ReviewResponse>(`/api/reviews/${review.id}`)).body.review.helpfulCount).toBe(2);
  });

  it('counts every reader of a flood of simultaneous votes once, and each repeat not at all', async () => {
    const review = await publish('paramount-plus');
    const readers = Array.from({ length: 30 }, (_, i) => `10.3.0.${i + 1}`);
    const answers = await Promise.all([...readers, ...readers.slice(0, 10)].map((reader) => helpful(review.id, reader)));
    expect(answers.filter((a) => a.status === 201)).toHaveLength(30);
    expect(answers.filter((a) => a.status === 409)).toHaveLength(10);
    // Every count handed back is distinct: the votes were counted one after another, none lost.
    expect(new Set(answers.filter((a) => a.status === 201).map((a) => a.body.helpfulCount)).size).toBe(30);
    expect((await server.request<ReviewResponse>(`/api/reviews/${review.id}`)).body.review.helpfulCount).toBe(30);
  });

  it('orders the list by most helpful', async () => {
    const [a, b, c] = [await publish('peacock'), await publish('peacock'), await publish('peacock')];
    for (const reader of ['10.2.0.1', '10.2.0.2', '10.2.0.3']) await helpful(b.id, reader);
    await helpful(c.id, '10.2.0.1');
    const list = await server.request<ReviewPage>('/api/companies/peacock/reviews?sort=helpful');
    expect(list.body.reviews.map((r: { id: number }) => r.id).slice(0, 3)).toEqual([b.id, c.id, a.id]);
  });

  it('answers 404 for unpublished or unknown reviews', async () => {
    const held = await insertHeldReview(server);
    expect((await helpful(held.id, '10.3.0.1')).status).toBe(404);
    expect((await helpful(999999, '10.3.0.1')).status).toBe(404);
    expect((await helpful(Number.NaN, '10.3.0.1')).status).toBe(404);
  });
});
