// The right of reply over real HTTP, on either store: representatives granted per company, one moderated reply per
// review shown in every review object, held replies for moderators, removal, and the reviewer's resolution answer.
import { beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, submitTo, useTestServer } from '../helpers/server';
import { buildReview } from '../helpers/fixtures';
import { logIn, signInAs, TEST_PASSWORD, type SignedIn } from '../helpers/moderator';
import { signInAsRepresentative } from '../helpers/representative';
import { rawQuery, storedText } from '../helpers/raw-db';
import type { ErrorBody } from '../../server/contract/errors';
import type { ReviewPage, ReviewResponse } from '../../server/contract/review';
import type { AuditPage } from '../../server/contract/moderation';
import type { ModeratorList, ModeratorResponse } from '../../server/contract/moderators';
import type { SessionResponse, SessionState } from '../../server/contract/auth';
import type { HeldReplyList, ReplyDecisionResponse, ReplyResponse, RepresentativePage } from '../../server/contract/reply';
import type { ManagedReviewResponse } from '../../server/contract/manage';
import type { CompanyPatterns } from '../../server/contract/patterns';

const server = useTestServer();
let admin: SignedIn;
let moderator: SignedIn;
let netflixRep: SignedIn;
let huluRep: SignedIn;
beforeAll(async () => {
  admin = await signInAs(server, 'admin');
  moderator = await signInAs(server);
  netflixRep = await signInAsRepresentative(server, ['netflix']);
  huluRep = await signInAsRepresentative(server, ['hulu']);
});

/** A published review of the company, with its manage token. */
async function publishedReview(slug = 'netflix', over: Record<string, unknown> = {}): Promise<{ id: number; manageToken: string }> {
  const res = await submitTo(server)(buildReview(over), slug);
  expect(res.status).toBe(201);
  return { id: res.body.review.id, manageToken: res.body.review.manageToken };
}

const put = <T = ReplyResponse>(who: SignedIn, id: number, json: unknown) =>
  who.request<T>(`/api/reviews/${id}/reply`, { method: 'PUT', json });
const remove = (who: SignedIn, id: number) => who.request(`/api/reviews/${id}/reply`, { method: 'DELETE' });
const shown = async (id: number) => (await server.request<ReviewResponse>(`/api/reviews/${id}`)).body.review;
const listed = async (id: number, slug = 'netflix') =>
  (await server.request<ReviewPage>(`/api/companies/${slug}/reviews?limit=50`)).body.reviews.find((r) => r.id === id);
const auditOf = async (id: number) =>
  (await admin.request<AuditPage>(`/api/moderation/audit?targetType=review&targetId=${id}`)).body.entries;

describe('granting the representative role', () => {
  it('adds a representative with companies, refuses unknown slugs and companies for other roles, and audits the grant', async () => {
    const add = <T = ModeratorResponse>(json: unknown) => admin.request<T>('/api/moderation/moderators', { method: 'POST', json });
    const base = { email: 'rep.grant@example.test', role: 'representative', password: TEST_PASSWORD };
    const unknown = await add<ErrorBody>({ ...base, companies: ['netflix', 'no-such-co'] });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.fields!.companies).toContain('no-such-co');
    expect((await add<ErrorBody>({ ...base })).body.error.fields).toHaveProperty('companies');
    expect((await add<ErrorBody>({ ...base, companies: [] })).body.error.fields).toHaveProperty('companies');
    expect((await add<ErrorBody>({ ...base, role: 'moderator', companies: ['netflix'] })).body.error.fields).toHaveProperty('companies');

    const added = await add({ ...base, companies: ['netflix', 'hulu'] });
    expect(added.status).toBe(201);
    expect(added.body.moderator).toMatchObject({ role: 'representative', companies: ['hulu', 'netflix'] });
    const id = added.body.moderator.id;

    const change = <T = ModeratorResponse>(json: unknown) =>
      admin.request<T>(`/api/moderation/moderators/${id}`, { method: 'PATCH', json });
    expect((await change<ErrorBody>({ companies: ['nope'] })).body.error.fields).toHaveProperty('companies');
    expect((await change<ErrorBody>({ companies: [] })).body.error.fields).toHaveProperty('companies');
    expect((await change({ companies: ['hulu'] })).body.moderator.companies).toEqual(['hulu']);
    const list = (await admin.request<ModeratorList>('/api/moderation/moderators')).body.moderators;
    expect(list.find((m) => m.id === id)!.companies).toEqual(['hulu']);

    const signedIn = await logIn(server, { id, email: base.email, password: TEST_PASSWORD, role: 'representative' });
    expect((await signedIn.request<SessionResponse>('/api/auth/me')).body.moderator.companies).toEqual(['hulu']);
    // Made a moderator, the account loses its companies.
    expect((await change({ role: 'moderator' })).body.moderator.companies).toEqual([]);
    expect((await change<ErrorBody>({ companies: ['hulu'] })).body.error.fields).toHaveProperty('companies');

    const grants = (await admin.request<AuditPage>(`/api/moderation/audit?action=moderator.companies&targetType=moderator&targetId=${id}`))
      .body.entries;
    expect(grants.map((e) => e.details.companies)).toEqual([[], ['hulu'], ['hulu', 'netflix']]);
    expect(grants[2]!.actor!.email).toBe(admin.email);
  });

  it("ends a disabled representative's sessions at once, as any account's", async () => {
    const rep = await signInAsRepresentative(server, ['netflix']);
    expect((await rep.request('/api/moderation/representative/reviews?company=netflix')).status).toBe(200);
    await admin.request(`/api/moderation/moderators/${rep.id}`, { method: 'PATCH', json: { disabled: true } });
    expect((await rep.request('/api/moderation/representative/reviews?company=netflix')).status).toBe(401);
    expect((await put(rep, (await publishedReview()).id, { body: 'Sorry about that.' })).status).toBe(401);
    expect((await rep.request<SessionState>('/api/auth/session')).body.signedIn).toBe(false);
  });
});

describe('PUT /api/reviews/:id/reply', () => {
  it('publishes the reply in every review object: list, single review, manage page; an edit is marked edited', async () => {
    const review = await publishedReview();
    // The list's first page is kept per company: the reply must refresh it at once.
    expect((await listed(review.id))?.reply).toBeNull();
    const first = await put(netflixRep, review.id, { body: '  Sorry about this; we have refunded the second charge.  ' });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ status: 'published', moderation: { decision: 'publish' } });
    expect(first.body.reply).toEqual({
      body: 'Sorry about this; we have refunded the second charge.',
      authorRole: 'representative',
      companyName: 'Netflix',
      offersResolution: false,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
      edited: false,
      resolution: null,
    });
    expect((await shown(review.id)).reply).toEqual(first.body.reply);
    expect((await listed(review.id))?.reply).toEqual(first.body.reply);
    const managed = await server.request<ManagedReviewResponse>(`/api/reviews/${review.id}/manage`, {
      headers: { 'x-manage-token': review.manageToken },
    });
    expect(managed.body.review.reply).toEqual(first.body.reply);

    const edit = await put(netflixRep, review.id, { body: 'We have refunded both charges now.', offersResolution: true });
    expect(edit.status).toBe(200);
    expect(edit.body.reply).toMatchObject({ body: 'We have refunded both charges now.', edited: true, offersResolution: true });
    expect((await listed(review.id))?.reply).toEqual(edit.body.reply);
    expect((await auditOf(review.id)).map((e: { action: string }) => e.action)).toEqual(['reply.edit', 'reply.create']);
  });

  it('gives two first writes at the same moment one 201 and one 200, and keeps one reply', async () => {
    const review = await publishedReview();
    const answers = await Promise.all([
      put(netflixRep, review.id, { body: 'First answer from the team.' }),
      put(netflixRep, review.id, { body: 'Second answer from the team.' }),
    ]);
    expect(answers.map((r) => r.status).sort()).toEqual([200, 201]);
    const rows = await rawQuery(server, 'select review_id from review_replies where review_id = ?', [review.id]);
    expect(rows).toHaveLength(1);
  });

  it('answers 403 for another company, a moderator or an admin, 404 for a review not published, 401 without a session', async () => {
    const review = await publishedReview();
    for (const who of [huluRep, moderator, admin]) {
      const res = await put<ErrorBody>(who, review.id, { body: 'Not our review to answer.' });
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('forbidden');
    }
    expect((await shown(review.id)).reply).toBeNull();
    expect((await put(netflixRep, 99_999_999, { body: 'No such review.' })).status).toBe(404);
    const held = await submitTo(server)(
      buildReview({ body: 'Click here for free codes at www.cheap-accts.shop, DM me now for cheap accounts' }),
    );
    expect(held.status).toBe(202);
    expect((await put(netflixRep, held.body.review.id, { body: 'Held review.' })).status).toBe(404);
    expect((await server.request(`/api/reviews/${review.id}/reply`, { method: 'PUT', json: { body: 'Hello there' } })).status).toBe(401);
  });

  it('needs the CSRF token and this site as origin, as every console write', async () => {
    const review = await publishedReview();
    const missing = await netflixRep.request(`/api/reviews/${review.id}/reply`, {
      method: 'PUT',
      json: { body: 'Sorry about that.' },
      headers: { 'x-csrf-token': '' },
    });
    expect(missing.status).toBe(403);
    const wrong = await netflixRep.request(`/api/reviews/${review.id}/reply`, {
      method: 'DELETE',
      headers: { 'x-csrf-token': 'x'.repeat(43) },
    });
    expect(wrong.status).toBe(403);
    const foreign = await netflixRep.request(`/api/reviews/${review.id}/reply`, {
      method: 'PUT',
      json: { body: 'Sorry about that.' },
      headers: { origin: 'https://evil.example' },
    });
    expect(foreign.status).toBe(403);
  });

  it('validates the body: 2 to 2000 characters, known fields only', async () => {
    const review = await publishedReview();
    expect((await put<ErrorBody>(netflixRep, review.id, { body: ' a ' })).body.error.fields).toHaveProperty('body');
    expect((await put<ErrorBody>(netflixRep, review.id, { body: 'x'.repeat(2001) })).body.error.fields).toHaveProperty('body');
    expect((await put<ErrorBody>(netflixRep, review.id, { body: 'Fine reply', offersResolution: 'yes' })).body.error.fields).toHaveProperty(
      'offersResolution',
    );
    expect((await put<ErrorBody>(netflixRep, review.id, { body: 'Fine reply', author: 'x' })).body.error.fields).toHaveProperty('author');
  });

  it('removes an email and a phone number before anything is stored: not in the row, the audit trail or the database', async () => {
    const review = await publishedReview();
    const res = await put(netflixRep, review.id, {
      body: 'Sorry for the trouble. Call our team on +1 415 555 0132 or write to jane.doe@example.com and we will refund you. This sh!t should not happen.',
    });
    expect(res.status).toBe(201);
    expect(res.body.reply!.body).toContain('[phone number removed]');
    expect(res.body.reply!.body).toContain('[email removed]');
    expect(res.body.reply!.body).toContain('s—');
    expect(res.body.moderation.redactions).toEqual({ phone: 1, email: 1 });
    const [row] = await rawQuery<{ body: string; moderation: string }>(
      server,
      'select body, moderation from review_replies where review_id = ?',
      [review.id],
    );
    expect(row!.body).toBe(res.body.reply!.body);
    const audit = await rawQuery<{ details: string }>(server, `select details from audit_log where target_id = ?`, [String(review.id)]);
    expect(audit.length).toBeGreaterThan(0);
    for (const text of [row!.body, row!.moderation, ...audit.map((a) => String(a.details)), await storedText(server)]) {
      expect(text).not.toContain('jane.doe');
      expect(text).not.toContain('555 0132');
    }
  });

  it('holds a threatening reply: null to readers, in the held list, published when a moderator approves it', async () => {
    const review = await publishedReview();
    const res = await put(netflixRep, review.id, { body: 'Delete this review. Watch your back, we know where you live.' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ reply: null, status: 'held', moderation: { decision: 'hold' } });
    expect(res.body.moderation.reasons).toContain('threat of violence');
    expect((await shown(review.id)).reply).toBeNull();
    expect((await listed(review.id))?.reply).toBeNull();

    const held = await moderator.request<HeldReplyList>('/api/moderation/replies?status=held');
    expect(held.status).toBe(200);
    const item = held.body.replies.find((r: { reviewId: number }) => r.reviewId === review.id);
    expect(item).toMatchObject({ company: 'netflix', companyName: 'Netflix', reasons: expect.arrayContaining(['threat of violence']) });
    // An edit does not get it past the moderators.
    expect((await put(netflixRep, review.id, { body: 'Sorry, we will look into it.' })).body.status).toBe('held');

    const decide = <T = ReplyDecisionResponse>(json: unknown) =>
      moderator.request<T>(`/api/moderation/replies/${review.id}/decision`, { method: 'POST', json });
    expect((await decide<ErrorBody>({ action: 'publish' })).body.error.fields).toHaveProperty('action');
    const approved = await decide({ action: 'approve' });
    expect(approved.status).toBe(200);
    expect(approved.body.reply!.body).toBe('Sorry, we will look into it.');
    expect((await shown(review.id)).reply!.body).toBe('Sorry, we will look into it.');
    expect((await decide({ action: 'approve' })).status).toBe(409);
    const actions = (await auditOf(review.id)).map((e: { action: string }) => e.action);
    expect(actions).toEqual(['reply.approve', 'reply.edit', 'reply.hold', 'reply.create']);
  });

  it('lets a moderator remove a held reply', async () => {
    const review = await publishedReview();
    expect((await put(netflixRep, review.id, { body: 'Take this down. We know where you live.' })).body.status).toBe('held');
    const res = await moderator.request(`/api/moderation/replies/${review.id}/decision`, {
      method: 'POST',
      json: { action: 'remove', reason: 'threat; the reviewer is jane.doe@example.com' },
    });
    expect(res.status).toBe(204);
    const removal = (await auditOf(review.id))[0];
    expect(removal).toMatchObject({ action: 'reply.remove', statusBefore: 'held' });
    expect(removal!.details.reason).toBe('threat; the reviewer is [email removed]');
    expect(
      (await moderator.request<HeldReplyList>('/api/moderation/replies')).body.replies.map((r: { reviewId: number }) => r.reviewId),
    ).not.toContain(review.id);
    expect(
      (await moderator.request(`/api/moderation/replies/${review.id}/decision`, { method: 'POST', json: { action: 'remove' } })).status,
    ).toBe(404);
  });
});

describe('DELETE /api/reviews/:id/reply', () => {
  it("is refused to another company's representative; its own representative and any moderator remove it", async () => {
    const [a, b] = [await publishedReview(), await publishedReview()];
    await put(netflixRep, a.id, { body: 'We are sorry, refunded.' });
    await put(netflixRep, b.id, { body: 'We are sorry, refunded too.' });
    const refused = await remove(huluRep, a.id);
    expect(refused.status).toBe(403);
    expect((await shown(a.id)).reply).not.toBeNull();
    expect((await remove(netflixRep, a.id)).status).toBe(204);
    expect((await shown(a.id)).reply).toBeNull();
    expect((await listed(a.id))?.reply).toBeNull();
    expect((await remove(netflixRep, a.id)).status).toBe(404);
    expect((await remove(moderator, b.id)).status).toBe(204);
    expect((await shown(b.id)).reply).toBeNull();
    const entry = (await auditOf(b.id))[0];
    expect(entry).toMatchObject({ action: 'reply.remove', actor: { email: moderator.email }, statusBefore: 'published' });
  });
});

describe("the representative's list", () => {
  it('shows their company, unanswered first and newest first, and refuses another company', async () => {
    const rep = await signInAsRepresentative(server, ['disney-plus']);
    const ids: number[] = [];
    for (let i = 0; i < 4; i++) ids.push((await publishedReview('disney-plus')).id);
    await put(rep, ids[3]!, { body: 'Thank you, refunded.' });
    await put(rep, ids[0]!, { body: 'Watch your back, we know where you live.' });
    const order: number[] = [];
    let cursor = '';
    for (;;) {
      const page = await rep.request<RepresentativePage>(`/api/moderation/representative/reviews?company=disney-plus&limit=3${cursor}`);
      expect(page.status).toBe(200);
      order.push(...page.body.reviews.map((r: { id: number }) => r.id));
      if (!page.body.nextCursor) break;
      cursor = `&cursor=${page.body.nextCursor}`;
    }
    expect(order).toEqual([ids[2], ids[1], ids[3], ids[0]]);
    const first = (await rep.request<RepresentativePage>('/api/moderation/representative/reviews?company=disney-plus')).body.reviews;
    expect(first[2]).toMatchObject({ replyStatus: 'published', reply: { body: 'Thank you, refunded.' }, heldReply: null });
    expect(first[3]).toMatchObject({
      replyStatus: 'held',
      reply: null,
      heldReply: { reasons: expect.arrayContaining(['threat of violence']) },
    });

    const other = await rep.request('/api/moderation/representative/reviews?company=netflix');
    expect(other.status).toBe(403);
    expect((await rep.request('/api/moderation/representative/reviews?company=no-such-co')).status).toBe(403);
    expect((await moderator.request('/api/moderation/representative/reviews?company=netflix')).status).toBe(403);
    expect((await rep.request('/api/moderation/representative/reviews?company=disney-plus&cursor=nope')).status).toBe(400);
    expect((await rep.request<ErrorBody>('/api/moderation/representative/reviews')).body.error.fields).toHaveProperty('company');
  });
});

describe('POST /api/reviews/:id/manage/resolution', () => {
  it('answers 409 without an offer, and moves the resolution figures when the reviewer answers', async () => {
    const slug = 'paramount-plus';
    const rep = await signInAsRepresentative(server, [slug]);
    for (let i = 0; i < 5; i++) await publishedReview(slug, { resolved: 'no' });
    const review = await publishedReview(slug, { resolved: 'no', outcome: 'no-action' });
    const answer = <T = ManagedReviewResponse>(json: unknown, token = review.manageToken) =>
      server.request<T>(`/api/reviews/${review.id}/manage/resolution`, { method: 'POST', json, headers: { 'x-manage-token': token } });

    expect((await answer({ answer: 'resolved' })).status).toBe(409);
    await put(rep, review.id, { body: 'We have refunded you; did that sort it out?' });
    expect((await answer({ answer: 'resolved' })).status).toBe(409);
    await put(rep, review.id, { body: 'We have refunded you; did that sort it out?', offersResolution: true });
    expect((await answer<ErrorBody>({ answer: 'maybe' })).body.error.fields).toHaveProperty('answer');
    expect((await answer({ answer: 'resolved' }, 'wrong-token')).status).toBe(404);

    const before = (await server.request<CompanyPatterns>(`/api/companies/${slug}/patterns`)).body;
    const res = await answer({ answer: 'resolved' });
    expect(res.status).toBe(200);
    expect(res.body.review).toMatchObject({
      resolved: 'yes',
      outcome: 'no-action',
      outcomeUpdate: { resolvedBefore: 'no', outcomeBefore: 'no-action' },
      reply: { offersResolution: true, resolution: { answer: 'resolved', at: expect.any(String) } },
    });
    expect((await shown(review.id)).reply!.resolution!.answer).toBe('resolved');
    const after = (await server.request<CompanyPatterns>(`/api/companies/${slug}/patterns`)).body;
    expect(JSON.stringify(after)).not.toBe(JSON.stringify(before));
    const resolvedShare = (p: { issueTypes: { value: string; resolved?: { count: number } }[] }) =>
      p.issueTypes.find((g) => g.value === 'billing')?.resolved?.count;
    expect(resolvedShare(after)).toBe((resolvedShare(before) ?? 0) + 1);

    // Answering again keeps the first answers as first written.
    const again = await answer({ answer: 'not-resolved' });
    expect(again.body.review).toMatchObject({
      resolved: 'no',
      outcomeUpdate: { resolvedBefore: 'no' },
      reply: { resolution: { answer: 'not-resolved' } },
    });
    const entries = (await auditOf(review.id)).filter((e: { action: string }) => e.action === 'review.author-outcome');
    expect(entries[0]!.details).toMatchObject({ via: 'reply', answer: 'not-resolved', resolvedBefore: 'yes', resolved: 'no' });
  });
});

describe('erasure', () => {
  it("takes the review's reply with it", async () => {
    const review = await publishedReview();
    await put(netflixRep, review.id, { body: 'Sorry, refunded.' });
    const erased = await server.request(`/api/reviews/${review.id}/manage`, {
      method: 'DELETE',
      headers: { 'x-manage-token': review.manageToken },
    });
    expect(erased.status).toBe(204);
    expect(await rawQuery(server, 'select review_id from review_replies where review_id = ?', [review.id])).toEqual([]);
  });
});

describe('throttling', () => {
  it("counts a representative's replies against their session, not the public write limit", async () => {
    const limited = await startTestServer({ writeRateLimit: 3 });
    try {
      const rep = await signInAsRepresentative(limited, ['netflix']);
      const ids: number[] = [];
      for (let i = 0; i < 2; i++) ids.push((await submitTo(limited)(buildReview())).body.review.id);
      // The client's three public writes are spent: the sign-in and the two reviews.
      expect((await submitTo(limited)(buildReview())).status).toBe(429);
      for (const id of [...ids, ...ids]) {
        expect((await rep.request(`/api/reviews/${id}/reply`, { method: 'PUT', json: { body: 'Sorry, refunded.' } })).status).toBeLessThan(
          300,
        );
      }
      expect((await rep.request(`/api/reviews/${ids[0]}/reply`, { method: 'DELETE' })).status).toBe(204);
    } finally {
      await limited.stop();
      limited.remove();
    }
  });
});
