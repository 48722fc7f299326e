import { beforeAll, describe, expect, it } from 'vitest';
import { useTestServer } from '../helpers/server';
import { buildReview } from '../helpers/fixtures';
import { insertHeldReview, signInAs, type SignedIn, uniqueBody } from '../helpers/moderator';
import type { DecisionResponse, QueueItem, QueuePage } from '../../server/contract/moderation';
import type { SubmissionResponse } from '../../server/contract/manage';
import type { ErrorBody } from '../../server/contract/errors';

let moderator: SignedIn;
const server = useTestServer({ trustedProxies: ['127.0.0.1'] });
beforeAll(async () => {
  moderator = await signInAs(server);
});

const queue = async (query = '') => {
  const res = await moderator.request<QueuePage>(`/api/moderation/queue${query}`);
  expect(res.status).toBe(200);
  return res.body;
};
const idsOf = (page: { items: { review: { id: number } }[] }) => page.items.map((i) => i.review.id);

describe('GET /api/moderation/queue', () => {
  it('puts the riskiest first, then the oldest, and pages through it without gaps', async () => {
    const t = Date.now() - 3_600_000;
    const low = await insertHeldReview(server, { company: 'max', riskScore: 2, createdAt: t });
    const highNew = await insertHeldReview(server, { company: 'max', riskScore: 9, createdAt: t + 2000 });
    const highOld = await insertHeldReview(server, { company: 'max', riskScore: 9, createdAt: t + 1000 });
    const mid = await insertHeldReview(server, { company: 'max', riskScore: 5, createdAt: t - 1000 });
    const page = await queue('?company=max');
    expect(idsOf(page)).toEqual([highOld.id, highNew.id, mid.id, low.id]);
    expect(page.total).toBe(4);

    const first = await queue('?company=max&limit=3');
    expect(idsOf(first)).toEqual([highOld.id, highNew.id, mid.id]);
    const second = await queue(`?company=max&limit=3&cursor=${first.nextCursor}`);
    expect(idsOf(second)).toEqual([low.id]);
    expect(second.nextCursor).toBeNull();
  });

  it('sorts by the risk a moderator sees whatever the kind, the kind breaking ties (7 above 6)', async () => {
    const reported = await server.request<SubmissionResponse>('/api/companies/paramount-plus/reviews', {
      method: 'POST',
      json: buildReview({ body: uniqueBody() }),
    });
    await server.request(`/api/reviews/${reported.body.review.id}/report`, {
      method: 'POST',
      json: { reason: 'spam' },
      headers: { 'x-forwarded-for': '10.8.0.1' },
    });
    const spam = await insertHeldReview(server, {
      company: 'paramount-plus',
      reasons: ['link shortener', 'looks like gibberish'],
      riskScore: 7,
    });
    const heavy = await insertHeldReview(server, { company: 'paramount-plus', reasons: ['threat of violence'], riskScore: 6 });
    const personal = await insertHeldReview(server, {
      company: 'paramount-plus',
      reasons: ['phone number removed', 'too short to be useful'],
      redactions: { phone: 1 },
      riskScore: 6,
    });
    const page = await queue('?company=paramount-plus');
    // A spam report adds 3 to a review the pipeline scored 0.
    expect(idsOf(page)).toEqual([spam.id, personal.id, heavy.id, reported.body.review.id]);
    expect(page.items.map((i) => i.review.queueRisk)).toEqual([7, 6, 6, 3]);
    expect(page.items.map((i) => i.review.queueTier)).toEqual([1, 3, 2, 0]);
    // Held and reported reviews are counted apart and added up.
    expect(page.total).toBe(4);
    const pages = [await queue('?company=paramount-plus&limit=2')];
    pages.push(await queue(`?company=paramount-plus&limit=2&cursor=${pages[0]!.nextCursor}`));
    expect(pages.flatMap(idsOf)).toEqual([spam.id, personal.id, heavy.id, reported.body.review.id]);
    expect(pages[1]!.nextCursor).toBeNull();
  });

  it('puts a published review readers report as offensive above low-risk held ones, and one hidden by reports too', async () => {
    const publish = async () =>
      (
        await server.request<SubmissionResponse>('/api/companies/disney-plus/reviews', {
          method: 'POST',
          json: buildReview({ body: uniqueBody() }),
        })
      ).body.review.id;
    const threat = await publish();
    const hidden = await publish();
    const held = await insertHeldReview(server, { company: 'disney-plus', reasons: ['link in text'], riskScore: 5 });
    const report = (id: number, reason: string, client: string) =>
      server.request(`/api/reviews/${id}/report`, { method: 'POST', json: { reason }, headers: { 'x-forwarded-for': client } });
    expect((await report(threat, 'offensive', '10.9.0.1')).status).toBe(201);
    // Three reports hide a review (REPORT_THRESHOLD): it waits as pending, its reports still weigh.
    for (const client of ['10.9.0.2', '10.9.0.3', '10.9.0.4'])
      expect((await report(hidden, 'personal-information', client)).status).toBe(201);
    expect((await moderator.request<QueueItem>(`/api/moderation/reviews/${hidden}`)).body.review.status).toBe('pending');

    const page = await queue('?company=disney-plus');
    // Personal information 6 plus one for each of two further reports, ahead of offensive 8 on the report count;
    // the held review's own 5 last.
    expect(idsOf(page)).toEqual([hidden, threat, held.id]);
    expect(page.items.map((i) => i.review.queueRisk)).toEqual([8, 8, 5]);
    expect(page.total).toBe(3);
    const reportedOnly = await queue('?company=disney-plus&reason=reported');
    expect(idsOf(reportedOnly)).toEqual([hidden, threat]);
  });

  it('filters by pipeline reason and lists the reasons present', async () => {
    const link = await insertHeldReview(server, { company: 'peacock', reasons: ['link in text'] });
    const shout = await insertHeldReview(server, { company: 'peacock', reasons: ['shouting', 'too short'] });
    expect(idsOf(await queue('?company=peacock&reason=shouting'))).toEqual([shout.id]);
    expect(idsOf(await queue('?company=peacock&reason=link%20in%20text'))).toEqual([link.id]);
    const reasons = (await queue('?company=peacock')).reasons;
    expect(reasons).toEqual(
      expect.arrayContaining([
        { reason: 'shouting', count: 1 },
        { reason: 'link in text', count: 1 },
      ]),
    );
  });

  it('shows each review with its moderated text, structured fields, pipeline reasons and reader reports', async () => {
    const review = (
      await server.request<SubmissionResponse>('/api/companies/hulu/reviews', {
        method: 'POST',
        json: buildReview({ rating: 1, body: uniqueBody() }),
      })
    ).body.review;
    const report = await server.request(`/api/reviews/${review.id}/report`, {
      method: 'POST',
      json: { reason: 'fake', note: 'This never happened' },
      headers: { 'x-forwarded-for': '10.9.0.1' },
    });
    expect(report.status).toBe(201);
    const page = await queue('?company=hulu&reason=reported');
    expect(page.items).toHaveLength(1);
    const [item] = page.items;
    expect(item!.review).toMatchObject({
      id: review.id,
      status: 'published',
      body: review.body,
      issueType: 'billing',
      contactMethod: 'in-app-chat',
      companyName: 'Hulu',
      reportCount: 1,
      moderation: { reasons: [], decision: 'publish' },
    });
    expect(item!.reports).toEqual([{ reason: 'fake', note: 'This never happened', createdAt: expect.any(String) }]);
  });

  it('lets a moderator keep a reported review up, which clears its reports from the queue', async () => {
    const review = (
      await server.request<SubmissionResponse>('/api/companies/prime-video/reviews', {
        method: 'POST',
        json: buildReview({ body: uniqueBody() }),
      })
    ).body.review;
    await server.request(`/api/reviews/${review.id}/report`, {
      method: 'POST',
      json: { reason: 'spam' },
      headers: { 'x-forwarded-for': '10.9.1.1' },
    });
    expect(idsOf(await queue('?company=prime-video'))).toEqual([review.id]);
    const kept = await moderator.request<DecisionResponse>(`/api/moderation/reviews/${review.id}/decision`, {
      method: 'POST',
      json: { action: 'approve' },
    });
    expect(kept.status).toBe(200);
    expect(kept.body.review).toMatchObject({ status: 'published', reportCount: 0 });
    expect(idsOf(await queue('?company=prime-video'))).toEqual([]);
  });

  it('answers 400 for an unknown company or a bad cursor', async () => {
    expect((await moderator.request<ErrorBody>('/api/moderation/queue?company=nope')).body.error.fields).toHaveProperty('company');
    expect((await moderator.request<ErrorBody>('/api/moderation/queue?cursor=garbage')).body.error.fields).toHaveProperty('cursor');
    expect((await moderator.request('/api/moderation/queue?limit=1000')).status).toBe(400);
  });

  it('needs a session: unpublished text is for moderators only', async () => {
    const held = await insertHeldReview(server);
    expect((await server.request('/api/moderation/queue')).status).toBe(401);
    expect((await server.request(`/api/moderation/reviews/${held.id}`)).status).toBe(401);
    expect((await server.request(`/api/reviews/${held.id}`)).status).toBe(404);
    const seen = await moderator.request<QueueItem>(`/api/moderation/reviews/${held.id}`);
    expect(seen.status).toBe(200);
    expect(seen.body.review).toMatchObject({ id: held.id, status: 'pending' });
  });
});
