import { describe, expect, it } from 'vitest';
import { useTestServer } from '../helpers/server';
import { buildReview } from '../helpers/fixtures';
import type { CompanyList } from '../../server/contract/patterns';
import type { CompanyDetail } from '../../server/contract/review';
import type { TaxonomyField } from '../../server/contract/taxonomy';

const server = useTestServer();

describe('GET /api/companies', () => {
  it('lists the seeded companies, Netflix among them, each with a summary', async () => {
    const res = await server.request<CompanyList>('/api/companies');
    expect(res.status).toBe(200);
    const netflix = res.body.companies.find((c: { slug: string }) => c.slug === 'netflix');
    expect(netflix).toMatchObject({ name: 'Netflix', summary: { count: 0, average: 0 } });
    expect(res.body.companies.length).toBeGreaterThan(3);
  });
});

describe('GET /api/companies/:slug', () => {
  it('reads "0 out of 5 stars (based on 0 reviews)" with no reviews', async () => {
    const res = await server.request<CompanyDetail>('/api/companies/peacock');
    expect(res.body.summary).toEqual({
      average: 0,
      count: 0,
      text: '0 out of 5 stars (based on 0 reviews)',
      distribution: [
        { stars: 5, label: 'Excellent', count: 0 },
        { stars: 4, label: 'Very good', count: 0 },
        { stars: 3, label: 'Average', count: 0 },
        { stars: 2, label: 'Poor', count: 0 },
        { stars: 1, label: 'Terrible', count: 0 },
      ],
    });
  });

  it('serves the Netflix taxonomy with the values its customers report', async () => {
    const { body } = await server.request<CompanyDetail>('/api/companies/netflix');
    const values = (field: TaxonomyField) => body.taxonomy[field].map((v: { value: string }) => v.value);
    expect(values('issueType')).toEqual(
      expect.arrayContaining([
        'billing',
        'cancellation',
        'login',
        'account-security',
        'household',
        'extra-member',
        'streaming',
        'content',
        'gift-card',
        'scam',
        'other',
      ]),
    );
    expect(values('contactMethod')).toEqual(
      expect.arrayContaining(['in-app-call', 'in-app-chat', 'website-chat', 'help-center', 'billing-partner', 'did-not-contact']),
    );
    expect(values('billingParty')).toEqual(
      expect.arrayContaining([
        'company',
        'mobile-carrier',
        'cable-satellite',
        'internet-provider',
        'app-store',
        'bundle',
        'gift-card',
        'not-sure',
      ]),
    );
    expect(values('resolved')).toEqual(['yes', 'partly', 'no', 'waiting']);
    expect(body.taxonomy.issueType[0]).toHaveProperty('label');
  });

  it('averages to one decimal and counts each star', async () => {
    for (const rating of [5, 4, 4, 1]) {
      expect((await server.request('/api/companies/max/reviews', { method: 'POST', json: buildReview({ rating }) })).status).toBe(201);
    }
    const { body } = await server.request<CompanyDetail>('/api/companies/max');
    expect(body.summary.average).toBe(3.5);
    expect(body.summary.count).toBe(4);
    expect(body.summary.text).toBe('3.5 out of 5 stars (based on 4 reviews)');
    expect(body.summary.distribution.map((d: { count: number }) => d.count)).toEqual([1, 2, 0, 0, 1]);
  });

  it('answers 404 for an unknown company', async () => {
    const res = await server.request('/api/companies/nope');
    expect(res.status).toBe(404);
  });
});
