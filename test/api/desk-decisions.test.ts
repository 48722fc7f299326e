import { beforeAll, describe, expect, it } from 'vitest';
import { useTestServer, type OrError } from '../helpers/server';
import { buildReview } from '../helpers/fixtures';
import type { ErrorBody } from '../../server/contract/errors';
import type { AuditPage, BulkResponse, DecisionResponse, QueueItem } from '../../server/contract/moderation';
import type { CompanyDetail, ReviewResponse } from '../../server/contract/review';
import type { SubmissionResponse } from '../../server/contract/manage';
import { insertHeldReview, moderationCount, signInAs, type SignedIn, uniqueBody } from '../helpers/moderator';

let moderator: SignedIn;
let other: SignedIn;
const server = useTestServer();
beforeAll(async () => {
  [moderator, other] = await Promise.all([signInAs(server), signInAs(server)]);
});

const decide = <T = DecisionResponse>(who: SignedIn, id: number, json: Record<string, unknown>) =>
  who.request<T>(`/api/moderation/reviews/${id}/decision`, { method: 'POST', json });
const summaryOf = async (slug: string) => (await server.request<CompanyDetail>(`/api/companies/${slug}`)).body.summary;
const isPublic = async (id: number) => (await server.request(`/api/reviews/${id}`)).status === 200;
const publish = async (slug: string, overrides: Record<string, unknown> = {}) =>
  (
    await server.request<SubmissionResponse>(`/api/companies/${slug}/reviews`, {
      method: 'POST',
      json: buildReview({ body: uniqueBody(), ...overrides }),
    })
  ).body.review;

const countOf = (metric: string) => moderationCount(server, metric);

describe('POST /api/moderation/reviews/:id/decision', () => {
  it('approve makes a held review public and counts it in the summary', async () => {
    const held = await insertHeldReview(server, { company: 'hulu', rating: 5 });
    const before = await summaryOf('hulu');
    expect(await isPublic(held.id)).toBe(false);
    const approvedBefore = await countOf('approved');

    const res = await decide(moderator, held.id, { action: 'approve' });
    expect(res.status).toBe(200);
    expect(res.body.review).toMatchObject({ id: held.id, status: 'published', verdict: { action: 'approve', reason: null } });
    expect(await isPublic(held.id)).toBe(true);
    const after = await summaryOf('hulu');
    expect(after.count).toBe(before.count + 1);
    expect(after.distribution.find((d: { stars: number }) => d.stars === 5)!.count).toBe(
      before.distribution.find((d: { stars: number }) => d.stars === 5)!.count + 1,
    );
    expect(await countOf('approved')).toBe(approvedBefore + 1);
  });

  it('reject keeps a held review out of sight and out of the summary, with its reason', async () => {
    const held = await insertHeldReview(server, { company: 'max' });
    const before = await summaryOf('max');
    const rejectedBefore = await countOf('rejected');
    const res = await decide(moderator, held.id, { action: 'reject', reason: 'spam', note: 'Same text as three others' });
    expect(res.status).toBe(200);
    expect(res.body.review).toMatchObject({ status: 'rejected', verdict: { action: 'reject', reason: 'spam' } });
    expect(await isPublic(held.id)).toBe(false);
    expect((await summaryOf('max')).count).toBe(before.count);
    expect(await countOf('rejected')).toBe(rejectedBefore + 1);
  });

  it('remove takes a published review out of the summary; restore puts it back', async () => {
    const review = await publish('peacock', { rating: 1 });
    const before = await summaryOf('peacock');
    const removed = await decide(moderator, review.id, { action: 'remove', reason: 'fake' });
    expect(removed.status).toBe(200);
    expect(removed.body.review.status).toBe('removed');
    expect(await isPublic(review.id)).toBe(false);
    expect((await summaryOf('peacock')).count).toBe(before.count - 1);

    const restored = await decide(other, review.id, { action: 'restore' });
    expect(restored.status).toBe(200);
    expect(restored.body.review.status).toBe('published');
    expect(await isPublic(review.id)).toBe(true);
    expect(await summaryOf('peacock')).toEqual(before);
  });

  it('edit-and-approve runs the whole pipeline again, so a phone number in the new text is published removed', async () => {
    const held = await insertHeldReview(server);
    const res = await decide(moderator, held.id, {
      action: 'edit-approve',
      title: 'Call <b>them</b>',
      body: 'Their support line +1 415 555 0132 sorted my billing out in ten minutes, very polite agent.',
    });
    expect(res.status).toBe(200);
    const { review } = res.body;
    expect(review.status).toBe('published');
    expect(review.title).toBe('Call them');
    expect(review.body).not.toMatch(/555|0132/);
    expect(review.body).toContain('[phone number removed]');
    expect(review.moderation.redactions.phone).toBe(1);
    const shown = (await server.request<ReviewResponse>(`/api/reviews/${held.id}`)).body.review;
    expect(shown.body).toBe(review.body);
  });

  it('gives exactly one winner when two moderators decide the same review at once', async () => {
    for (const [a, b] of [
      [{ action: 'approve' }, { action: 'approve' }],
      [{ action: 'approve' }, { action: 'reject', reason: 'spam' }],
    ]) {
      const held = await insertHeldReview(server, { company: 'disney-plus' });
      const before = await summaryOf('disney-plus');
      const results = await Promise.all([
        decide<OrError<DecisionResponse>>(moderator, held.id, a!),
        decide<OrError<DecisionResponse>>(other, held.id, b!),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
      expect(results.find((r) => r.status === 409)!.body.error!.code).toBe('conflict');
      const winner = results.find((r) => r.status === 200)!.body.review!.status;
      expect((await summaryOf('disney-plus')).count).toBe(before.count + (winner === 'published' ? 1 : 0));
    }
  });

  it('answers 409 to a decision on a review already decided or changed since it was seen', async () => {
    const held = await insertHeldReview(server);
    const seen = (await moderator.request<QueueItem>(`/api/moderation/reviews/${held.id}`)).body.review.updatedAt;
    expect((await decide(moderator, held.id, { action: 'approve', updatedAt: seen })).status).toBe(200);
    expect((await decide(other, held.id, { action: 'approve' })).status).toBe(409);
    expect((await decide(other, held.id, { action: 'reject', reason: 'spam' })).status).toBe(409);
    expect((await decide(other, held.id, { action: 'remove', reason: 'spam', updatedAt: seen })).status).toBe(409);
    expect((await decide(other, held.id, { action: 'restore' })).status).toBe(409);
  });

  it('records who decided what in the audit trail, without the removed personal data', async () => {
    const held = await insertHeldReview(server);
    await decide(moderator, held.id, { action: 'reject', reason: 'personal-information', note: 'Gave the number 415-555-0132 twice' });
    const admin = await signInAs(server, 'admin');
    const audit = await admin.request<AuditPage>(`/api/moderation/audit?targetType=review&targetId=${held.id}`);
    expect(audit.status).toBe(200);
    expect(audit.body.entries).toHaveLength(1);
    expect(audit.body.entries[0]).toMatchObject({
      actor: { id: moderator.id, email: moderator.email },
      action: 'review.reject',
      statusBefore: 'pending',
      statusAfter: 'rejected',
      details: { reason: 'personal-information' },
    });
    expect(JSON.stringify(audit.body)).not.toMatch(/555/);
  });

  it.each([
    [{ action: 'reject' }, 'reason'],
    [{ action: 'remove' }, 'reason'],
    [{ action: 'publish' }, 'action'],
    [{ action: 'edit-approve' }, 'body'],
    [{ action: 'approve', body: 'a replacement body that is long enough' }, 'body'],
    [{ action: 'approve', status: 'published' }, 'status'],
    [{ action: 'reject', reason: 'boring' }, 'reason'],
  ])('answers 400 naming the field for %j', async (json, field) => {
    const held = await insertHeldReview(server);
    const res = await decide<ErrorBody>(moderator, held.id, json);
    expect(res.status).toBe(400);
    expect(res.body.error.fields).toHaveProperty(field);
  });

  it('answers 404 for an unknown review', async () => {
    for (const id of ['999999', 'abc', '0']) {
      const res = await moderator.request(`/api/moderation/reviews/${id}/decision`, { method: 'POST', json: { action: 'approve' } });
      expect(res.status).toBe(404);
    }
  });
});

describe('POST /api/moderation/reviews/bulk', () => {
  it('approves a selection, reporting each review that was already decided or is unknown', async () => {
    const a = await insertHeldReview(server, { company: 'paramount-plus' });
    const b = await insertHeldReview(server, { company: 'paramount-plus' });
    const done = await publish('paramount-plus');
    const before = await summaryOf('paramount-plus');
    const res = await moderator.request<BulkResponse>('/api/moderation/reviews/bulk', {
      method: 'POST',
      json: { action: 'approve', ids: [a.id, b.id, done.id, 999999] },
    });
    expect(res.status).toBe(200);
    expect(res.body.results).toEqual([
      { id: a.id, outcome: 'done', status: 'published' },
      { id: b.id, outcome: 'done', status: 'published' },
      { id: done.id, outcome: 'conflict' },
      { id: 999999, outcome: 'not_found' },
    ]);
    expect((await summaryOf('paramount-plus')).count).toBe(before.count + 2);
  });

  it('rejects a selection with one reason', async () => {
    const ids = [(await insertHeldReview(server)).id, (await insertHeldReview(server)).id];
    const res = await moderator.request<BulkResponse>('/api/moderation/reviews/bulk', {
      method: 'POST',
      json: { action: 'reject', ids, reason: 'spam' },
    });
    expect(res.body.results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    const missingReason = await moderator.request('/api/moderation/reviews/bulk', { method: 'POST', json: { action: 'reject', ids } });
    expect(missingReason.status).toBe(400);
  });
});
