import { describe, expect, it } from 'vitest';
import { useTestServer } from '../helpers/server';
import { buildReview } from '../helpers/fixtures';
import { insertHeldReview, signInAs, uniqueBody } from '../helpers/moderator';
import type { SubmissionResponse } from '../../server/contract/manage';
import type { CompanyPatterns } from '../../server/contract/patterns';
import type { CompanyDetail } from '../../server/contract/review';

const server = useTestServer({ trustedProxies: ['127.0.0.1'], patternMinReviews: 1 });

/** Everything readers see of a company that the maintained figures feed. */
const figures = async (slug: string) => {
  const [company, patterns] = await Promise.all([
    server.request<CompanyDetail>(`/api/companies/${slug}`),
    server.request<CompanyPatterns>(`/api/companies/${slug}/patterns`),
  ]);
  const { transparency: _moderationCounts, ...counted } = patterns.body;
  return { summary: company.body.summary, patterns: counted };
};

describe('maintained figures after moderators, readers and authors change reviews', () => {
  it('equal a recount from the reviews table', async () => {
    const slug = 'netflix';
    const submit = async (overrides: Record<string, unknown>) =>
      (
        await server.request<SubmissionResponse>(`/api/companies/${slug}/reviews`, {
          method: 'POST',
          json: buildReview({ body: uniqueBody(), ...overrides }),
        })
      ).body.review;
    const moderator = await signInAs(server);
    const decide = (id: number, json: unknown) => moderator.request(`/api/moderation/reviews/${id}/decision`, { method: 'POST', json });
    const manage = (r: { id: number; manageToken: string }, method: string, json?: unknown, path = '') =>
      server.request(`/api/reviews/${r.id}/manage${path}`, { method, json, headers: { 'x-manage-token': r.manageToken } });

    const [a, b, c, d, e] = [
      await submit({ rating: 1, issueType: 'billing', resolved: 'no' }),
      await submit({ rating: 5, issueType: 'login', contactMethod: 'phone' }),
      await submit({ rating: 3, issueType: 'streaming', resolved: 'partly' }),
      await submit({ rating: 2, issueType: 'cancellation' }),
      await submit({ rating: 4, issueType: 'billing' }),
    ];
    const held = [
      await insertHeldReview(server, { rating: 4 }),
      await insertHeldReview(server, { rating: 1 }),
      await insertHeldReview(server),
    ];

    expect((await decide(held[0]!.id, { action: 'approve' })).status).toBe(200);
    expect(
      (await decide(held[1]!.id, { action: 'edit-approve', body: 'Edited by a moderator: refund came after two calls and a long wait.' }))
        .status,
    ).toBe(200);
    expect((await decide(held[2]!.id, { action: 'reject', reason: 'spam' })).status).toBe(200);
    expect((await decide(a.id, { action: 'remove', reason: 'fake' })).status).toBe(200);
    expect((await decide(a.id, { action: 'restore' })).status).toBe(200);
    expect((await decide(b.id, { action: 'remove', reason: 'offensive' })).status).toBe(200);
    for (const reader of ['10.7.0.1', '10.7.0.2', '10.7.0.3']) {
      await server.request(`/api/reviews/${c.id}/report`, {
        method: 'POST',
        json: { reason: 'spam' },
        headers: { 'x-forwarded-for': reader },
      });
    }
    expect(
      (await manage(d, 'PATCH', { rating: 4, issueType: 'login', body: 'They sorted it out the next day after all, kind agent.' })).status,
    ).toBe(200);
    expect((await manage(e, 'POST', { resolved: 'yes', outcome: 'refund' }, '/outcome')).status).toBe(200);
    expect((await manage(a, 'DELETE')).status).toBe(204);

    const maintained = await figures(slug);
    await server.store.rebuildAggregates();
    expect(maintained).toEqual(await figures(slug));
  });
});
