// Search in the store, on SQLite (FTS5) and on PostgreSQL (tsvector): the index follows every change in the change's
// own transaction (publish, edit, hold, removal, erasure), finds only a company's published reviews, orders a
// window at a time in every sort with cursors that neither skip nor repeat, and takes any text without an error.
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { onPostgres, useStore } from '../helpers/test-store';
import { withClient } from '../helpers/postgres-cluster';
import { parseSearch } from '../../server/contract/search-query';
import { SEARCH_LIMITS } from '../../server/contract/review-limits';
import { REVIEW_SORTS } from '../../server/contract/review-limits';
import { BLNS } from '../hardening/hostile-strings';
import type { ListFilter, NewReviewRow, ReviewRow, SearchSort } from '../../server/domain/store';
import { reviewRow } from '../helpers/review-rows';

const t = useStore();
const NOW = Date.UTC(2026, 5, 15, 12);
type Row = Omit<NewReviewRow, 'id'>;

let acme: number;
let other: number;

const review = (over: Partial<Row> = {}): Row => reviewRow(acme, NOW, { body: 'The agent sorted it out in the end', ...over });

const search = (q: string, companyId = acme, more: Partial<ListFilter> = {}): ListFilter => ({
  companyId,
  status: 'published',
  search: parseSearch(q),
  ...more,
});
const found = async (q: string, companyId = acme, more: Partial<ListFilter> = {}) =>
  (await t.store.listReviews(search(q, companyId, more), 'relevance', null, 50)).rows.map((r) => r.id);

/** Every page of a search in one sort, following its cursors (the store's: [window] or [window, ...key]). */
async function allPages(q: string, sort: SearchSort, limit: number): Promise<ReviewRow[]> {
  const seen: ReviewRow[] = [];
  let after: number[] | null = null;
  for (let pages = 0; pages < 500; pages++) {
    const page = await t.store.listReviews(search(q), sort, after, limit + 1);
    seen.push(...page.rows.slice(0, limit));
    if (page.rows.length > limit) after = page.cursors![limit - 1]!;
    else if (page.scannedTo) after = page.scannedTo;
    else return seen;
  }
  throw new Error('the pages never ended');
}

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

describe('the search index', () => {
  it('finds a published review by its words, case and accents folded, the last word as a prefix', async () => {
    const stored = await t.store.insertReview(review({ title: 'Café trouble', body: 'The modem rebooted with Error E-4711 daily' }));
    expect(await found('cafe')).toContain(stored.id);
    expect(await found('CAFÉ MODEM')).toContain(stored.id);
    expect(await found('rebo')).toContain(stored.id);
    expect(await found('rebo modem')).not.toContain(stored.id); // only the last word is a prefix
    expect(await found('e-4711')).toContain(stored.id);
    expect(await found('4711')).toContain(stored.id);
    expect(await found('"error e 4711"')).toContain(stored.id);
    expect(await found('"e 4711 error"')).not.toContain(stored.id);
  });

  it('finds only the company asked for, and no held review', async () => {
    const mine = await t.store.insertReview(review({ body: 'Zanzibar roaming charges were wrong' }));
    const theirs = await t.store.insertReview(review({ companyId: other, body: 'Zanzibar roaming charges were fine' }));
    const held = await t.store.insertReview(review({ status: 'pending', body: 'Zanzibar roaming held for review' }));
    expect(await found('zanzibar')).toEqual([mine.id]);
    expect(await found('zanzibar', other)).toEqual([theirs.id]);
    expect(await found('zanzibar')).not.toContain(held.id);
    expect(await t.store.countReviews(search('zanzibar'))).toBe(1);
  });

  it('follows a hold, a publication, an edit and a removal in the same transaction', async () => {
    const stored = await t.store.insertReview(review({ status: 'pending', body: 'Quokka support line never answered' }));
    expect(await found('quokka')).toEqual([]);
    await t.store.changeReviewStatus(stored.id, 'pending', 'published', NOW + 1);
    expect(await found('quokka')).toEqual([stored.id]);
    await t.store.reviseReview(stored.id, 'published', { body: 'Wombat support line answered at last' }, NOW + 2);
    expect(await found('quokka')).toEqual([]);
    expect(await found('wombat')).toEqual([stored.id]);
    await t.store.reviseReview(stored.id, 'published', { status: 'removed' }, NOW + 3);
    expect(await found('wombat')).toEqual([]);
  });

  it('forgets an erased review at once, leaving no trace of its words in the index', async () => {
    const stored = await t.store.insertReview(review({ body: 'Xylophonist account number ABQ7731 was exposed' }));
    expect(await found('xylophonist')).toEqual([stored.id]);
    await t.store.eraseReview(stored.id);
    expect(await found('xylophonist')).toEqual([]);
    expect(await found('abq7731')).toEqual([]);
    if (onPostgres) {
      const url = t.place.config.databaseUrl!;
      const { rows } = await withClient(url, (c) =>
        c.query('select count(*)::int as n from review_search where review_id = $1', [stored.id]),
      );
      expect(rows[0].n).toBe(0);
    } else {
      const db = new Database(t.place.config.databasePath, { readonly: true });
      try {
        db.exec(`create virtual table temp.vocab using fts5vocab(main, review_search, 'row')`);
        expect(db.prepare(`select term from temp.vocab where term in ('xylophonist', 'abq7731')`).all()).toEqual([]);
        expect(db.prepare('select count(*) as n from review_search_docsize where id = ?').get(stored.id)).toEqual({ n: 0 });
      } finally {
        db.close();
      }
    }
  });

  it('applies the other filters with the search', async () => {
    const one = await t.store.insertReview(review({ rating: 1, body: 'Ocelot plan price doubled overnight' }));
    const five = await t.store.insertReview(review({ rating: 5, body: 'Ocelot plan price was fair' }));
    expect(await found('ocelot', acme, { rating: 1 })).toEqual([one.id]);
    expect(await found('ocelot', acme, { rating: 5 })).toEqual([five.id]);
    expect(await t.store.countReviews(search('ocelot', acme, { rating: 5 }))).toBe(1);
  });

  it('orders by relevance: the title first, then more mentions, ties newest first', async () => {
    const body = await t.store.insertReview(review({ body: 'They sent a narwhal sticker with the bill', createdAt: NOW + 10 }));
    const title = await t.store.insertReview(review({ title: 'Narwhal', body: 'The narwhal again on my bill', createdAt: NOW }));
    const tie = await t.store.insertReview(review({ body: 'They sent a narwhal sticker with the bill', createdAt: NOW + 20 }));
    expect(await found('narwhal')).toEqual([title.id, tie.id, body.id]);
  });

  it('takes any text without an error: naughty strings, operators, emoji, 200 characters of junk', async () => {
    const junk = Array.from({ length: 200 }, (_, i) => '-*:"()^{}[]NEAR AND OR NOT 🙂\'\\'[i % 31]).join('');
    for (const text of [...BLNS, junk, '-', '*', '"', 'NEAR(', 'AND OR NOT', '🙂', 'a*b', 'col:term', '^start']) {
      await t.store.listReviews(search(text), 'relevance', null, 5);
      await t.store.countReviews(search(text));
    }
  });
});

describe('search pages', () => {
  const WORD = 'kookaburra';
  let ids: number[];

  beforeAll(async () => {
    // More than one window, with repeated dates, ratings and helpful counts, so every key ties somewhere; dates
    // follow ids, as they do when reviews are published one after another.
    const count = SEARCH_LIMITS.window + 37;
    ids = [];
    for (let i = 0; i < count; i++) {
      const mentions = 1 + (i % 3);
      const stored = await t.store.insertReview(
        review({
          rating: 1 + (i % 5),
          title: i % 7 === 0 ? `The ${WORD}` : null,
          body: `${`${WORD} `.repeat(mentions)}called about the bill number ${i}`,
          createdAt: NOW + Math.floor(i / 4) * 1000,
          helpfulCount: i % 4,
        }),
      );
      ids.push(stored.id);
    }
    await t.store.insertReview(review({ status: 'pending', body: `${WORD} held` }));
  }, 120_000);

  for (const sort of REVIEW_SORTS) {
    it(`returns every match exactly once in sort ${sort}`, async () => {
      const seen = (await allPages(WORD, sort, 45)).map((r) => r.id);
      expect(new Set(seen).size).toBe(seen.length);
      expect([...seen].sort((a, b) => a - b)).toEqual([...ids].sort((a, b) => a - b));
    }, 60_000);
  }

  it('orders a window as the sort says, the newest matches first (oldest: the oldest)', async () => {
    const newest = await allPages(WORD, 'newest', 50);
    const window = newest.slice(0, SEARCH_LIMITS.window);
    expect(window.every((r, i) => i === 0 || r.createdAt <= window[i - 1]!.createdAt)).toBe(true);
    const oldest = await allPages(WORD, 'oldest', 50);
    expect(oldest[0]!.id).toBe(Math.min(...ids));
  });

  it('counts up to its budget', async () => {
    expect(await t.store.countReviews(search(WORD))).toBe(Math.min(ids.length, SEARCH_LIMITS.countBudget));
  });
});
