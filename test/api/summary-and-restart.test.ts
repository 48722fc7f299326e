import { describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/server';
import { rawQuery } from '../helpers/raw-db';
import { buildReview } from '../helpers/fixtures';
import type { SubmissionResponse } from '../../server/contract/manage';
import type { CompanyDetail, ReviewResponse } from '../../server/contract/review';
import type { CompanyList } from '../../server/contract/patterns';

const stars = (n: number) => `coalesce(sum(case when r.rating = ${n} then 1 else 0 end), 0) as s${n}`;

function recount(server: TestServer) {
  return rawQuery<{ slug: string; count: number; sum: number; s1: number; s2: number; s3: number; s4: number; s5: number }>(
    server,
    `select c.slug, count(r.id) as count, coalesce(sum(r.rating), 0) as sum, ${[1, 2, 3, 4, 5].map(stars).join(', ')}
     from companies c left join reviews r on r.company_id = c.id and r.status = 'published' group by c.id, c.slug`,
  );
}

describe('the maintained summary', () => {
  it('equals a recomputation from the rows after a mixed sequence of submissions and status changes', async () => {
    const server = await startTestServer();
    try {
      const slugs = ['netflix', 'hulu', 'max'];
      const ids: number[] = [];
      for (let i = 0; i < 60; i++) {
        const slug = slugs[i % 3]!;
        const rating = ((i * 7) % 5) + 1;
        const res = await server.request<SubmissionResponse>(`/api/companies/${slug}/reviews`, {
          method: 'POST',
          json: buildReview({ rating }),
        });
        ids.push(res.body.review.id);
        if (i % 4 === 0) await server.store.changeReviewStatus(ids[i]!, 'published', 'removed', Date.now());
        if (i % 8 === 0) await server.store.changeReviewStatus(ids[i]!, 'removed', 'published', Date.now());
        if (i % 5 === 0) await server.store.changeReviewStatus(ids[i]!, 'published', 'pending', Date.now());
        // Edits of a published review move the figures with the rating; erasure takes it out.
        if (i % 6 === 1)
          await server.store.reviseReview(ids[i]!, 'published', { rating: 5, body: 'Edited later by the reviewer.' }, Date.now());
        if (i % 9 === 2) await server.store.eraseReview(ids[i]!);
        if (i % 7 === 3) expect(await server.store.reviseReview(ids[i]!, 'rejected', { status: 'published' }, Date.now())).toBeUndefined();
        // A second identical change must not count twice.
        if (i % 5 === 0) expect(await server.store.changeReviewStatus(ids[i]!, 'published', 'pending', Date.now())).toBeUndefined();
      }
      for (const row of await recount(server)) {
        const { body } = await server.request<CompanyDetail>(`/api/companies/${row.slug}`);
        const sum = body.summary.distribution.reduce((a: number, d: { stars: number; count: number }) => a + d.stars * d.count, 0);
        expect(body.summary.count).toBe(row.count);
        expect(sum).toBe(row.sum);
        expect(body.summary.distribution.map((d: { count: number }) => d.count)).toEqual([row.s5, row.s4, row.s3, row.s2, row.s1]);
        expect(body.summary.average).toBe(row.count ? Math.round((row.sum / row.count) * 10) / 10 : 0);
      }
    } finally {
      await server.stop();
      server.remove();
    }
  });
});

describe('restart', () => {
  it('keeps every review and the summary', async () => {
    const first = await startTestServer();
    const posted = await first.request<SubmissionResponse>('/api/companies/netflix/reviews', {
      method: 'POST',
      json: buildReview({ rating: 5, title: 'Still here' }),
    });
    expect(posted.status).toBe(201);
    await first.stop();

    const second = await startTestServer({}, { dir: first.dir });
    try {
      const review = await second.request<ReviewResponse>(`/api/reviews/${posted.body.review.id}`);
      expect(review.body.review.title).toBe('Still here');
      expect((await second.request<CompanyDetail>('/api/companies/netflix')).body.summary.count).toBe(1);
      expect(
        (await second.request<CompanyList>('/api/companies')).body.companies.filter((c: { slug: string }) => c.slug === 'netflix'),
      ).toHaveLength(1);
    } finally {
      await second.stop();
      second.remove();
    }
  });
});
