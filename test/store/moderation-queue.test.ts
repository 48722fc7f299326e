// The moderator queue's reads, on SQLite and on PostgreSQL: order (risk, tier, reports, age, id), keyset pages
// without gaps or repeats, filters, totals and reason counts kept with each review change, and open reports.
import { beforeAll, describe, expect, it } from 'vitest';
import { useStore } from '../helpers/test-store';
import type { NewReviewRow, QueueFilter, QueueKey, QueueRow, ReviewRow } from '../../server/domain/store';

const t = useStore();
const T = Date.UTC(2026, 3, 1, 8);
const MIN = 60_000;
const REPORTED = 'reported by readers';

type Row = Omit<NewReviewRow, 'id'>;
const record = (reasons: string[], extra: { redactions?: unknown; decision?: string } = {}) =>
  JSON.stringify({
    redactions: extra.redactions ?? {},
    masked: 0,
    reasons,
    decision: extra.decision ?? (reasons.length ? 'hold' : 'publish'),
  });

function review(companyId: number, over: Partial<Row>): Row {
  const createdAt = over.createdAt ?? T;
  return {
    companyId,
    rating: 2,
    title: null,
    body: 'The app froze during checkout',
    displayName: 'Sam',
    issueType: 'billing',
    contactMethod: 'phone',
    billingParty: 'company',
    resolved: 'no',
    status: 'pending',
    moderation: record([]),
    riskScore: 0,
    createdAt,
    updatedAt: createdAt,
    ...over,
  };
}

/** A queued review as the test expects it: its id, and the tier and queue risk it should have. */
interface Expected {
  id: number;
  companyId: number;
  tier: number;
  risk: number;
  reasons: string[];
  reported: boolean;
}

let acme: number;
let globex: number;
const expected: Expected[] = [];
const byName = new Map<string, Expected>();

async function queue(name: string, companyId: number, over: Partial<Row>, tier: number, reasons: string[] = []): Promise<ReviewRow> {
  const stored = await t.store.insertReview(review(companyId, { moderation: record(reasons), ...over }));
  const entry = { id: stored.id, companyId, tier, risk: stored.riskScore, reasons, reported: false };
  byName.set(name, entry);
  if (stored.status === 'pending') expected.push(entry);
  return stored;
}

/** A published review reported by `reasons.length` readers; hidden (pending) when `threshold` is reached. */
async function report(name: string, reportReasons: string[], threshold = 100): Promise<void> {
  const entry = byName.get(name)!;
  for (const [i, reason] of reportReasons.entries()) {
    const outcome = await t.store.reportReview(
      { reviewId: entry.id, clientHash: `reader-${i}`, reason, note: null, createdAt: T + 100 * MIN + i },
      { threshold, since: T },
      (row) => ({
        patch: { moderation: JSON.stringify({ ...JSON.parse(row.moderation), reasons: [...entry.reasons, REPORTED] }) },
        audit: { at: T, actorId: null, actorEmail: null, action: 'review.hidden-by-reports', targetType: 'review', targetId: row.id },
      }),
    );
    expect(outcome.kind).toBe('reported');
  }
  const weights: Record<string, number> = { offensive: 8, 'personal-information': 6, fake: 3, spam: 3, other: 1 };
  entry.risk += Math.max(...reportReasons.map((r) => weights[r]!)) + Math.min(reportReasons.length - 1, 3);
  entry.reported = true;
  if ((await t.store.findReviewById(entry.id))!.status === 'pending') entry.reasons = [...entry.reasons, REPORTED];
  if (!expected.includes(entry)) expected.push(entry);
}

/** The queue's order, worked out from the rows as stored: risk and tier down, reports down, then oldest, then id. */
async function expectedOrder(filter: (e: Expected) => boolean = () => true): Promise<QueueRow[]> {
  const rows = await Promise.all(
    expected.filter(filter).map(async (e) => ({ ...(await t.store.findReviewById(e.id))!, queueTier: e.tier, queueRisk: e.risk })),
  );
  return rows.sort(
    (a, b) =>
      b.queueRisk - a.queueRisk || b.queueTier - a.queueTier || b.reportCount - a.reportCount || a.createdAt - b.createdAt || a.id - b.id,
  );
}

const keyOf = (r: QueueRow): QueueKey => [r.queueRisk, r.queueTier, r.reportCount, r.createdAt, r.id];

/** The whole queue read `size` rows at a time, each page after the last row of the one before. */
async function walk(filter: QueueFilter, size: number): Promise<QueueRow[]> {
  const rows: QueueRow[] = [];
  for (let after: QueueKey | null = null; ;) {
    const page = await t.store.listQueue(filter, after, size);
    rows.push(...page);
    if (page.length < size) return rows;
    after = keyOf(page[page.length - 1]!);
  }
}

/** Reason → how many queued reviews carry it, from the expectation. */
function expectedReasons(filter: (e: Expected) => boolean = () => true) {
  const counts = new Map<string, number>();
  for (const e of expected.filter(filter)) for (const r of e.reasons) counts.set(r, (counts.get(r) ?? 0) + 1);
  return [...counts]
    .map(([reason, count]) => ({ reason, count }))
    .sort((a, b) => b.count - a.count || (a.reason < b.reason ? -1 : a.reason > b.reason ? 1 : 0));
}

beforeAll(async () => {
  const seed = (slug: string, name: string) => ({ slug, name, category: 'streaming', taxonomy: [] });
  await t.store.seedCompanies([seed('acme', 'Acme'), seed('globex', 'Globex')], T - 1000 * MIN);
  acme = (await t.store.findCompanyBySlug('acme'))!.id;
  globex = (await t.store.findCompanyBySlug('globex'))!.id;
  const hold = (reasons: string[]) => record(reasons);
  await queue(
    'personal',
    acme,
    { riskScore: 5, moderation: record([], { redactions: { phone: 1 }, decision: 'hold' }), createdAt: T + 1 * MIN },
    3,
  );
  await queue('slur', acme, { riskScore: 5, moderation: hold(['slur']), createdAt: T + 2 * MIN }, 2, ['slur']);
  await queue('link', acme, { riskScore: 5, moderation: hold(['link in text']), createdAt: T + 3 * MIN }, 1, ['link in text']);
  await queue('link-same-time', acme, { riskScore: 5, moderation: hold(['link in text']), createdAt: T + 3 * MIN }, 1, ['link in text']);
  await queue('link-older', acme, { riskScore: 5, moderation: hold(['link in text']), createdAt: T }, 1, ['link in text']);
  await queue('plain', acme, { riskScore: 5, createdAt: T + 4 * MIN }, 0);
  await queue('plain-later', acme, { riskScore: 5, createdAt: T + 5 * MIN }, 0);
  await queue('riskiest', acme, { riskScore: 7.5, moderation: hold(['shouting']), createdAt: T + 6 * MIN }, 1, ['shouting']);
  await queue('empty-list-redactions', acme, { riskScore: 0, moderation: record([], { redactions: [] }), createdAt: T + 7 * MIN }, 0);
  await queue('threat', globex, { riskScore: 2.25, moderation: hold(['threat of violence', 'shouting']), createdAt: T + 8 * MIN }, 2, [
    'threat of violence',
    'shouting',
  ]);
  await queue('globex-link', globex, { riskScore: 2.25, moderation: hold(['link in text']), createdAt: T + 9 * MIN }, 1, ['link in text']);
  // Published reviews: out of the queue until readers report them.
  const published = { status: 'published' as const, publishedAt: T };
  await queue('published-quiet', acme, { ...published, riskScore: 9 }, 0);
  await queue('offensive', acme, { ...published, riskScore: 1, moderation: hold(['link in text']), createdAt: T + 10 * MIN }, 1, [
    'link in text',
  ]);
  await queue('spam', globex, { ...published, riskScore: 0.5, createdAt: T + 11 * MIN }, 0);
  // Same queue risk (4.5) and tier as 'spam', older, but one report fewer: it comes after.
  await queue('spam-once', globex, { ...published, riskScore: 1.5, createdAt: T + 10 * MIN }, 0);
  await queue('fake', acme, { ...published, riskScore: 0, createdAt: T + 12 * MIN }, 0);
  await report('offensive', ['offensive']);
  await report('spam', ['spam', 'other']);
  await report('spam-once', ['spam']);
  await report('fake', ['fake'], 1);
});

describe('queue order', () => {
  it('puts the riskiest first (score plus reports), then tier, reports and age, each row with its tier and risk', async () => {
    const rows = await t.store.listQueue({}, null, 100);
    expect(rows).toEqual(await expectedOrder());
    expect(rows.map((r) => r.id)).not.toContain(byName.get('published-quiet')!.id);
    expect(rows[0]!.id).toBe(byName.get('offensive')!.id);
    expect(rows[0]!.queueRisk).toBe(9);
    const fake = rows.find((r) => r.id === byName.get('fake')!.id)!;
    expect(fake).toMatchObject({ status: 'pending', queueRisk: 3, reportCount: 1 });
    const [spam, spamOnce] = ['spam', 'spam-once'].map((name) => rows.findIndex((r) => r.id === byName.get(name)!.id));
    expect(spamOnce).toBe(spam! + 1);
  });

  it('stops at the limit, and pages by key without gaps or repeats at any page size', async () => {
    const all = await expectedOrder();
    expect(await t.store.listQueue({}, null, 3)).toEqual(all.slice(0, 3));
    for (const size of [1, 2, 3, 5]) expect(await walk({}, size), `pages of ${size}`).toEqual(all);
  });

  it('filters by company, by pipeline reason and by open reports, pages included', async () => {
    expect(await walk({ companyId: globex }, 1)).toEqual(await expectedOrder((e) => e.companyId === globex));
    expect(await walk({ companyId: acme }, 4)).toEqual(await expectedOrder((e) => e.companyId === acme));
    const link = await expectedOrder((e) => e.reasons.includes('link in text'));
    expect(link.map((r) => r.id)).toContain(byName.get('offensive')!.id);
    expect(await walk({ reason: 'link in text' }, 2)).toEqual(link);
    expect(await walk({ reason: 'link in text', companyId: globex }, 2)).toEqual(
      await expectedOrder((e) => e.reasons.includes('link in text') && e.companyId === globex),
    );
    expect(await walk({ reported: true }, 1)).toEqual(await expectedOrder((e) => e.reported));
    expect(await walk({ reported: true, companyId: acme }, 5)).toEqual(await expectedOrder((e) => e.reported && e.companyId === acme));
    expect(await t.store.listQueue({ reason: 'no such reason' }, null, 10)).toEqual([]);
  });
});

describe('queue totals and reasons', () => {
  it('count what the listing shows, for every filter', async () => {
    for (const filter of [
      {},
      { companyId: acme },
      { companyId: globex },
      { reason: 'link in text' },
      { reason: 'shouting', companyId: globex },
      { reported: true },
      { reported: true, companyId: globex },
    ] satisfies QueueFilter[]) {
      expect(await t.store.countQueue(filter), JSON.stringify(filter)).toBe((await t.store.listQueue(filter, null, 1000)).length);
    }
    expect(await t.store.countQueue({})).toBe(expected.length);
  });

  it('count each pipeline reason of the queued reviews, most common first', async () => {
    expect(await t.store.countQueueReasons()).toEqual(expectedReasons());
    expect(await t.store.countQueueReasons(globex)).toEqual(expectedReasons((e) => e.companyId === globex));
    expect(await t.store.countQueueReasons(acme)).toEqual(expectedReasons((e) => e.companyId === acme));
  });

  it('find the open reports of the given reviews, oldest first', async () => {
    const spam = byName.get('spam')!.id;
    const reports = await t.store.findOpenReports([spam, byName.get('plain')!.id]);
    expect(reports.map((r) => [r.reviewId, r.reason, r.clientHash, r.resolvedAt])).toEqual([
      [spam, 'spam', 'reader-0', null],
      [spam, 'other', 'reader-1', null],
    ]);
    expect(await t.store.findOpenReports([])).toEqual([]);
  });

  it('follow a review leaving the queue, and agree with a rebuild from the reviews', async () => {
    const riskiest = byName.get('riskiest')!;
    const total = await t.store.countQueue({});
    expect(await t.store.changeReviewStatus(riskiest.id, 'pending', 'published', T + 200 * MIN)).toMatchObject({ status: 'published' });
    expected.splice(expected.indexOf(riskiest), 1);
    expect(await t.store.countQueue({})).toBe(total - 1);
    expect(await t.store.countQueue({ companyId: acme })).toBe(expected.filter((e) => e.companyId === acme).length);
    expect(await t.store.countQueueReasons()).toEqual(expectedReasons());
    expect(await t.store.listQueue({}, null, 100)).toEqual(await expectedOrder());
    await t.store.rebuildAggregates();
    expect(await t.store.countQueue({})).toBe(total - 1);
    expect(await t.store.countQueue({ companyId: globex })).toBe(expected.filter((e) => e.companyId === globex).length);
    expect(await t.store.countQueueReasons()).toEqual(expectedReasons());
  });

  it('count a review once when two moderators decide it at the same moment, and every one of many decided together', async () => {
    const contested = byName.get('link-same-time')!;
    const total = await t.store.countQueue({});
    const outcomes = await Promise.all([
      t.store.changeReviewStatus(contested.id, 'pending', 'published', T + 300 * MIN),
      t.store.changeReviewStatus(contested.id, 'pending', 'rejected', T + 300 * MIN),
    ]);
    expect(outcomes.filter((o) => o !== undefined)).toHaveLength(1);
    expected.splice(expected.indexOf(contested), 1);
    expect(await t.store.countQueue({})).toBe(total - 1);

    const many = ['link', 'link-older', 'plain', 'globex-link'].map((name) => byName.get(name)!);
    await Promise.all(many.map((e) => t.store.changeReviewStatus(e.id, 'pending', 'rejected', T + 301 * MIN)));
    for (const e of many) expected.splice(expected.indexOf(e), 1);
    expect(await t.store.countQueue({})).toBe(total - 5);
    expect(await t.store.countQueue({ reason: 'link in text' })).toBe(expected.filter((e) => e.reasons.includes('link in text')).length);
    expect(await t.store.countQueueReasons()).toEqual(expectedReasons());
    expect(await walk({}, 2)).toEqual(await expectedOrder());
  });
});
