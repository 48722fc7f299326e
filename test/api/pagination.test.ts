import { describe, expect, it } from 'vitest';
import { useTestServer, type Answer } from '../helpers/server';
import { buildReview } from '../helpers/fixtures';
import type { ErrorBody } from '../../server/contract/errors';
import type { SubmissionResponse } from '../../server/contract/manage';
import type { ReviewPage } from '../../server/contract/review';
import { encodeCursor } from '../../server/domain/review-cursor';

const server = useTestServer();

const post = (slug: string, review: unknown) =>
  server.request<SubmissionResponse>(`/api/companies/${slug}/reviews`, { method: 'POST', json: review });

async function readAll(slug: string, query: string, between?: () => Promise<void>) {
  const seen: { id: number; rating: number }[] = [];
  let cursor: string | null = null;
  do {
    const res: Answer<ReviewPage> = await server.request(
      `/api/companies/${slug}/reviews?limit=3${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
    );
    expect(res.status).toBe(200);
    seen.push(...res.body.reviews);
    cursor = res.body.nextCursor;
    if (between) await between();
  } while (cursor);
  return seen;
}

describe('GET /api/companies/:slug/reviews pagination', () => {
  it.each(['newest', 'oldest', 'highest', 'lowest', 'helpful'])(
    'returns every published review exactly once while reviews arrive between pages (sort=%s)',
    async (sort) => {
      const slug = 'paramount-plus';
      const existing = new Set<number>();
      for (let i = 0; i < 3; i++) {
        for (const rating of [1, 5, 3, 4, 2]) existing.add((await post(slug, buildReview({ rating }))).body.review.id);
      }
      // Reviews published earlier by other cases are part of the list too.
      const startIds = new Set((await readAll(slug, `&sort=${sort}`)).map((r) => r.id));
      let added = 0;
      const seen = await readAll(slug, `&sort=${sort}`, async () => {
        await post(slug, buildReview({ rating: (added++ % 5) + 1 }));
      });
      const ids = seen.map((r) => r.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of startIds) expect(ids).toContain(id);
      for (const id of existing) expect(ids).toContain(id);
    },
  );

  it('orders by rating for highest and lowest', async () => {
    const highest = await readAll('paramount-plus', '&sort=highest');
    const ratings = highest.map((r) => r.rating);
    expect(ratings).toEqual([...ratings].sort((a, b) => b - a));
    const lowest = (await readAll('paramount-plus', '&sort=lowest')).map((r) => r.rating);
    expect(lowest).toEqual([...lowest].sort((a, b) => a - b));
  });

  it('filters by structured fields and rating', async () => {
    const slug = 'prime-video';
    await post(slug, buildReview({ issueType: 'login', contactMethod: 'email', rating: 1, resolved: 'no' }));
    await post(slug, buildReview({ issueType: 'billing', billingParty: 'app-store', rating: 5 }));
    await post(slug, buildReview({ issueType: 'login', contactMethod: 'phone', rating: 3 }));
    const login = await server.request<ReviewPage>(`/api/companies/${slug}/reviews?issueType=login`);
    expect(login.body.reviews).toHaveLength(2);
    const byEmail = await server.request<ReviewPage>(`/api/companies/${slug}/reviews?issueType=login&contactMethod=email`);
    expect(byEmail.body.reviews.map((r: { rating: number }) => r.rating)).toEqual([1]);
    expect((await server.request<ReviewPage>(`/api/companies/${slug}/reviews?billingParty=app-store`)).body.reviews).toHaveLength(1);
    expect((await server.request<ReviewPage>(`/api/companies/${slug}/reviews?resolved=no`)).body.reviews).toHaveLength(1);
    expect((await server.request<ReviewPage>(`/api/companies/${slug}/reviews?rating=3`)).body.reviews[0]!.contactMethod).toBe('phone');
  });

  it.each([
    ['limit', 'limit=500'],
    ['limit', 'limit=0'],
    ['limit', 'limit=abc'],
    ['rating', 'rating=7'],
    ['sort', 'sort=random'],
    ['issueType', 'issueType=weather'],
    ['cursor', 'cursor=not-a-cursor'],
    ['cursor', `cursor=${Buffer.from('["oldest",1,2]').toString('base64url')}`],
    ['color', 'color=red'],
  ])('answers 400 naming %s for %s', async (field, query) => {
    const res = await server.request<ErrorBody>(`/api/companies/netflix/reviews?${query}`);
    expect(res.status).toBe(400);
    expect(res.body.error.fields).toHaveProperty(field);
  });

  it.each(['newest', 'lowest', 'helpful'])('answers a page for a cursor past every stored value, not an error (sort=%s)', async (sort) => {
    const keys = sort === 'newest' ? [] : [Number.MAX_SAFE_INTEGER];
    const cursor = encodeCursor(sort, [...keys, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER]);
    for (const filter of ['', '&issueType=billing']) {
      const res = await server.request<ReviewPage>(
        `/api/companies/prime-video/reviews?sort=${sort}${filter}&cursor=${encodeURIComponent(cursor)}`,
      );
      expect(res.status).toBe(200);
    }
  });
});
