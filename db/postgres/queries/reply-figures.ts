// The reply figures of a company on PostgreSQL: the twin of db/sqlite/queries/reply-figures.ts. Counted, and walked
// to the median, along the replies' figures index; the replies whose review was taken down since are read apart and
// taken off. Counts come back as text, hence mapWith.
import { and, asc, eq, inArray, isNotNull, sql, type SQL } from 'drizzle-orm';
import type { PgQuery } from '../connection';
import { reviewReplies, reviews } from '../schema';
import { REVIEW_STATUSES } from '../../../server/contract/review-limits';
import type { ReplyFigures } from '../../../server/contract/store';
import { medianWithout } from '../../median-window';

const r = reviewReplies;
const UNPUBLISHED = REVIEW_STATUSES.filter((s) => s !== 'published');
const count = (where?: SQL) => (where ? sql<number>`count(*) filter (where ${where})` : sql<number>`count(*)`).mapWith(Number);

export async function findReplyFigures(q: PgQuery, companyId: number): Promise<ReplyFigures> {
  const published = and(eq(r.companyId, companyId), eq(r.status, 'published'));
  const [all] = await q
    .select({
      answered: count(),
      timed: count(sql`${r.answerMs} is not null`),
      resolutionAnswers: count(sql`${r.offersResolution} and ${r.resolution} is not null`),
      resolved: count(sql`${r.offersResolution} and ${r.resolution} = 'resolved'`),
    })
    .from(r)
    .where(published);
  // Few reviews with a reply ever leave publication (removed, or edited and held), so this reads little.
  const gone = await q
    .select({ answerMs: r.answerMs, offersResolution: r.offersResolution, resolution: r.resolution })
    .from(reviews)
    .innerJoin(r, and(eq(r.reviewId, reviews.id), eq(r.status, 'published')))
    .where(and(eq(reviews.companyId, companyId), inArray(reviews.status, UNPUBLISHED)));
  const excluded = gone.flatMap((g) => (g.answerMs === null ? [] : [g.answerMs]));
  const medianAnswerMs = await medianWithout(all?.timed ?? 0, excluded, async (offset) => {
    const [row] = await q
      .select({ answerMs: r.answerMs })
      .from(r)
      .where(and(published, isNotNull(r.answerMs)))
      .orderBy(asc(r.answerMs))
      .limit(1)
      .offset(offset);
    return row!.answerMs!;
  });
  return {
    answered: (all?.answered ?? 0) - gone.length,
    medianAnswerMs,
    resolutionAnswers: (all?.resolutionAnswers ?? 0) - gone.filter((g) => g.offersResolution && g.resolution !== null).length,
    resolved: (all?.resolved ?? 0) - gone.filter((g) => g.offersResolution && g.resolution === 'resolved').length,
  };
}
