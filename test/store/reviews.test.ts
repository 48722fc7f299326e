// The review area of the store, on SQLite and on PostgreSQL: new reviews group-committed with their stored facts
// read atomically, status changes and revisions that only one of two concurrent deciders wins, and the public list's
// keyset pages with their counts.
import { beforeAll, describe, expect, it } from 'vitest';
import { useStore } from '../helpers/test-store';
import type { NewReviewRow, Store } from '../../server/domain/store';
import { reviewRow } from '../helpers/review-rows';

const t = useStore();
const NOW = Date.UTC(2026, 5, 15, 12);
type Row = Omit<NewReviewRow, 'id'>;

let companyId: number;

const review = (over: Partial<Row> = {}): Row => reviewRow(companyId, NOW, over);

const summaryOf = async (store: Store) => (await store.findSummary(companyId)).reviewCount;

beforeAll(async () => {
  await t.store.seedCompanies([{ slug: 'acme', name: 'Acme', category: 'Mobile network', taxonomy: [] }], NOW);
  companyId = (await t.store.findCompanyBySlug('acme'))!.id;
});

describe('new reviews', () => {
  it('gives twenty submissions of one body at once exactly one "not seen before", and counts every published one', async () => {
    const before = await summaryOf(t.store);
    const seen = await Promise.all(
      Array.from({ length: 20 }, () =>
        t.store.insertCheckedReview({ companyId, bodyHash: 'same-body' }, (facts) =>
          review({ bodyHash: 'same-body', status: facts.duplicateBody ? 'pending' : 'published' }),
        ),
      ),
    );
    expect(seen.filter((r) => r.status === 'published')).toHaveLength(1);
    expect(new Set(seen.map((r) => r.id)).size).toBe(20);
    expect(await summaryOf(t.store)).toBe(before + 1);
    expect(await t.store.countQueue({ companyId })).toBeGreaterThanOrEqual(19);
  });

  it('stores nothing of a submission its completion refuses, and still commits the others of its moment', async () => {
    const before = await summaryOf(t.store);
    const outcomes = await Promise.allSettled([
      t.store.insertCheckedReview({ companyId, bodyHash: 'kept' }, () => review({ bodyHash: 'kept' })),
      t.store.insertCheckedReview({ companyId, bodyHash: 'refused' }, () => {
        throw new Error('refused');
      }),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected']);
    expect(await t.store.hasBodyHash(companyId, 'refused')).toBe(false);
    expect(await summaryOf(t.store)).toBe(before + 1);
  });
  it('refuses a submission the database refuses (no such company), and still stores the others of its moment', async () => {
    const before = await summaryOf(t.store);
    const outcomes = await Promise.allSettled([
      t.store.insertCheckedReview({ companyId, bodyHash: 'first-of-three' }, () => review({ bodyHash: 'first-of-three' })),
      t.store.insertCheckedReview({ companyId: 999_999, bodyHash: 'orphan' }, () => ({
        ...review({ bodyHash: 'orphan' }),
        companyId: 999_999,
      })),
      t.store.insertCheckedReview({ companyId, bodyHash: 'third-of-three' }, () => review({ bodyHash: 'third-of-three' })),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(await t.store.hasBodyHash(companyId, 'first-of-three')).toBe(true);
    expect(await t.store.hasBodyHash(companyId, 'third-of-three')).toBe(true);
    expect(await summaryOf(t.store)).toBe(before + 2);
  });

  it('answers a new review as it is stored, every field read back the same', async () => {
    const stored = await t.store.insertCheckedReview({ companyId, bodyHash: 'read-back' }, () =>
      review({ bodyHash: 'read-back', title: 'Read back', nextStepsExplained: true, riskScore: 0.25, sentimentScore: -0.5 }),
    );
    expect(stored).toEqual(await t.store.findReviewById(stored.id));
    expect(stored).toMatchObject({ title: 'Read back', nextStepsExplained: true, riskScore: 0.25, helpfulCount: 0, createdAt: NOW });
  });
});

describe('decisions', () => {
  it('lets one of two concurrent approvals of a held review win; the other finds it already decided', async () => {
    const held = await t.store.insertReview(review({ status: 'pending', body: 'Held for a look' }));
    const before = await summaryOf(t.store);
    const results = await Promise.all([
      t.store.changeReviewStatus(held.id, 'pending', 'published', NOW + 1),
      t.store.changeReviewStatus(held.id, 'pending', 'published', NOW + 2),
    ]);
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await summaryOf(t.store)).toBe(before + 1);
  });

  it('revises only a review still in the expected state, moving the figures with it', async () => {
    const stored = await t.store.insertReview(review({ rating: 2, body: 'Slow to answer' }));
    const revisions = await Promise.all([
      t.store.reviseReview(stored.id, 'published', { status: 'rejected' }, NOW + 3),
      t.store.reviseReview(stored.id, 'published', { status: 'pending', rating: 5 }, NOW + 4),
    ]);
    expect(revisions.filter(Boolean)).toHaveLength(1);
    const erased = await t.store.eraseReview(stored.id);
    expect(erased?.id).toBe(stored.id);
    expect(await t.store.findReviewById(stored.id)).toBeUndefined();
  });
});

describe('the public list', () => {
  it('walks every published review once, newest first, in pages, and counts them', async () => {
    const published = (await summaryOf(t.store)) + 0;
    for (let i = 0; i < 7; i++) await t.store.insertReview(review({ createdAt: NOW - i * 1000, body: `Review ${i}` }));
    const total = published + 7;
    const seen: number[] = [];
    let after: number[] | null = null;
    for (;;) {
      const page = await t.store.listReviews({ companyId, status: 'published' }, 'newest', after, 3);
      seen.push(...page.rows.map((r) => r.id));
      if (page.rows.length < 3) break;
      const last = page.rows.at(-1)!;
      after = [last.createdAt, last.id];
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    expect(await t.store.countReviews({ companyId, status: 'published' })).toBe(total);
    expect(await t.store.countReviews({ companyId, status: 'published', rating: 3 })).toBe(0);
  });
});
