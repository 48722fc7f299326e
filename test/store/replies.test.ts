// The reply area of the store, on SQLite and on PostgreSQL: one reply per review written with its audit entries and
// the company's version, a page's published replies in one query, the held list, the representative's order
// (unanswered first, newest first), the resolution answer moving the review's figures, and representatives' grants.
import { beforeAll, describe, expect, it } from 'vitest';
import { useStore } from '../helpers/test-store';
import type { AuditInput, ReplyRow, ReviewRow } from '../../server/domain/store';
import { replyRow, reviewRow, type ReviewRowInput } from '../helpers/review-rows';
import { LIST_SCAN_BUDGET } from '../../server/contract/review-limits';

const t = useStore();
const NOW = Date.UTC(2026, 5, 15, 12);
let acme: number;
let other: number;

const audit = (action: string, targetId: number): AuditInput => ({
  at: NOW,
  actorId: null,
  actorEmail: null,
  action,
  targetType: 'review',
  targetId,
});

/** A published complaint, unresolved. */
const addReview = (over: Partial<ReviewRowInput> = {}): Promise<ReviewRow> =>
  t.store.insertReview(reviewRow(acme, NOW, { rating: 2, body: 'The agent promised a refund', resolved: 'no', ...over }));

const reply = (review: ReviewRow, over: Partial<ReplyRow> = {}): ReplyRow => replyRow(review, NOW, over);

const write = (review: ReviewRow, over: Partial<ReplyRow> = {}) =>
  t.store.changeReply(review.id, () => ({ reply: reply(review, over), audit: [audit('reply.create', review.id)] }));

beforeAll(async () => {
  await t.store.seedCompanies(
    [
      { slug: 'acme', name: 'Acme', category: 'Mobile network', taxonomy: [] },
      { slug: 'other', name: 'Other', category: 'Mobile network', taxonomy: [] },
    ],
    NOW,
  );
  acme = (await t.store.findCompanyBySlug('acme'))!.id;
  other = (await t.store.findCompanyBySlug('other'))!.id;
});

describe('replies', () => {
  it('writes one reply per review with its audit entries, and moves the company version', async () => {
    const review = await addReview();
    const version = (await t.store.findCompanyVersion('acme'))!.version;
    const stored = await write(review);
    expect(stored).toEqual(reply(review));
    expect(await t.store.findReply(review.id)).toEqual(stored);
    expect((await t.store.findCompanyVersion('acme'))!.version).toBeGreaterThan(version);
    const edited = await t.store.changeReply(review.id, (seen, current) => {
      expect(seen?.id).toBe(review.id);
      expect(current).toEqual(stored);
      return { reply: { ...current!, body: 'Edited', editedAt: NOW + 1 }, audit: [audit('reply.edit', review.id)] };
    });
    expect(edited).toMatchObject({ body: 'Edited', editedAt: NOW + 1, createdAt: NOW });
    const entries = await t.store.listAudit({ targetType: 'review', targetId: String(review.id) }, 10);
    expect(entries.map((e) => e.action)).toEqual(['reply.edit', 'reply.create']);
  });

  it('writes nothing when the change refuses, and deletes a reply', async () => {
    const review = await addReview();
    await write(review);
    await expect(
      t.store.changeReply(review.id, () => {
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(await t.store.findReply(review.id)).toBeDefined();
    expect(await t.store.changeReply(review.id, () => ({ reply: null, audit: [] }))).toBeNull();
    expect(await t.store.findReply(review.id)).toBeUndefined();
  });

  it("finds a page's published replies in one call, never a held one", async () => {
    const [a, b, c] = [await addReview(), await addReview(), await addReview()];
    await write(a);
    await write(b, { status: 'held', publishedAt: null });
    const found = await t.store.findPublishedReplies([a.id, b.id, c.id]);
    expect(found.map((r) => r.reviewId)).toEqual([a.id]);
    expect(await t.store.findPublishedReplies([])).toEqual([]);
  });

  it('lists held replies oldest first with their company', async () => {
    const review = await addReview({ companyId: other });
    await write(review, { status: 'held', publishedAt: null, createdAt: NOW - 5 });
    const held = await t.store.listHeldReplies(100);
    expect(held.find((h) => h.reply.reviewId === review.id)).toMatchObject({ companySlug: 'other', companyName: 'Other' });
    expect(held.every((h) => h.reply.status === 'held')).toBe(true);
  });

  it('goes with its review when the review is erased', async () => {
    const review = await addReview();
    await write(review);
    await t.store.eraseReview(review.id);
    expect(await t.store.findReply(review.id)).toBeUndefined();
  });
});

describe("the representative's list", () => {
  it('walks unanswered reviews first, then answered ones, newest first within each, across pages', async () => {
    await t.store.seedCompanies([{ slug: 'list-co', name: 'List Co', category: 'Bank', taxonomy: [] }], NOW);
    const companyId = (await t.store.findCompanyBySlug('list-co'))!.id;
    const reviews: ReviewRow[] = [];
    for (let i = 0; i < 6; i++) reviews.push(await addReview({ companyId, createdAt: NOW + i * 1000 }));
    await addReview({ companyId, status: 'pending', createdAt: NOW + 10_000 });
    await write(reviews[5]!);
    await write(reviews[2]!, { status: 'held', publishedAt: null });
    const order: number[] = [];
    let after = null as Parameters<typeof t.store.listRepresentativeReviews>[1];
    for (;;) {
      const { rows, scannedTo } = await t.store.listRepresentativeReviews(companyId, after, 2);
      expect(scannedTo).toBeNull();
      order.push(...rows.map((r) => r.review.id));
      const last = rows[rows.length - 1];
      if (rows.length < 2 || !last) break;
      after = [last.reply ? 1 : 0, last.review.createdAt, last.review.id];
    }
    const ids = reviews.map((r) => r.id);
    expect(order).toEqual([ids[4], ids[3], ids[1], ids[0], ids[5], ids[2]]);
  });

  it('looks at no more than its scan budget a page when the newest reviews are all answered', { timeout: 120_000 }, async () => {
    await t.store.seedCompanies([{ slug: 'busy-co', name: 'Busy Co', category: 'Bank', taxonomy: [] }], NOW);
    const companyId = (await t.store.findCompanyBySlug('busy-co'))!.id;
    const waiting = await addReview({ companyId, createdAt: NOW - 1000 });
    const answered: ReviewRow[] = [];
    for (let i = 0; i < LIST_SCAN_BUDGET + 50; i++) answered.push(await addReview({ companyId, createdAt: NOW + i }));
    for (const review of answered) await write(review);

    // The unanswered review is older than a budget of answered ones: the first page stops and says where.
    const first = await t.store.listRepresentativeReviews(companyId, null, 10);
    expect(first.rows).toEqual([]);
    expect(first.scannedTo).toEqual([0, answered[50]!.createdAt, answered[50]!.id]);
    const second = await t.store.listRepresentativeReviews(companyId, first.scannedTo, 10);
    expect(second.rows.map((r) => r.review.id)).toEqual([
      waiting.id,
      ...answered
        .slice(-9)
        .reverse()
        .map((r) => r.id),
    ]);
    expect(second.rows[1]!.reply?.reviewId).toBe(answered[answered.length - 1]!.id);
    expect(second.scannedTo).toBeNull();
  });
});

describe('resolution answers', () => {
  it("revises the review and records the reply's answer in one transaction, moving the resolved figures", async () => {
    const review = await addReview({ resolved: 'no' });
    await write(review, { offersResolution: true });
    const yesBefore = await resolvedYes(acme);
    const after = await t.store.answerReplyResolution(
      review.id,
      'published',
      { resolved: 'yes', outcomeUpdatedAt: NOW + 5, firstResolved: 'no' },
      { resolution: 'resolved', resolutionAt: NOW + 5 },
      NOW + 5,
      (_before, _after, current) => {
        expect(current?.offersResolution).toBe(true);
        return { audit: audit('review.author-outcome', review.id) };
      },
    );
    expect(after).toMatchObject({ resolved: 'yes', firstResolved: 'no' });
    expect(await t.store.findReply(review.id)).toMatchObject({ resolution: 'resolved', resolutionAt: NOW + 5 });
    expect(await resolvedYes(acme)).toBe(yesBefore + 1);
  });

  it('changes nothing when the effects refuse', async () => {
    const review = await addReview({ resolved: 'no' });
    await write(review);
    await expect(
      t.store.answerReplyResolution(review.id, 'published', { resolved: 'yes' }, { resolution: 'resolved', resolutionAt: NOW }, NOW, () => {
        throw new Error('no offer');
      }),
    ).rejects.toThrow('no offer');
    expect((await t.store.findReviewById(review.id))!.resolved).toBe('no');
    expect((await t.store.findReply(review.id))!.resolution).toBeNull();
  });
});

describe("representatives' companies", () => {
  it('grants companies with the account, replaces them on change and lists them by slug', async () => {
    const row = { email: 'rep@example.test', role: 'representative' as const, passwordHash: 'x', createdAt: NOW, updatedAt: NOW };
    const rep = (await t.store.insertModerator(row, (r) => [audit('moderator.add', r.id), audit('moderator.companies', r.id)], [
      other,
      acme,
    ]))!;
    expect((await t.store.listModeratorCompanies(rep.id)).map((g) => g.company.slug)).toEqual(['acme', 'other']);
    const changed = await t.store.updateModerator(rep.id, { companyIds: [other] }, NOW, (b) => audit('moderator.companies', b.id));
    expect(changed.ok).toBe(true);
    expect((await t.store.listModeratorCompanies(rep.id)).map((g) => g.company.slug)).toEqual(['other']);
    expect((await t.store.listModeratorCompanies()).filter((g) => g.moderatorId === rep.id)).toHaveLength(1);
    const entries = await t.store.listAudit({ targetType: 'review', targetId: String(rep.id), action: 'moderator.companies' }, 10);
    expect(entries).toHaveLength(2);
  });
});

async function resolvedYes(companyId: number): Promise<number> {
  return (await t.store.listCompanyStandings()).find((s) => s.company.id === companyId)!.resolvedYes;
}
