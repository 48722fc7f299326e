import { storedText } from '../helpers/raw-db';
import { describe, expect, it } from 'vitest';
import { useTestServer } from '../helpers/server';
import { signInAs } from '../helpers/moderator';
import { reviewerOf } from '../helpers/reviewer';
import type { CompanyDetail, ReviewResponse } from '../../server/contract/review';
import type { CompanyPatterns, IssueTypePattern } from '../../server/contract/patterns';
import type { ErrorBody } from '../../server/contract/errors';
import type { AuditPage } from '../../server/contract/moderation';

// One review is enough evidence here, so the resolution figures show from the first review.
const server = useTestServer({ patternMinReviews: 1 });

const { submit, manage } = reviewerOf(server);
const summaryOf = async (slug: string) => (await server.request<CompanyDetail>(`/api/companies/${slug}`)).body.summary;
const billingResolved = async (slug: string) => {
  const patterns = (await server.request<CompanyPatterns>(`/api/companies/${slug}/patterns`)).body;
  return (patterns.issueTypes.find((g) => g.value === 'billing') as IssueTypePattern).resolved.count;
};

describe('the manage link', () => {
  it('comes with the submission; only its hash is stored', async () => {
    const review = await submit('netflix');
    expect(review.manageToken).toMatch(/^[\w-]{43}$/);
    expect(review.manageUrl).toBe(`${server.url}/manage/${review.id}#${review.manageToken}`);
    const stored = await storedText(server);
    expect(stored).toContain(review.body); // the search can fail
    expect(stored.includes(review.manageToken)).toBe(false);
    expect(JSON.stringify(server.logs)).not.toContain(review.manageToken);
  });

  it('shows the review and its status to its author, and nothing to anyone else', async () => {
    const review = await submit('netflix');
    const seen = await manage(review.id, review.manageToken);
    expect(seen.status).toBe(200);
    expect(seen.body.review).toMatchObject({ id: review.id, status: 'published', verdict: null, moderation: { decision: 'publish' } });
    expect(seen.body.review).not.toHaveProperty('riskScore');
    const other = await submit('netflix');
    for (const [id, token] of [
      [review.id, other.manageToken],
      [review.id, ''],
      [999999, review.manageToken],
    ] as const) {
      const res = await manage(id, token);
      expect(res.status).toBe(404);
    }
    expect((await server.request(`/api/reviews/${review.id}/manage`)).status).toBe(404);
  });

  it('tells the author a moderator took the review down, and why', async () => {
    const review = await submit('netflix');
    const moderator = await signInAs(server);
    await moderator.request(`/api/moderation/reviews/${review.id}/decision`, {
      method: 'POST',
      json: { action: 'remove', reason: 'off-topic' },
    });
    const seen = await manage(review.id, review.manageToken);
    expect(seen.body.review).toMatchObject({ status: 'removed', verdict: { action: 'remove', reason: 'off-topic' } });
    const edit = await manage(review.id, review.manageToken, {
      method: 'PATCH',
      json: { body: 'Trying to put it back up with new words.' },
    });
    expect(edit.status).toBe(409);
  });

  it('lets the author edit; the edit is moderated again and moves the summary', async () => {
    const review = await submit('hulu', { rating: 2 });
    const before = await summaryOf('hulu');
    const edited = await manage(review.id, review.manageToken, {
      method: 'PATCH',
      json: { rating: 4, body: 'Update: <i>they</i> called back and fixed the double charge within a day.' },
    });
    expect(edited.status).toBe(200);
    expect(edited.body.review).toMatchObject({
      rating: 4,
      status: 'published',
      body: 'Update: they called back and fixed the double charge within a day.',
    });
    expect(edited.body.review.moderation.markupRemoved).toBe(true);
    const after = await summaryOf('hulu');
    const stars = (s: { distribution: { stars: number; count: number }[] }, n: number) => s.distribution.find((d) => d.stars === n)!.count;
    expect(after.count).toBe(before.count);
    expect(stars(after, 4)).toBe(stars(before, 4) + 1);
    expect(stars(after, 2)).toBe(stars(before, 2) - 1);
    expect((await server.request<ReviewResponse>(`/api/reviews/${review.id}`)).body.review.body).toBe(edited.body.review.body);
  });

  it('holds an edit that copies another review, and moderates every edited field', async () => {
    const original = await submit('disney-plus');
    const review = await submit('disney-plus');
    const copied = await manage(review.id, review.manageToken, {
      method: 'PATCH',
      json: { body: original.body, device: 'TV of sam.jones@example.com' },
    });
    expect(copied.status).toBe(200);
    expect(copied.body.review.status).toBe('pending');
    expect(copied.body.review.device).not.toContain('sam.jones');
    expect((await server.request(`/api/reviews/${review.id}`)).status).toBe(404);
  });

  it('refuses an edit with invalid fields, naming them', async () => {
    const review = await submit('hulu');
    const res = await manage<ErrorBody>(review.id, review.manageToken, {
      method: 'PATCH',
      json: { rating: 9, issueType: 'weather', status: 'published' },
    });
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.error.fields!)).toEqual(expect.arrayContaining(['rating', 'status']));
    const taxonomy = await manage<ErrorBody>(review.id, review.manageToken, { method: 'PATCH', json: { issueType: 'weather' } });
    expect(taxonomy.body.error.fields).toHaveProperty('issueType');
    expect((await manage(review.id, review.manageToken, { method: 'PATCH', json: {} })).status).toBe(400);
  });

  it('records a later outcome, which updates the resolution figures', async () => {
    const review = await submit('max', { resolved: 'no', outcome: 'no-action' });
    const before = await billingResolved('max');
    const res = await manage(review.id, review.manageToken, { method: 'POST', json: { resolved: 'yes', outcome: 'refund' } }, '/outcome');
    expect(res.status).toBe(200);
    expect(res.body.review).toMatchObject({ resolved: 'yes', outcome: 'refund' });
    expect(await billingResolved('max')).toBe(before + 1);
    const bad = await manage<ErrorBody>(review.id, review.manageToken, { method: 'POST', json: { resolved: 'someday' } }, '/outcome');
    expect(bad.body.error.fields).toHaveProperty('resolved');
  });

  it('erases the review for good: the row, its text and its place in the summary', async () => {
    const marker = 'Unmistakable erasure marker text that appears in no other review at all.';
    const review = await submit('peacock', { body: marker });
    await server.request(`/api/reviews/${review.id}/helpful`, { method: 'POST', json: {} });
    const before = await summaryOf('peacock');
    expect((await manage(review.id, review.manageToken, { method: 'DELETE' })).status).toBe(204);
    expect((await summaryOf('peacock')).count).toBe(before.count - 1);
    expect((await server.request(`/api/reviews/${review.id}`)).status).toBe(404);
    expect((await manage(review.id, review.manageToken)).status).toBe(404);
    expect((await manage(review.id, review.manageToken, { method: 'DELETE' })).status).toBe(404);
    // SQLite: not in the file or its WAL, free pages included. PostgreSQL: not in any row (a deleted row's old
    // version stays in its page until autovacuum reclaims it; README, "Moving to PostgreSQL").
    expect((await storedText(server)).includes('erasure marker')).toBe(false);
    const admin = await signInAs(server, 'admin');
    const audit = await admin.request<AuditPage>(`/api/moderation/audit?targetType=review&targetId=${review.id}`);
    expect(audit.body.entries[0]).toMatchObject({
      action: 'review.author-erase',
      actor: null,
      statusBefore: 'published',
      statusAfter: 'erased',
    });
    expect(JSON.stringify(audit.body)).not.toContain('erasure marker');
  });
});
