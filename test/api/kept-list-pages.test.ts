// Later pages of a company's reviews are kept like its first pages: served again while the company's version
// stands, rebuilt once another instance moves it, and held within their bound however many cursors arrive.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, submitTo, useTestServer, type TestServer } from '../helpers/server';
import { buildReview } from '../helpers/fixtures';
import { rawExec } from '../helpers/raw-db';
import { RECHECK_MS } from '../../server/domain/company-version-cache';
import { KeptReviewPages } from '../../server/domain/kept-review-pages';
import { listPublishedReviewsEncoded } from '../../server/domain/list-reviews';
import { encodeCursor } from '../../server/domain/review-cursor';
import { ReviewListQuery } from '../../server/contract/review';

const a = useTestServer();
let b: TestServer;
beforeAll(async () => {
  b = await startTestServer({}, { dir: a.dir });
});
afterAll(async () => {
  await b?.stop();
});

type Page = { reviews: { id: number; body: string }[]; nextCursor: string | null };
const pageOf = async (server: TestServer, slug: string, query: string): Promise<Page> => {
  const res = await server.request<Page>(`/api/companies/${slug}/reviews?${query}`);
  expect(res.status).toBe(200);
  return res.body;
};

describe('kept later pages of the review list', () => {
  it('serves a second page from the kept answer and rebuilds it after a new review on another instance', async () => {
    const slug = 'hulu';
    for (let i = 0; i < 3; i++) expect((await submitTo(a)(buildReview(), slug)).status).toBe(201);
    const cursor = encodeURIComponent((await pageOf(a, slug, 'limit=1')).nextCursor!);
    const second = (await pageOf(a, slug, `limit=1&cursor=${cursor}`)).reviews[0]!;

    // Written past the app, as nothing a reader sees moves the company's version: the kept page stands.
    const edited = 'Edited straight in the database, past every figure.';
    await rawExec(a, `update reviews set body = '${edited}' where id = ${second.id}`);
    expect((await pageOf(a, slug, `limit=1&cursor=${cursor}`)).reviews[0]!.body).toBe(second.body);

    // A review on the other instance moves the version in the database: the kept page is rebuilt within the recheck.
    expect((await submitTo(b)(buildReview(), slug)).status).toBe(201);
    const deadline = performance.now() + RECHECK_MS + 2000;
    let seen = (await pageOf(a, slug, `limit=1&cursor=${cursor}`)).reviews[0]!;
    while (seen.body !== edited && performance.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      seen = (await pageOf(a, slug, `limit=1&cursor=${cursor}`)).reviews[0]!;
    }
    expect(seen).toMatchObject({ id: second.id, body: edited });
  });

  it('holds later pages within their bound under a stream of distinct cursors, and keeps first pages apart', async () => {
    const slug = 'max';
    for (let i = 0; i < 4; i++) expect((await submitTo(a)(buildReview(), slug)).status).toBe(201);
    const bounds = { entries: 25, bytes: 20_000 };
    const kept = new KeptReviewPages({ first: bounds, filtered: bounds, later: bounds });
    const list = (query: Record<string, string>) =>
      listPublishedReviewsEncoded({ store: a.store, kept }, slug, ReviewListQuery.parse(query));
    const first = await list({ limit: '4' });
    expect(first.kept).toBe(true);

    // Every cursor a different moment after the newest review: the same page, each kept under its own key.
    const base = Date.now() + 60_000;
    let largest = 0;
    for (let i = 0; i < 200; i++) {
      const limit = i % 2 === 0 ? '4' : '1';
      await list({ limit, cursor: encodeCursor('newest', [base + i, 1]) });
      const held = kept.later.held;
      largest = Math.max(largest, held.size);
      expect(held.entries).toBeLessThanOrEqual(bounds.entries);
      expect(held.size).toBeLessThanOrEqual(bounds.bytes);
    }
    // The bound was reached (the pages are kept, not just dropped), and the newest one is served as kept.
    expect(largest).toBeGreaterThan(bounds.bytes / 2);
    const last = { limit: '1', cursor: encodeCursor('newest', [base + 199, 1]) };
    expect((await list(last)).json).toBe((await list(last)).json);
    // First pages live in their own cache: the stream pushed none of them out.
    expect(kept.first.held.entries).toBe(1);
    expect((await list({ limit: '4' })).json).toBe(first.json);
  });

  it('sends a kept page compressed from its second sending on, to a client that accepts it', async () => {
    const ask = () =>
      a.request<Page>('/api/companies/peacock/reviews?limit=50&sort=oldest', { headers: { 'accept-encoding': 'gzip, br' } });
    // Three reviews: a page under a kilobyte is not worth compressing (compressed-html.ts).
    for (let i = 0; i < 3; i++) expect((await submitTo(a)(buildReview(), 'peacock')).status).toBe(201);
    const [once, again] = [await ask(), await ask()];
    expect(once.headers.get('content-encoding')).toBeNull();
    expect(again.headers.get('content-encoding')).toBe('br');
    expect(again.headers.get('vary')).toBe('Accept-Encoding');
    expect(again.body).toEqual(once.body);
  });
});
