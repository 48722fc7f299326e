// The reply figures in /patterns over real HTTP: the share of published reviews answered, the median hours to
// answer and the share resolved after a reply offering a resolution, each with the minimum-evidence rule and
// Wilson intervals, and fresh after every reply write, removal and answer (the company version moves).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/server';
import { buildReview } from '../helpers/fixtures';
import { createModerator, logIn, signInAs, TEST_PASSWORD, type SignedIn } from '../helpers/moderator';
import { wilsonRate } from '../../server/domain/patterns/wilson';
import { NOT_ENOUGH_REVIEWS, type CompanyPatterns, type IssueTypePattern, type ReplyPatterns } from '../../server/contract/patterns';
import type { ModeratorResponse } from '../../server/contract/moderators';
import type { SubmissionResponse } from '../../server/contract/manage';
import type { ReplyResponse } from '../../server/contract/reply';

const T0 = Date.UTC(2026, 5, 15, 12);
const HOUR = 3_600_000;
let clock = T0;
let server: TestServer;
let rep: SignedIn;

beforeEach(async () => {
  clock = T0;
  // The clock moves days ahead between replies: the representative's session must outlast it.
  server = await startTestServer({ sessionIdleMinutes: 60 * 24 * 30, sessionMaxHours: 24 * 30 }, { now: () => clock });
  const admin = await signInAs(server, 'admin');
  const email = 'rep@example.test';
  const res = await admin.request<ModeratorResponse>('/api/moderation/moderators', {
    method: 'POST',
    json: { email, role: 'representative', password: TEST_PASSWORD, companies: ['netflix'] },
  });
  expect(res.status).toBe(201);
  rep = await logIn(server, { id: res.body.moderator.id, email, password: TEST_PASSWORD, role: 'representative' });
});

afterEach(async () => {
  await server.stop();
  server.remove();
});

/** Published reviews of Netflix, each with its manage token. */
async function post(count: number): Promise<{ id: number; token: string }[]> {
  const posted = [];
  for (let i = 0; i < count; i++) {
    const res = await server.request<SubmissionResponse>('/api/companies/netflix/reviews', {
      method: 'POST',
      json: buildReview({ resolved: 'no' }),
    });
    expect(res.status).toBe(201);
    posted.push({ id: res.body.review.id, token: res.body.review.manageToken });
  }
  return posted;
}

/** The representative's reply, written `hours` after T0 (when the reviews were published). */
async function reply(id: number, hours: number, offersResolution = false) {
  clock = T0 + hours * HOUR;
  const res = await rep.request(`/api/reviews/${id}/reply`, {
    method: 'PUT',
    json: { body: 'We are sorry; the refund is on its way to your card.', offersResolution },
  });
  expect(res.status).toBe(201);
}

async function answer(review: { id: number; token: string }, resolution: 'resolved' | 'not-resolved') {
  const res = await server.request(`/api/reviews/${review.id}/manage/resolution`, {
    method: 'POST',
    json: { answer: resolution },
    headers: { 'x-manage-token': review.token },
  });
  expect(res.status).toBe(200);
}

const replies = async (): Promise<ReplyPatterns> => (await server.request<CompanyPatterns>('/api/companies/netflix/patterns')).body.replies;

describe('reply figures in GET /api/companies/:slug/patterns', () => {
  it('shows none below PATTERN_MIN_REVIEWS published reviews', async () => {
    const reviews = await post(4);
    for (const [i, r] of reviews.entries()) await reply(r.id, i + 1, true);
    await answer(reviews[0]!, 'resolved');
    expect(await replies()).toEqual({ answered: null, medianHoursToAnswer: null, resolvedAfterReply: null });
  });

  it('gives the share answered with its interval and the median hours, fresh after each reply', async () => {
    const reviews = await post(10);
    expect(await replies()).toEqual({ answered: wilsonRate(0, 10), medianHoursToAnswer: null, resolvedAfterReply: null });
    const hours = [30, 1, 10, 2, 9];
    for (const [i, h] of hours.entries()) await reply(reviews[i]!.id, h);
    // Read at once after the last reply: the cached patterns moved with the company version.
    expect(await replies()).toEqual({ answered: wilsonRate(5, 10), medianHoursToAnswer: 9, resolvedAfterReply: null });

    await reply(reviews[5]!.id, 12);
    expect((await replies()).medianHoursToAnswer).toBe(9.5);

    const csv = (await server.request<string>('/api/companies/netflix/patterns.csv')).body.split('\r\n');
    expect(csv).toContain(`replies,answered,Reviews the company answered,10,0.6,0.313,0.832,,,,,,,,9.5 hours,`);
    expect(csv).toContain(`replies,resolved_after_reply,Resolved after a reply offering a resolution,,,,,,,,,,,,,${NOT_ENOUGH_REVIEWS}`);

    const deleted = await rep.request(`/api/reviews/${reviews[5]!.id}/reply`, { method: 'DELETE' });
    expect(deleted.status).toBe(204);
    expect((await replies()).answered).toEqual(wilsonRate(5, 10));
  });

  it('leaves out a held reply and the reply of a review taken down', async () => {
    const reviews = await post(6);
    for (const [i, r] of reviews.slice(0, 5).entries()) await reply(r.id, i + 1);
    clock = T0 + 20 * HOUR;
    const held = await rep.request<ReplyResponse>(`/api/reviews/${reviews[5]!.id}/reply`, {
      method: 'PUT',
      json: { body: 'Watch your back. I know where you live and I will find you.' },
    });
    expect(held.body.status).toBe('held');
    expect(await replies()).toMatchObject({ answered: wilsonRate(5, 6), medianHoursToAnswer: 3 });

    const moderator = await logIn(server, await createModerator(server));
    const removed = await moderator.request(`/api/moderation/reviews/${reviews[0]!.id}/decision`, {
      method: 'POST',
      json: { action: 'remove', reason: 'spam' },
    });
    expect(removed.status).toBe(200);
    // Five published reviews, four of them answered (2, 3, 4 and 5 hours after).
    expect(await replies()).toMatchObject({ answered: wilsonRate(4, 5), medianHoursToAnswer: null });
  });

  it('gives the share resolved after a reply offering a resolution once enough reviewers answered', async () => {
    const reviews = await post(7);
    for (const [i, r] of reviews.entries()) await reply(r.id, i + 1, i < 6);
    for (const r of reviews.slice(0, 3)) await answer(r, 'resolved');
    await answer(reviews[3]!, 'not-resolved');
    expect((await replies()).resolvedAfterReply).toBeNull();

    await answer(reviews[4]!, 'resolved');
    expect((await replies()).resolvedAfterReply).toEqual(wilsonRate(4, 5));
    // The review's own resolution figures moved with the answer.
    const { body } = await server.request<CompanyPatterns>('/api/companies/netflix/patterns');
    expect((body.issueTypes.find((g: { value: string }) => g.value === 'billing') as IssueTypePattern).resolved.count).toBe(4);
  });
});
