import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIST_SCAN_BUDGET } from '../../server/contract/review-limits';
import type { NewReviewRow } from '../../db/sqlite/store';
import { startTestServer, type TestServer } from '../helpers/server';

let server: TestServer;
let rare: number[] = [];
const SLUG = 'peacock';
const TOTAL = LIST_SCAN_BUDGET * 2 + 500;

beforeAll(async () => {
  server = await startTestServer();
  const company = (await server.store.findCompanyBySlug(SLUG))!;
  const base = Date.UTC(2026, 0, 1);
  // Written straight through the store: thousands of reviews over HTTP would only slow the test.
  for (let i = 0; i < TOTAL; i++) {
    // Three reviews match the filter, all among the oldest: a newest-first walk reaches them last.
    const isRare = i === 3 || i === 10 || i === 11;
    const row: Omit<NewReviewRow, 'id'> = {
      companyId: company.id,
      rating: (i % 5) + 1,
      body: `Review ${i}: the refund took a week and two chats.`,
      displayName: 'Sam',
      issueType: isRare ? 'gift-card' : 'billing',
      contactMethod: 'in-app-chat',
      billingParty: 'company',
      resolved: 'yes',
      status: 'published',
      createdAt: base + i * 60_000,
      updatedAt: base + i * 60_000,
      publishedAt: base + i * 60_000,
    };
    const stored = await server.store.insertReview(row);
    if (isRare) rare.push(stored.id);
  }
  rare = rare.reverse();
}, 120_000);
afterAll(async () => {
  await server.stop();
  server.remove();
});

async function readAll(query: string, limit = 5) {
  const pages: number[][] = [];
  let cursor: string | null = null;
  do {
    const res: { status: number; body: { reviews: { id: number }[]; nextCursor: string | null } } = await server.request(
      `/api/companies/${SLUG}/reviews?limit=${limit}${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
    );
    expect(res.status).toBe(200);
    pages.push(res.body.reviews.map((r) => r.id));
    cursor = res.body.nextCursor;
  } while (cursor && pages.length < 100);
  return pages;
}

describe('a filter that matches rarely', () => {
  it.each(['newest', 'helpful', 'lowest'])(
    'looks at a bounded number of reviews per page and still finds every match (sort=%s)',
    async (sort) => {
      const pages = await readAll(`&issueType=gift-card&sort=${sort}`);
      // The walk is cut into windows of LIST_SCAN_BUDGET reviews: short pages with a cursor until the matches.
      expect(pages.length).toBeGreaterThanOrEqual(Math.floor(TOTAL / LIST_SCAN_BUDGET));
      expect(pages.length).toBeLessThanOrEqual(Math.ceil(TOTAL / LIST_SCAN_BUDGET) + 1);
      expect(pages.flat().sort()).toEqual([...rare].sort());
    },
  );

  it('gives full pages in order when the filter is common', async () => {
    const pages = await readAll('&issueType=billing&rating=1&sort=newest', 50);
    expect(pages.slice(0, -1).every((p) => p.length === 50)).toBe(true);
    const ids = pages.flat();
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(Array.from({ length: TOTAL }, (_, i) => i).filter((i) => i % 5 === 0 && ![3, 10, 11].includes(i)).length);
  }, 60_000);
});
