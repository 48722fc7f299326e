// What readers of the lists see counted and ranked: the count of reviews matching a filter (the billing party
// one included) on a first page, and companies without reviews after every rated one.
import { describe, expect, it } from 'vitest';
import { useTestServer } from '../helpers/server';
import { buildReview } from '../helpers/fixtures';
import type { ErrorBody } from '../../server/contract/errors';
import type { CompanyList } from '../../server/contract/patterns';
import type { ReviewPage } from '../../server/contract/review';

const server = useTestServer();

const post = (slug: string, review: unknown) => server.request(`/api/companies/${slug}/reviews`, { method: 'POST', json: review });

describe('GET /api/companies/:slug/reviews matching count', () => {
  it('counts the reviews matching the filters on a first page, and not on later pages', async () => {
    const slug = 'hulu';
    for (let i = 0; i < 7; i++) {
      const res = await post(slug, buildReview({ billingParty: i < 3 ? 'mobile-carrier' : 'company', rating: i < 5 ? 2 : 4 }));
      expect(res.status).toBe(201);
    }
    const all = await server.request<ReviewPage>(`/api/companies/${slug}/reviews?limit=2`);
    expect(all.body.matching).toEqual({ count: 7, complete: true });
    const carrier = await server.request<ReviewPage>(`/api/companies/${slug}/reviews?limit=2&billingParty=mobile-carrier`);
    expect(carrier.body.matching).toEqual({ count: 3, complete: true });
    expect(carrier.body.reviews.every((r: { billingParty: string }) => r.billingParty === 'mobile-carrier')).toBe(true);
    const both = await server.request<ReviewPage>(`/api/companies/${slug}/reviews?limit=2&billingParty=company&rating=4`);
    expect(both.body.matching).toEqual({ count: 2, complete: true });
    const next = await server.request<ReviewPage>(
      `/api/companies/${slug}/reviews?limit=2&cursor=${encodeURIComponent(all.body.nextCursor!)}`,
    );
    expect(next.body.matching).toBeNull();
  });

  it('refuses a billing party the company does not offer, naming the field', async () => {
    const res = await server.request<ErrorBody>('/api/companies/hulu/reviews?billingParty=nobody');
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.error.fields!)).toEqual(['billingParty']);
  });
});

describe('GET /api/companies ranking', () => {
  it('puts companies without reviews after every rated one, even one rated below the platform mean', async () => {
    for (const rating of [5, 5, 5]) expect((await post('netflix', buildReview({ rating }))).status).toBe(201);
    expect((await post('max', buildReview({ rating: 1 }))).status).toBe(201);
    for (const sort of ['score', 'resolution', 'reviews']) {
      const { companies } = (await server.request<CompanyList>(`/api/companies?sort=${sort}`)).body;
      const counts = companies.map((c) => `${c.slug}:${c.summary.count > 0 ? 'rated' : 'none'}`);
      const firstUnrated = counts.findIndex((c) => c.endsWith('none'));
      expect({ sort, ratedAfterUnrated: counts.slice(firstUnrated).filter((c) => c.endsWith('rated')) }).toEqual({
        sort,
        ratedAfterUnrated: [],
      });
      expect(counts.slice(0, firstUnrated)).toContain('max:rated');
    }
  });
});
