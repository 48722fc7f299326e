// Bursts of simultaneous requests: every throttle and one-per-client rule must hold however the requests are
// timed, not only when they arrive one after another.
import { describe, expect, it } from 'vitest';
import { useTestServer } from '../helpers/server';
import { buildReview } from '../helpers/fixtures';
import { createModerator, signInAs, uniqueBody } from '../helpers/moderator';
import type { SubmissionResponse } from '../../server/contract/manage';
import type { AuditPage, QueueItem } from '../../server/contract/moderation';
import type { ReviewResponse } from '../../server/contract/review';

// A trusted local proxy lets X-Forwarded-For stand for different clients.
const server = useTestServer({ trustedProxies: ['127.0.0.1'], loginMaxFailures: 5, reportThreshold: 3 });

const from = (client: string) => ({ 'x-forwarded-for': client });
const login = (email: string, password: string, client: string) =>
  server.request('/api/auth/login', { method: 'POST', json: { email, password }, headers: { origin: server.url, ...from(client) } });
const publish = async () =>
  (
    await server.request<SubmissionResponse>('/api/companies/netflix/reviews', {
      method: 'POST',
      json: buildReview({ body: uniqueBody() }),
    })
  ).body.review;
const statuses = (answers: { status: number }[]) => answers.map((a) => a.status);
const count = (answers: { status: number }[], status: number) => answers.filter((a) => a.status === status).length;

describe('parallel logins', () => {
  it('checks at most LOGIN_MAX_FAILURES passwords of 50 simultaneous wrong ones from one client', async () => {
    const account = await createModerator(server);
    const answers = await Promise.all(Array.from({ length: 50 }, (_, i) => login(account.email, `wrong password ${i}`, '10.10.0.1')));
    expect(count(answers, 401)).toBeLessThanOrEqual(5);
    expect(count(answers, 429)).toBeGreaterThanOrEqual(45);
    expect(count(answers, 401) + count(answers, 429)).toBe(50);
  });

  it('throttles the account however many clients the simultaneous guesses come from', async () => {
    const account = await createModerator(server);
    const answers = await Promise.all(Array.from({ length: 50 }, (_, i) => login(account.email, 'wrong password!', `10.11.0.${i + 1}`)));
    expect(count(answers, 401)).toBeLessThanOrEqual(5);
    expect(count(answers, 429)).toBeGreaterThanOrEqual(45);
  });

  it('throttles one client guessing many accounts at once', async () => {
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) => login(`burst-${i}@example.test`, 'wrong password!', '10.12.0.1')),
    );
    expect(count(answers, 401)).toBeLessThanOrEqual(5);
    expect(count(answers, 429)).toBeGreaterThanOrEqual(45);
  });

  it('forgives the attempt of a right password: signing in leaves no failure behind', async () => {
    const account = await createModerator(server);
    for (let i = 0; i < 4; i++) expect((await login(account.email, 'wrong password!', '10.13.0.1')).status).toBe(401);
    // An attempt in flight counts: of simultaneous right ones, only the one the window still has room for runs.
    const answers = await Promise.all(Array.from({ length: 3 }, () => login(account.email, account.password, '10.13.0.2')));
    expect(statuses(answers).sort()).toEqual([200, 429, 429]);
    // The account's failures were cleared by the successful sign-in: five more guesses are checked.
    for (let i = 0; i < 5; i++) expect((await login(account.email, 'wrong password!', '10.13.0.3')).status).toBe(401);
    expect((await login(account.email, 'wrong password!', '10.13.0.3')).status).toBe(429);
  });
});

describe('parallel reports', () => {
  it('hides a review once when many readers report it at the same moment', async () => {
    const review = await publish();
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        server.request(`/api/reviews/${review.id}/report`, { method: 'POST', json: { reason: 'spam' }, headers: from(`10.20.0.${i + 1}`) }),
      ),
    );
    // The third report hides it; a hidden review takes no more reports.
    expect(count(answers, 201)).toBe(3);
    expect(count(answers, 404)).toBe(27);
    const admin = await signInAs(server, 'admin');
    const audit = (await admin.request<AuditPage>(`/api/moderation/audit?targetType=review&targetId=${review.id}`)).body.entries;
    expect(audit.filter((e: { action: string }) => e.action === 'review.hidden-by-reports')).toHaveLength(1);
    expect((await admin.request<QueueItem>(`/api/moderation/reviews/${review.id}`)).body.reports).toHaveLength(3);
  });

  it('counts one client’s simultaneous reports once', async () => {
    const review = await publish();
    const answers = await Promise.all(
      Array.from({ length: 20 }, () =>
        server.request(`/api/reviews/${review.id}/report`, { method: 'POST', json: { reason: 'spam' }, headers: from('10.21.0.1') }),
      ),
    );
    expect(count(answers, 201)).toBe(1);
    expect(count(answers, 409)).toBe(19);
    expect((await server.request(`/api/reviews/${review.id}`)).status).toBe(200);
  });
});

describe('parallel votes', () => {
  it('counts each of 40 clients once when every one votes twice at the same moment', async () => {
    const review = await publish();
    const clients = Array.from({ length: 40 }, (_, i) => `10.30.0.${i + 1}`);
    const answers = await Promise.all(
      [...clients, ...clients].map((client) =>
        server.request(`/api/reviews/${review.id}/helpful`, { method: 'POST', json: {}, headers: from(client) }),
      ),
    );
    expect(count(answers, 201)).toBe(40);
    expect(count(answers, 409)).toBe(40);
    expect((await server.request<ReviewResponse>(`/api/reviews/${review.id}`)).body.review.helpfulCount).toBe(40);
  });
});
