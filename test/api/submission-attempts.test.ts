// REVIEW_RATE_LIMIT counts every submission a client sends, refused ones too: probing what moderation or
// validation refuses costs the same as posting.
import { describe, expect, it } from 'vitest';
import { useTestServer } from '../helpers/server';
import { buildReview } from '../helpers/fixtures';
import { uniqueBody } from '../helpers/moderator';
import type { ErrorBody } from '../../server/contract/errors';
import type { SubmissionResponse } from '../../server/contract/manage';

// A trusted local proxy lets X-Forwarded-For stand for different clients.
const server = useTestServer({ trustedProxies: ['127.0.0.1'], reviewRateLimit: 3 });
const submit = <T = SubmissionResponse>(review: unknown, client: string) =>
  server.request<T>('/api/companies/netflix/reviews', { method: 'POST', json: review, headers: { 'x-forwarded-for': client } });

describe('REVIEW_RATE_LIMIT', () => {
  it('counts submissions refused by moderation, by the taxonomy and by validation', async () => {
    const client = '10.60.0.1';
    const refused = [
      // Nothing readable left after moderation.
      await submit(buildReview({ body: '4111 1111 1111 1111 / 020 7946 0958 / 078-05-1120' }), client),
      await submit(buildReview({ issueType: 'no-such-issue' }), client),
      await submit(buildReview({ rating: 9 }), client),
    ];
    expect(refused.map((r) => r.status)).toEqual([400, 400, 400]);
    const fourth = await submit<ErrorBody>(buildReview({ body: uniqueBody() }), client);
    expect(fourth.status).toBe(429);
    expect(fourth.body.error.code).toBe('rate_limited');
    expect(Number(fourth.headers.get('retry-after'))).toBeGreaterThan(3500);
    // Another client is not affected.
    expect((await submit(buildReview({ body: uniqueBody() }), '10.60.0.2')).status).toBe(201);
  });

  it('lets through exactly the limit of 20 simultaneous submissions from one client', async () => {
    const answers = await Promise.all(Array.from({ length: 20 }, () => submit(buildReview({ body: uniqueBody() }), '10.60.2.1')));
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 201 || s === 202)).toHaveLength(3);
    expect(statuses.filter((s) => s === 429)).toHaveLength(17);
  });
});
