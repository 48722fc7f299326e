// The moderation-facts area of the store, on SQLite and on PostgreSQL: whether a company already has a body.
import { beforeAll, describe, expect, it } from 'vitest';
import { useStore } from '../helpers/test-store';
import type { NewReviewRow } from '../../server/domain/store';

const t = useStore();
const NOW = Date.UTC(2026, 5, 15, 12);
let acme: number;
let other: number;

const review = (companyId: number, bodyHash: string, status: 'published' | 'pending' = 'published'): Omit<NewReviewRow, 'id'> => ({
  companyId,
  rating: 4,
  title: null,
  body: 'The agent sorted it out',
  bodyHash,
  displayName: 'Sam',
  issueType: 'billing',
  contactMethod: 'phone',
  billingParty: 'company',
  resolved: 'yes',
  status,
  moderation: JSON.stringify({ reasons: [], decision: status === 'published' ? 'publish' : 'queue' }),
  createdAt: NOW,
  updatedAt: NOW,
  publishedAt: status === 'published' ? NOW : null,
});

beforeAll(async () => {
  const taxonomy: never[] = [];
  await t.store.seedCompanies(
    [
      { slug: 'acme', name: 'Acme', category: 'Mobile network', taxonomy },
      { slug: 'other', name: 'Other', category: 'Mobile network', taxonomy },
    ],
    NOW,
  );
  acme = (await t.store.findCompanyBySlug('acme'))!.id;
  other = (await t.store.findCompanyBySlug('other'))!.id;
});

describe('body fingerprints', () => {
  it("answers whether a review of the company, whatever its status, already has the body's hash", async () => {
    expect(await t.store.hasBodyHash(acme, 'body-1')).toBe(false);
    await t.store.insertCheckedReview({ companyId: acme, bodyHash: 'body-1' }, () => review(acme, 'body-1'));
    await t.store.insertCheckedReview({ companyId: acme, bodyHash: 'body-2' }, () => review(acme, 'body-2', 'pending'));
    expect(await t.store.hasBodyHash(acme, 'body-1')).toBe(true);
    expect(await t.store.hasBodyHash(acme, 'body-2')).toBe(true);
    // Another company's reviews do not count.
    expect(await t.store.hasBodyHash(other, 'body-1')).toBe(false);
  });
});
