// The reply figures of a company, from the replies' figures index alone (company, status, answer_ms, offer, answer):
// the counts are one range of it and the median a walk in its order to the middle entry. The replies whose review
// was taken down since are read apart, through the company's unpublished reviews, and taken off.
import { and, asc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../connection';
import { REVIEW_STATUSES, reviewReplies, reviews } from '../schema';
import type { ReplyFigures } from '../../../server/contract/store';
import { medianWithout } from '../../median-window';

const p = sql.placeholder;
const UNPUBLISHED = REVIEW_STATUSES.filter((s) => s !== 'published');

export function replyFigureQueries(db: DbOrTx) {
  const r = reviewReplies;
  const counted = {
    answered: sql<number>`count(*)`,
    timed: sql<number>`count(${r.answerMs})`,
    resolutionAnswers: sql<number>`coalesce(sum(${r.offersResolution} and ${r.resolution} is not null), 0)`,
    resolved: sql<number>`coalesce(sum(${r.offersResolution} and ${r.resolution} = 'resolved'), 0)`,
  };
  const published = and(eq(r.companyId, p('companyId')), eq(r.status, 'published'));
  const counts = db.select(counted).from(r).where(published).prepare();
  // Few reviews with a reply ever leave publication (removed, or edited and held), so this reads little.
  const underUnpublished = db
    .select({ answerMs: r.answerMs, offersResolution: r.offersResolution, resolution: r.resolution })
    .from(reviews)
    .innerJoin(r, and(eq(r.reviewId, reviews.id), eq(r.status, 'published')))
    .where(and(eq(reviews.companyId, p('companyId')), inArray(reviews.status, UNPUBLISHED)))
    .prepare();
  const nth = db
    .select({ answerMs: r.answerMs })
    .from(r)
    .where(and(published, isNotNull(r.answerMs)))
    .orderBy(asc(r.answerMs))
    .limit(1)
    .offset(p('offset'))
    .prepare();

  return {
    async findReplyFigures(companyId: number): Promise<ReplyFigures> {
      const all = counts.get({ companyId }) ?? { answered: 0, timed: 0, resolutionAnswers: 0, resolved: 0 };
      const gone = underUnpublished.all({ companyId });
      const excluded = gone.flatMap((g) => (g.answerMs === null ? [] : [g.answerMs]));
      const medianAnswerMs = await medianWithout(all.timed, excluded, async (offset) => nth.get({ companyId, offset })!.answerMs!);
      return {
        answered: all.answered - gone.length,
        medianAnswerMs,
        resolutionAnswers: all.resolutionAnswers - gone.filter((g) => g.offersResolution && g.resolution !== null).length,
        resolved: all.resolved - gone.filter((g) => g.offersResolution && g.resolution === 'resolved').length,
      };
    },
  };
}
