// Two app instances on one database (one SQLite file, or one PostgreSQL database): a reply written on one shows on
// the other's single review at once and on its kept first page within the recheck interval, and removing it there
// works with the same session.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, submitTo, useTestServer, type TestServer } from '../helpers/server';
import { buildReview } from '../helpers/fixtures';
import type { SignedIn } from '../helpers/moderator';
import { signInAsRepresentative } from '../helpers/representative';
import { RECHECK_MS } from '../../server/domain/company-version-cache';
import type { ReviewPage, ReviewResponse } from '../../server/contract/review';

const a = useTestServer();
let b: TestServer;
let rep: SignedIn;
beforeAll(async () => {
  b = await startTestServer({}, { dir: a.dir });
  rep = await signInAsRepresentative(a, ['hulu']);
});
afterAll(async () => {
  await b?.stop();
});

const firstPageReply = async (server: TestServer, id: number) =>
  (await server.request<ReviewPage>('/api/companies/hulu/reviews')).body.reviews.find((r) => r.id === id)?.reply;

describe('a reply on two instances', () => {
  it("shows on the other instance's review at once and on its kept first page within the recheck", async () => {
    const posted = await submitTo(a)(buildReview(), 'hulu');
    expect(posted.status).toBe(201);
    const id: number = posted.body.review.id;
    // Both first pages are kept now, without the reply.
    expect(await firstPageReply(a, id)).toBeNull();
    expect(await firstPageReply(b, id)).toBeNull();

    expect((await rep.request(`/api/reviews/${id}/reply`, { method: 'PUT', json: { body: 'Sorry, we have refunded you.' } })).status).toBe(
      201,
    );
    expect((await b.request<ReviewResponse>(`/api/reviews/${id}`)).body.review.reply!.body).toBe('Sorry, we have refunded you.');
    expect((await firstPageReply(a, id))?.body).toBe('Sorry, we have refunded you.');
    const deadline = performance.now() + RECHECK_MS + 2000;
    let seen = await firstPageReply(b, id);
    while (!seen && performance.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      seen = await firstPageReply(b, id);
    }
    expect(seen?.body).toBe('Sorry, we have refunded you.');

    // The session is the database's: the other instance takes it, and the removal shows back on the first.
    const onB = await b.request(`/api/reviews/${id}/reply`, {
      method: 'DELETE',
      headers: { cookie: rep.cookie, 'x-csrf-token': rep.csrfToken, origin: b.url },
    });
    expect(onB.status).toBe(204);
    expect((await a.request<ReviewResponse>(`/api/reviews/${id}`)).body.review.reply).toBeNull();
  });
});
