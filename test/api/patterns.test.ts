import { afterEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/server';
import { buildReview } from '../helpers/fixtures';
import {
  NOT_ENOUGH_REVIEWS,
  type BurstList,
  type CompanyList,
  type CompanyPatterns,
  type CompanyTrend,
  type ContactMethodPattern,
  type IssueTypePattern,
} from '../../server/contract/patterns';
import type { SubmissionResponse } from '../../server/contract/manage';
import type { CompanyDetail } from '../../server/contract/review';
import type { ErrorBody } from '../../server/contract/errors';
import { hashPassword } from '../../server/domain/auth/password';
import { RECHECK_MS } from '../../server/domain/company-version-cache';
import { rawExec } from '../helpers/raw-db';

const T0 = Date.UTC(2026, 5, 15, 12);
let clock = T0;
let server: TestServer;
let serial = 0;

async function start(overrides = {}) {
  clock = T0;
  server = await startTestServer(overrides, { now: () => clock });
  return server;
}
afterEach(async () => {
  await server.stop();
  server.remove();
});

/** Posts a review with a body of its own (identical bodies may be held as duplicates) and expects it published. */
async function post(overrides: Record<string, unknown> = {}, slug = 'netflix') {
  serial++;
  const body = `${overrides.body ?? 'The chat agent was polite and looked into my account'} (note ${serial} of the test).`;
  const res = await server.request<SubmissionResponse>(`/api/companies/${slug}/reviews`, {
    method: 'POST',
    json: buildReview({ ...overrides, body }),
  });
  expect(res.status).toBe(201);
  return res.body.review;
}

async function signInModerator(): Promise<string> {
  const email = 'mod@example.com';
  const password = 'a long moderator password';
  await server.store.insertModerator(
    { email, role: 'moderator', passwordHash: await hashPassword(password), createdAt: clock, updatedAt: clock },
    (row) => ({ at: clock, actorId: null, actorEmail: null, action: 'moderator.add', targetType: 'moderator', targetId: row.id }),
  );
  const res = await server.request('/api/auth/login', { method: 'POST', json: { email, password }, headers: { origin: server.url } });
  expect(res.status).toBe(200);
  return res.headers.get('set-cookie')!.split(';')[0]!;
}

const patterns = async (slug = 'netflix') => (await server.request<CompanyPatterns>(`/api/companies/${slug}/patterns`)).body;
// A group read as the fullest kind, issue type's and contact method's fields together; thin groups have fewer.
type Group = IssueTypePattern & ContactMethodPattern;
const group = (list: { value: string }[], value: string) => list.find((g) => g.value === value) as Group;

describe('GET /api/companies/:slug/patterns', () => {
  it('says there are not enough reviews, with no percentage, until a group has PATTERN_MIN_REVIEWS', async () => {
    await start();
    for (let i = 0; i < 4; i++) await post({ issueType: 'billing' });
    let body = await patterns();
    expect(group(body.issueTypes, 'billing')).toEqual({
      enough: false,
      value: 'billing',
      label: 'Billing and charges',
      reviews: 4,
      message: NOT_ENOUGH_REVIEWS,
    });
    expect(body.sentiment).toMatchObject({ enough: false, shares: null, message: NOT_ENOUGH_REVIEWS });
    expect(JSON.stringify(body.issueTypes)).not.toContain('rate');

    await post({ issueType: 'billing' });
    body = await patterns();
    const billing = group(body.issueTypes, 'billing');
    expect(billing.enough).toBe(true);
    expect(billing.share).toMatchObject({ count: 5, of: 5, rate: 1 });
    expect(billing.resolved.low).toBeLessThan(billing.resolved.rate);
  });

  it('follows PATTERN_MIN_REVIEWS from the configuration', async () => {
    await start({ patternMinReviews: 2 });
    await post({ issueType: 'login' });
    await post({ issueType: 'login' });
    expect(group((await patterns()).issueTypes, 'login').enough).toBe(true);
  });

  it('reports resolution, next steps, the most common outcome and the typical response time of each group', async () => {
    await start();
    const answers = [
      { resolved: 'yes', outcome: 'refund', nextStepsExplained: true, responseTime: 'under-5-min', contactMethod: 'phone', rating: 5 },
      { resolved: 'yes', outcome: 'refund', nextStepsExplained: true, responseTime: '5-30-min', contactMethod: 'phone', rating: 4 },
      {
        resolved: 'partly',
        outcome: 'partial-refund',
        nextStepsExplained: false,
        responseTime: '1-24-h',
        contactMethod: 'phone',
        rating: 3,
      },
      { resolved: 'no', outcome: 'no-action', nextStepsExplained: false, responseTime: 'over-a-day', contactMethod: 'phone', rating: 1 },
      { resolved: 'no', outcome: 'refund', responseTime: 'over-a-day', contactMethod: 'phone', rating: 1 },
      { resolved: 'no', outcome: 'no-action', responseTime: 'no-response', contactMethod: 'email', billingParty: 'app-store', rating: 1 },
    ];
    for (const a of answers) await post({ issueType: 'billing', nextStepsExplained: undefined, ...a });
    const body = await patterns();
    const billing = group(body.issueTypes, 'billing');
    expect(billing.resolved).toMatchObject({ count: 2, of: 6, rate: 0.333 });
    expect(billing.partlyResolved).toMatchObject({ count: 1, of: 6 });
    // Only the four who answered the question count.
    expect(billing.nextStepsExplained).toMatchObject({ count: 2, of: 4, rate: 0.5 });
    expect(billing.mostCommonOutcome).toEqual({ value: 'refund', label: 'Refund', count: 3 });
    expect(billing.meanRating).toBe(2.5);
    const phone = group(body.contactMethods, 'phone');
    expect(phone.typicalResponseTime).toMatchObject({ value: '1-24-h', label: '1 to 24 hours' });
    expect(group(body.contactMethods, 'email')).toMatchObject({ enough: false, reviews: 1 });
    expect(group(body.billingParties, 'company').share).toMatchObject({ count: 5, of: 6 });
    expect(body.rating.summary.count).toBe(6);
  });

  it('finds recurring phrases, leaving out stop words, removed personal data and masked words', async () => {
    await start();
    const texts = [
      'I was charged twice for the same month and the refund never arrived',
      'Charged twice again, called them at [phone number removed] and got a f— bot',
      'They charged twice and refund never arrived, the f— bot was useless',
      'The f— bot again. I was charged twice, [phone number removed] rang out',
      'Support was slow but the duplicate payment was sorted',
    ];
    for (const body of texts) await post({ issueType: 'billing', body, title: undefined });
    const billing = group((await patterns()).issueTypes, 'billing');
    expect(billing.phrases[0]).toEqual({ phrase: 'charged twice', count: 4 });
    expect(billing.phrases).toContainEqual({ phrase: 'refund never arrived', count: 2 });
    const all = billing.phrases.map((p: { phrase: string }) => p.phrase).join('|');
    expect(all).not.toMatch(/removed|phone number|\bf\b|—|bot again| the |^the /);
    // Said once is not a pattern.
    expect(all).not.toContain('duplicate payment');
  });

  it('moves with a removal and a restore at once', async () => {
    await start();
    const ids = [];
    for (let i = 0; i < 6; i++) ids.push((await post({ issueType: 'streaming', rating: 1 })).id);
    expect(group((await patterns()).issueTypes, 'streaming').reviews).toBe(6);
    await server.store.changeReviewStatus(ids[0]!, 'published', 'removed', clock);
    const body = await patterns();
    expect(group(body.issueTypes, 'streaming').reviews).toBe(5);
    expect(body.rating.summary.count).toBe(5);
    expect((await server.request<CompanyDetail>('/api/companies/netflix')).body.summary.count).toBe(5);
    await server.store.changeReviewStatus(ids[0]!, 'removed', 'published', clock);
    expect(group((await patterns()).issueTypes, 'streaming').reviews).toBe(6);
    expect((await server.request<CompanyDetail>('/api/companies/netflix')).body.summary.count).toBe(6);
  });

  it('shows the last 12 months of moderation figures with the most common reasons', async () => {
    await start();
    await post();
    // Read once so a cached copy exists: a held submission changes no figure, only the moderation counts.
    expect((await patterns()).transparency).toMatchObject({ submitted: 1, held: 0 });
    const base = {
      companyId: (await server.store.findCompanyBySlug('netflix'))!.id,
      rating: 2,
      body: 'Held for a look.',
      displayName: 'Sam',
      issueType: 'billing',
      contactMethod: 'phone',
      billingParty: 'company',
      resolved: 'no',
      createdAt: clock,
      updatedAt: clock,
    };
    await server.store.insertReview({ ...base, status: 'pending', moderation: JSON.stringify({ reasons: ['link in text'] }) });
    // Thirteen months ago is outside the report.
    const old = clock - 400 * 86_400_000;
    await server.store.insertReview({
      ...base,
      status: 'pending',
      createdAt: old,
      updatedAt: old,
      moderation: JSON.stringify({ reasons: ['old reason'] }),
    });
    const { transparency } = await patterns();
    expect(transparency).toMatchObject({ since: '2025-07', months: 12, submitted: 2, publishedAtOnce: 1, held: 1 });
    expect(transparency.topReasons).toEqual([{ reason: 'link in text', count: 1 }]);
  });

  it('serves a change made by another process (another instance, the rebuild command) within RECHECK_MS', async () => {
    await start();
    await post({ rating: 5 });
    expect((await server.request<CompanyDetail>('/api/companies/netflix')).body.summary.count).toBe(1);
    expect((await patterns()).rating.summary.count).toBe(1);
    // Written straight to the database, as another process would: this process's own change counter does not move.
    await rawExec(
      server,
      `update company_summaries set review_count = 2, rating_sum = 10, stars_5 = 2 where company_id = (select id from companies where slug = 'netflix');
      update pattern_versions set version = version + 1 where company_id = (select id from companies where slug = 'netflix')`,
    );
    await new Promise((resolve) => setTimeout(resolve, RECHECK_MS + 50));
    expect((await server.request<CompanyDetail>('/api/companies/netflix')).body.summary.count).toBe(2);
    expect((await patterns()).rating.summary.count).toBe(2);
  });

  it('answers 404 for an unknown company', async () => {
    await start();
    for (const path of ['patterns', 'patterns.csv', 'trend', 'trend.csv']) {
      const res = await server.request<ErrorBody>(`/api/companies/no-such-company/${path}`);
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe('not_found');
    }
  });
});

describe('GET /api/companies/:slug/trend', () => {
  it('gives 24 months, oldest first, with mean rating, negative share and top issue type', async () => {
    await start();
    clock = Date.UTC(2026, 3, 10);
    for (let i = 0; i < 5; i++) await post({ issueType: i < 3 ? 'login' : 'billing', rating: 1, body: 'Awful, rude and useless support' });
    clock = Date.UTC(2026, 5, 2);
    await post({ rating: 5 });
    const { body } = await server.request<CompanyTrend>('/api/companies/netflix/trend');
    expect(body.months).toHaveLength(24);
    expect(body.months[0]!.month).toBe('2024-07');
    expect(body.months[23]).toMatchObject({
      month: '2026-06',
      reviews: 1,
      meanRating: 5,
      enough: false,
      negativeShare: null,
      topIssueType: null,
    });
    expect(body.months[21]).toMatchObject({
      month: '2026-04',
      reviews: 5,
      meanRating: 1,
      enough: true,
      negativeShare: { count: 5, of: 5, rate: 1 },
      topIssueType: { value: 'login', count: 3 },
    });
    expect(body.months[22]).toMatchObject({ month: '2026-05', reviews: 0, meanRating: null });
  });
});

describe('CSV', () => {
  it('serves the patterns and the trend as spreadsheet files, thin groups with the note and no share', async () => {
    await start();
    for (let i = 0; i < 5; i++) await post({ issueType: 'billing' });
    await post({ issueType: 'login' });
    const patternsCsv = await server.request<string>('/api/companies/netflix/patterns.csv');
    expect(patternsCsv.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(patternsCsv.headers.get('content-disposition')).toContain('netflix-patterns.csv');
    const lines = patternsCsv.body.trim().split('\r\n');
    expect(lines[0]).toMatch(/^section,value,label,reviews,share,share_low,share_high/);
    expect(lines).toContain(`issue_type,login,Login and password,1,,,,,,,,,,,,${NOT_ENOUGH_REVIEWS}`);
    expect(lines.find((l) => l.startsWith('issue_type,billing,'))).toMatch(
      /^issue_type,billing,Billing and charges,5,0\.833,0\.436,0\.97,/,
    );

    const trend = await server.request<string>('/api/companies/netflix/trend.csv');
    const rows = trend.body.trim().split('\r\n');
    expect(rows).toHaveLength(25);
    expect(rows[24]).toMatch(/^2026-06,6,2,/);
  });
});

describe('burst notice', () => {
  it('appears when many reviews for one company come from one client in a day, and moderators see it too', async () => {
    await start();
    for (let i = 0; i < 4; i++) await post({}, 'hulu');
    expect((await patterns('hulu')).notices).toEqual([]);
    await post({}, 'hulu');
    const [notice] = (await patterns('hulu')).notices;
    expect(notice).toMatchObject({ kind: 'burst', reviewsLastDay: 5, fromOneClient: 5 });
    expect(notice!.message).toMatch(/unusual number of reviews/);

    expect((await server.request('/api/moderation/bursts')).status).toBe(401);
    const cookie = await signInModerator();
    const seen = await server.request<BurstList>('/api/moderation/bursts', { headers: { cookie } });
    expect(seen.status).toBe(200);
    expect(seen.body.bursts).toEqual([{ company: { slug: 'hulu', name: 'Hulu' }, notice }]);

    clock += 25 * 60 * 60 * 1000;
    expect((await patterns('hulu')).notices).toEqual([]);
  });

  it('appears when a day brings far more reviews than the company usually gets', async () => {
    await start();
    const companyId = (await server.store.findCompanyBySlug('max'))!.id;
    const review = (i: number, at: number) => ({
      companyId,
      rating: 1,
      body: `Review number ${i}.`,
      displayName: 'Sam',
      issueType: 'billing',
      contactMethod: 'phone',
      billingParty: 'company',
      resolved: 'no',
      status: 'published' as const,
      clientHash: `client-${i}`,
      createdAt: at,
      updatedAt: at,
    });
    // A usual rate of about one a day over the three months before this one…
    for (let i = 0; i < 90; i++) await server.store.insertReview(review(i, Date.UTC(2026, 2, 1) + i * 86_400_000));
    for (let i = 0; i < 19; i++) await server.store.insertReview(review(100 + i, clock - i * 60_000));
    expect((await patterns('max')).notices).toEqual([]);
    // …and twenty in the last day.
    await server.store.insertReview(review(200, clock));
    expect((await patterns('max')).notices[0]).toMatchObject({ reviewsLastDay: 20, usualDailyRate: 1, fromOneClient: 1 });
  });
});

describe('GET /api/companies ranking', () => {
  it('ranks by the confidence-adjusted score by default, and by review count or resolution rate on request', async () => {
    await start();
    // Hulu: two 5-star reviews. Netflix: twelve reviews averaging 4.5, mostly unresolved. Max: six 1-star, all resolved.
    for (let i = 0; i < 2; i++) await post({ rating: 5 }, 'hulu');
    for (let i = 0; i < 12; i++) await post({ rating: i % 2 ? 5 : 4, resolved: i < 3 ? 'yes' : 'no' }, 'netflix');
    for (let i = 0; i < 6; i++) await post({ rating: 1, resolved: 'yes' }, 'max');
    const order = async (query: string) =>
      (await server.request<CompanyList>(`/api/companies${query}`)).body.companies.map((c) => c.slug).slice(0, 3);
    expect(await order('')).toEqual(['netflix', 'hulu', expect.any(String)]);
    expect(await order('?sort=score')).toEqual(await order(''));
    expect(await order('?sort=reviews')).toEqual(['netflix', 'max', 'hulu']);
    expect(await order('?sort=resolution')).toEqual(['max', 'netflix', expect.any(String)]);

    const { body } = await server.request<CompanyList>('/api/companies');
    const hulu = body.companies.find((c: { slug: string }) => c.slug === 'hulu')!;
    expect(hulu.ranking.score).toMatchObject({ method: 'bayesian-average', priorWeight: 10 });
    expect(hulu.ranking.resolution).toBeNull();
  });

  it('refuses an unknown sort, naming the field', async () => {
    await start();
    const res = await server.request<ErrorBody>('/api/companies?sort=loudest');
    expect(res.status).toBe(400);
    expect(res.body.error.fields).toHaveProperty('sort');
  });
});
