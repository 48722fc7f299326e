// The complaint-pattern reads of the store, on SQLite and on PostgreSQL: maintained counters, moderation totals,
// arrivals, platform totals and standings as published and held reviews come in, and a rebuild that agrees with them.
import { beforeAll, describe, expect, it } from 'vitest';
import { useStore } from '../helpers/test-store';
import { reviewRow } from '../helpers/review-rows';
import type { NewReviewRow, ReviewRow, Store } from '../../server/domain/store';

const t = useStore();
const NOW = Date.UTC(2026, 5, 15, 12);
const DAY = 86_400_000;
const month = (y: number, m: number, d = 10) => Date.UTC(y, m - 1, d, 9);

type Row = Omit<NewReviewRow, 'id'>;
const moderation = (reasons: string[] = []) =>
  JSON.stringify({ redactions: {}, masked: 0, reasons, decision: reasons.length > 0 ? 'hold' : 'publish' });

let ids: { acme: number; globex: number; quiet: number };

/** A published review with every optional fact unanswered, as the patterns read them. */
const review = (companyId: number, over: Partial<Row> = {}): Row =>
  reviewRow(companyId, NOW, {
    responseTime: null,
    nextStepsExplained: null,
    outcome: null,
    moderation: moderation(),
    riskScore: 0,
    sentimentScore: null,
    sentimentLabel: null,
    clientHash: null,
    ...over,
  });

/** Everything the patterns area reads for a company, zero rows left out (they mean the same as no row). */
async function figuresOf(store: Store, companyId: number) {
  const counters = await store.findPatternCounters(companyId, '2000-01');
  const groups = counters.groups
    .filter((g) => g.reviewCount !== 0 || g.ratingSum !== 0 || g.resolvedYes !== 0 || g.resolvedPartly !== 0 || g.nextStepsAnswered !== 0)
    .map((g) => JSON.stringify(g))
    .sort();
  const breakdowns = counters.breakdowns.map((b) => JSON.stringify(b)).sort();
  const phrases = await store.findTopPhrases(companyId, 'billing', 1, 1000);
  const standings = (await store.listCompanyStandings()).map((s) => JSON.stringify(s)).sort();
  return { groups, breakdowns, phrases, standings, platform: await store.findPlatformTotals() };
}

async function insertAll(rows: Row[]): Promise<ReviewRow[]> {
  const stored: ReviewRow[] = [];
  for (const row of rows) stored.push(await t.store.insertReview(row));
  return stored;
}

beforeAll(async () => {
  const seed = (slug: string, name: string) => ({ slug, name, category: 'streaming', taxonomy: [] });
  await t.store.seedCompanies([seed('acme', 'Acme'), seed('globex', 'Globex'), seed('quiet', 'Quiet')], NOW - 400 * DAY);
  const id = async (slug: string) => (await t.store.findCompanyBySlug(slug))!.id;
  ids = { acme: await id('acme'), globex: await id('globex'), quiet: await id('quiet') };
  const { acme, globex } = ids;
  await insertAll([
    review(acme, {
      rating: 5,
      body: 'Charged twice on my card, refund came fast',
      nextStepsExplained: true,
      outcome: 'refund',
      responseTime: 'under-5-min',
      sentimentLabel: 'positive',
      clientHash: 'c1',
      createdAt: NOW - 2 * 60_000,
    }),
    review(acme, {
      rating: 1,
      body: 'Charged twice again and nobody answered',
      contactMethod: 'email',
      resolved: 'no',
      nextStepsExplained: false,
      outcome: 'no-action',
      responseTime: 'over-a-day',
      sentimentLabel: 'negative',
      clientHash: 'c1',
      createdAt: month(2026, 5),
    }),
    review(acme, {
      rating: 2,
      title: 'Password reset failed',
      body: 'Charged twice and then locked out of the account',
      issueType: 'login',
      resolved: 'partly',
      outcome: 'refund',
      clientHash: 'c2',
      createdAt: NOW - 60 * 60_000,
    }),
    review(acme, { rating: 4, outcome: 'refund', sentimentLabel: 'negative', createdAt: month(2025, 1) }),
    review(acme, { rating: 1, status: 'pending', moderation: moderation(['link in text']), clientHash: 'c1', createdAt: NOW - 30_000 }),
    review(globex, { rating: 3, createdAt: month(2026, 4) }),
    review(globex, { rating: 2, status: 'pending', moderation: moderation(['shouting', 'link in text']), createdAt: month(2026, 4) }),
  ]);
});

describe('pattern counters', () => {
  it('count published reviews in every group, and months only from fromMonth', async () => {
    const { groups } = await t.store.findPatternCounters(ids.acme, '2026-01');
    const group = (dimension: string, value: string) => groups.find((g) => g.dimension === dimension && g.value === value);
    expect(group('all', '')).toEqual({
      companyId: ids.acme,
      dimension: 'all',
      value: '',
      reviewCount: 4,
      ratingSum: 12,
      resolvedYes: 2,
      resolvedPartly: 1,
      nextStepsYes: 1,
      nextStepsAnswered: 2,
      negativeCount: 2,
    });
    expect(group('issueType', 'billing')).toMatchObject({ reviewCount: 3, ratingSum: 10, resolvedYes: 2, negativeCount: 2 });
    expect(group('issueType', 'login')).toMatchObject({ reviewCount: 1, ratingSum: 2, resolvedPartly: 1, nextStepsAnswered: 0 });
    expect(group('contactMethod', 'email')).toMatchObject({ reviewCount: 1, ratingSum: 1 });
    expect(group('sentiment', 'unscored')).toMatchObject({ reviewCount: 1 });
    const months = groups.filter((g) => g.dimension === 'month').map((g) => [g.value, g.reviewCount]);
    expect(months.sort()).toEqual([
      ['2026-05', 1],
      ['2026-06', 2],
    ]);
    // The held review counts nowhere; the other company's reviews neither.
    expect(groups.every((g) => g.companyId === ids.acme)).toBe(true);
  });

  it('keep the most common value of each breakdown group, ties to the first alphabetically, and every response time', async () => {
    const { breakdowns } = await t.store.findPatternCounters(ids.acme, '2026-06');
    expect([...breakdowns].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))).toEqual([
      { breakdown: 'contactMethod:responseTime', value: 'email', subValue: 'over-a-day', count: 1 },
      { breakdown: 'contactMethod:responseTime', value: 'phone', subValue: 'under-5-min', count: 1 },
      { breakdown: 'issueType:outcome', value: 'billing', subValue: 'refund', count: 2 },
      { breakdown: 'issueType:outcome', value: 'login', subValue: 'refund', count: 1 },
      // 2026-06: one billing and one login review; the tie goes to billing. Earlier months are left out.
      { breakdown: 'month:issueType', value: '2026-06', subValue: 'billing', count: 1 },
    ]);
  });

  it('rank phrases by the reviews saying them, per issue type, from minCount', async () => {
    expect(await t.store.findTopPhrases(ids.acme, 'billing', 2, 5)).toEqual([{ phrase: 'charged twice', count: 2 }]);
    const login = await t.store.findTopPhrases(ids.acme, 'login', 1, 50);
    expect(login).toContainEqual({ phrase: 'charged twice', count: 1 });
    expect(login).toContainEqual({ phrase: 'password reset', count: 1 });
    expect(await t.store.findTopPhrases(ids.acme, 'billing', 1, 1)).toEqual([{ phrase: 'charged twice', count: 2 }]);
    expect(await t.store.findTopPhrases(ids.quiet, 'billing', 1, 5)).toEqual([]);
  });
});

describe('moderation totals and arrivals', () => {
  it('sum the moderation events of each metric from fromMonth', async () => {
    const totals = await t.store.findModerationTotals(ids.acme, '2026-05');
    expect([...totals].sort((a, b) => a.metric.localeCompare(b.metric))).toEqual([
      { metric: 'held', count: 1 },
      { metric: 'published_at_once', count: 3 },
      { metric: 'reason:link in text', count: 1 },
      { metric: 'submitted', count: 4 },
    ]);
    expect(await t.store.findModerationTotals(ids.quiet, '2000-01')).toEqual([]);
  });

  it('count submissions between two months, the second left out', async () => {
    expect(await t.store.countSubmittedBetween(ids.acme, '2025-01', '2026-07')).toBe(5);
    expect(await t.store.countSubmittedBetween(ids.acme, '2026-05', '2026-06')).toBe(1);
    expect(await t.store.countSubmittedBetween(ids.acme, '2025-02', '2026-05')).toBe(0);
    expect(await t.store.countSubmittedBetween(ids.quiet, '2000-01', '2100-01')).toBe(0);
  });

  it('count the arrivals of any status since a time, and the most from one client', async () => {
    expect(await t.store.countArrivalsSince(ids.acme, NOW - DAY)).toEqual({ total: 3, busiestClient: 2 });
    expect(await t.store.countArrivalsSince(ids.acme, NOW - 10 * 60_000)).toEqual({ total: 2, busiestClient: 2 });
    expect(await t.store.countArrivalsSince(ids.globex, NOW - DAY)).toEqual({ total: 0, busiestClient: 0 });
  });
});

describe('platform totals and standings', () => {
  it('add up every company summary', async () => {
    expect(await t.store.findPlatformTotals()).toEqual({ reviewCount: 5, ratingSum: 15 });
  });

  it('list every company with its summary and resolved count, zeros for one without reviews', async () => {
    const standings = await t.store.listCompanyStandings();
    const of = (id: number) => standings.find((s) => s.company.id === id);
    expect(standings).toHaveLength(3);
    expect(of(ids.acme)).toEqual({
      company: { id: ids.acme, slug: 'acme', name: 'Acme', category: 'streaming', createdAt: NOW - 400 * DAY },
      summary: { companyId: ids.acme, reviewCount: 4, ratingSum: 12, stars1: 1, stars2: 1, stars3: 0, stars4: 1, stars5: 1 },
      resolvedYes: 2,
    });
    expect(of(ids.globex)).toMatchObject({ summary: { reviewCount: 1, ratingSum: 3, stars3: 1 }, resolvedYes: 1 });
    expect(of(ids.quiet)).toMatchObject({ summary: { companyId: ids.quiet, reviewCount: 0, ratingSum: 0, stars5: 0 }, resolvedYes: 0 });
  });
});

describe('figures version', () => {
  it('finds the company with a version that moves with each figure change, and the local epoch with it', async () => {
    expect(await t.store.findCompanyVersion('nobody')).toBeUndefined();
    const before = (await t.store.findCompanyVersion('quiet'))!;
    expect(before.company).toMatchObject({ id: ids.quiet, slug: 'quiet' });
    const epoch = t.store.localFiguresEpoch();
    const stored = await t.store.insertReview(review(ids.quiet, { rating: 5, createdAt: NOW - 400 * DAY }));
    const after = (await t.store.findCompanyVersion('quiet'))!;
    expect(after.version).toBeGreaterThan(before.version);
    expect(t.store.localFiguresEpoch()).toBeGreaterThan(epoch);
    await t.store.changeReviewStatus(stored.id, 'published', 'removed', NOW);
    expect((await t.store.findCompanyVersion('quiet'))!.version).toBeGreaterThan(after.version);
  });
});

describe('rebuildAggregates', () => {
  it('recomputes the same figures as were maintained, bumping every version', async () => {
    const maintained = await Promise.all(Object.values(ids).map((id) => figuresOf(t.store, id)));
    const versions = await Promise.all(['acme', 'globex', 'quiet'].map(async (slug) => (await t.store.findCompanyVersion(slug))!.version));
    const epoch = t.store.localFiguresEpoch();
    await t.store.rebuildAggregates();
    expect(await Promise.all(Object.values(ids).map((id) => figuresOf(t.store, id)))).toEqual(maintained);
    const bumped = await Promise.all(['acme', 'globex', 'quiet'].map(async (slug) => (await t.store.findCompanyVersion(slug))!.version));
    bumped.forEach((v, i) => expect(v).toBeGreaterThan(versions[i]!));
    expect(t.store.localFiguresEpoch()).toBeGreaterThan(epoch);
  });

  it('agrees with maintained figures when reviews change while it runs', async () => {
    const { acme, globex } = ids;
    const more = (i: number) =>
      review(i % 2 ? acme : globex, {
        rating: 1 + (i % 5),
        body: `Charged twice for the plan, case ${i}`,
        resolved: i % 3 ? 'yes' : 'no',
        outcome: i % 4 ? 'refund' : null,
        createdAt: NOW - i * 7 * DAY,
      });
    await Promise.all([
      t.store.rebuildAggregates(),
      ...Array.from({ length: 6 }, (_, i) => t.store.insertReview(more(i))),
      t.store.rebuildAggregates(),
      ...Array.from({ length: 6 }, (_, i) => t.store.insertReview(more(10 + i))),
    ]);
    const maintained = await Promise.all(Object.values(ids).map((id) => figuresOf(t.store, id)));
    expect((await t.store.findPlatformTotals()).reviewCount).toBe(5 + 12);
    await t.store.rebuildAggregates();
    expect(await Promise.all(Object.values(ids).map((id) => figuresOf(t.store, id)))).toEqual(maintained);
  });
});
