// Reader reports hide a review only when enough different readers report it within a window; a review a
// moderator kept after reports needs more new reports to be hidden again; the queue shows a burst of reports.
import { describe, expect, it } from 'vitest';
import { useTestServer } from '../helpers/server';
import { buildReview } from '../helpers/fixtures';
import { signInAs, uniqueBody } from '../helpers/moderator';
import { findReportBurst } from '../../server/domain/readers/report-burst';
import type { SubmissionResponse } from '../../server/contract/manage';
import type { AuditPage, QueueItem, QueuePage } from '../../server/contract/moderation';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
let clock = Date.now();
// A trusted local proxy lets X-Forwarded-For stand for different readers.
const server = useTestServer({ trustedProxies: ['127.0.0.1'], reportThreshold: 3 }, { now: () => clock });

const publish = async () =>
  (
    await server.request<SubmissionResponse>('/api/companies/netflix/reviews', {
      method: 'POST',
      json: buildReview({ body: uniqueBody() }),
    })
  ).body.review;
const report = (id: number, reader: string) =>
  server.request(`/api/reviews/${id}/report`, { method: 'POST', json: { reason: 'spam' }, headers: { 'x-forwarded-for': reader } });
const isPublished = async (id: number) => (await server.request(`/api/reviews/${id}`)).status === 200;

describe('hiding a review by reports', () => {
  it('counts only reports from the last seven days', async () => {
    const review = await publish();
    await report(review.id, '10.70.0.1');
    await report(review.id, '10.70.0.2');
    clock += 8 * DAY;
    expect((await report(review.id, '10.70.0.3')).status).toBe(201);
    expect(await isPublished(review.id)).toBe(true);
    await report(review.id, '10.70.0.4');
    expect(await isPublished(review.id)).toBe(true);
    await report(review.id, '10.70.0.5');
    expect(await isPublished(review.id)).toBe(false);
  });

  it('needs twice the reports, all new, once a moderator approved the review after reports', async () => {
    const review = await publish();
    for (const reader of ['10.71.0.1', '10.71.0.2', '10.71.0.3']) await report(review.id, reader);
    expect(await isPublished(review.id)).toBe(false);
    const moderator = await signInAs(server);
    const approved = await moderator.request(`/api/moderation/reviews/${review.id}/decision`, {
      method: 'POST',
      json: { action: 'approve' },
    });
    expect(approved.status).toBe(200);

    // The first reporters cannot report it again; three new readers are not enough now.
    expect((await report(review.id, '10.71.0.1')).status).toBe(409);
    for (const reader of ['10.71.1.1', '10.71.1.2', '10.71.1.3', '10.71.1.4', '10.71.1.5']) {
      expect((await report(review.id, reader)).status).toBe(201);
      expect(await isPublished(review.id)).toBe(true);
    }
    await report(review.id, '10.71.1.6');
    expect(await isPublished(review.id)).toBe(false);
    const admin = await signInAs(server, 'admin');
    const audit = (
      await admin.request<AuditPage>(`/api/moderation/audit?targetType=review&targetId=${review.id}&action=review.hidden-by-reports`)
    ).body.entries;
    expect(audit[0]!.details).toMatchObject({ reports: 6, needed: 6, threshold: 3 });
  });
});

describe('the queue item of a reported review', () => {
  it('shows a burst when the reports came together', async () => {
    const review = await publish();
    for (const reader of ['10.72.0.1', '10.72.0.2', '10.72.0.3']) {
      await report(review.id, reader);
      clock += 2 * MINUTE;
    }
    const moderator = await signInAs(server);
    const queue = await moderator.request<QueuePage>('/api/moderation/queue?reason=reported');
    const item = queue.body.items.find((i: { review: { id: number } }) => i.review.id === review.id)!;
    expect(item.reportBurst).toEqual({ reports: 3, minutes: 4, from: expect.any(String), to: expect.any(String) });
    const one = await moderator.request<QueueItem>(`/api/moderation/reviews/${review.id}`);
    expect(one.body.reportBurst).toEqual(item.reportBurst);
  });

  it('shows none when the reports came days apart', async () => {
    const review = await publish();
    for (const reader of ['10.73.0.1', '10.73.0.2', '10.73.0.3']) {
      await report(review.id, reader);
      clock += 2 * DAY;
    }
    const moderator = await signInAs(server);
    const one = await moderator.request<QueueItem>(`/api/moderation/reviews/${review.id}`);
    expect(one.body.reports).toHaveLength(3);
    expect(one.body.reportBurst).toBeNull();
  });
});

describe('findReportBurst', () => {
  const at = (minutes: number[]) => minutes.map((m) => m * MINUTE);
  it.each([
    { times: [], burst: null },
    { times: [0, 1], burst: null },
    { times: [0, 1, 2], burst: { reports: 3, minutes: 2 } },
    { times: [0, 30, 60], burst: { reports: 3, minutes: 60 } },
    { times: [0, 30, 61], burst: null },
    { times: [0, 500, 501, 502, 503], burst: { reports: 4, minutes: 3 } },
  ])('finds $burst in reports at minutes $times', ({ times, burst }) => {
    const found = findReportBurst(at(times));
    expect(found && { reports: found.reports, minutes: found.minutes }).toEqual(burst);
  });
});
