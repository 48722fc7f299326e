// The reply figures of the patterns area, on SQLite and on PostgreSQL: published replies to published reviews
// counted per company, the median time to answer walked along the figures index (odd and even counts), answers to
// offers of a resolution; held replies, replies under reviews taken down and other companies' replies left out.
import { beforeAll, describe, expect, it } from 'vitest';
import { useStore } from '../helpers/test-store';
import type { ReplyRow, ReviewRow } from '../../server/domain/store';
import { replyRow, reviewRow, type ReviewRowInput } from '../helpers/review-rows';

const t = useStore();
const NOW = Date.UTC(2026, 5, 15, 12);
const HOUR = 3_600_000;

async function seedCompany(slug: string): Promise<number> {
  await t.store.seedCompanies([{ slug, name: slug, category: 'Mobile network', taxonomy: [] }], NOW);
  return (await t.store.findCompanyBySlug(slug))!.id;
}

/** A published complaint, unresolved. */
const addReview = (companyId: number, over: Partial<ReviewRowInput> = {}): Promise<ReviewRow> =>
  t.store.insertReview(reviewRow(companyId, NOW, { rating: 2, body: 'The agent promised a refund', resolved: 'no', ...over }));

/** A reply written `hours` after the review was published. */
async function answer(review: ReviewRow, hours: number, over: Partial<ReplyRow> = {}) {
  const at = NOW + hours * HOUR;
  const reply = replyRow(review, at, { answerMs: hours * HOUR, ...over });
  await t.store.changeReply(review.id, () => ({ reply, audit: [] }));
}

describe('findReplyFigures', () => {
  let acme: number;
  let other: number;
  beforeAll(async () => {
    acme = await seedCompany('acme');
    other = await seedCompany('other');
  });

  it('is all zero, with no median, for a company without replies', async () => {
    await addReview(acme);
    expect(await t.store.findReplyFigures(acme)).toEqual({ answered: 0, medianAnswerMs: null, resolutionAnswers: 0, resolved: 0 });
  });

  it('counts published replies to published reviews and walks to the median', async () => {
    const company = await seedCompany('median');
    for (const hours of [30, 1, 10, 2, 9]) await answer(await addReview(company), hours);
    expect(await t.store.findReplyFigures(company)).toEqual({ answered: 5, medianAnswerMs: 9 * HOUR, resolutionAnswers: 0, resolved: 0 });
    // An even count: the mean of the two middle times.
    await answer(await addReview(company), 12);
    expect((await t.store.findReplyFigures(company)).medianAnswerMs).toBe(9.5 * HOUR);
  });

  it('leaves out held replies, replies under reviews taken down and other companies', async () => {
    const company = await seedCompany('mixed');
    await answer(await addReview(company), 1);
    await answer(await addReview(company), 2);
    await answer(await addReview(company), 50, { status: 'held', publishedAt: null });
    const removed = await addReview(company);
    await answer(removed, 70);
    await t.store.changeReviewStatus(removed.id, 'published', 'removed', NOW + 80 * HOUR);
    await answer(await addReview(other), 90);
    expect(await t.store.findReplyFigures(company)).toEqual({ answered: 2, medianAnswerMs: 1.5 * HOUR, resolutionAnswers: 0, resolved: 0 });
  });

  it('counts the answers to offers of a resolution, and those answered resolved', async () => {
    const company = await seedCompany('offers');
    const answers = ['resolved', 'resolved', 'not-resolved', null] as const;
    for (const [i, resolution] of answers.entries()) {
      await answer(await addReview(company), i + 1, {
        offersResolution: true,
        resolution,
        resolutionAt: resolution ? NOW + 9 * HOUR : null,
      });
    }
    await answer(await addReview(company), 5);
    expect(await t.store.findReplyFigures(company)).toEqual({ answered: 5, medianAnswerMs: 3 * HOUR, resolutionAnswers: 3, resolved: 2 });
  });
});
