// Writes of the maintained pattern counters: one published review moved in (+1) or out (-1). Every
// statement is prepared once; a delta is a handful of upserts plus one per distinct phrase.
import { and, eq, lte, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { patternBreakdowns, patternGroups, patternPhrases, patternVersions } from '../schema';
import {
  breakdownKeys,
  groupCounts,
  groupValues,
  reviewPhrases,
  GROUP_DIMENSIONS,
  type PatternFacts,
} from '../../server/domain/patterns/aggregate-keys';

const p = sql.placeholder;
const add = (column: { name: string }) => sql`${sql.identifier(column.name)} + excluded.${sql.identifier(column.name)}`;

let localEpoch = 0;

/**
 * Counts figure changes made by this process, whatever the database: a cache may trust an entry without a
 * database read while this is unchanged (changes made by other processes are caught by the version, read at
 * most once a second). A rolled-back change only costs a rebuild.
 */
export const localFiguresEpoch = () => localEpoch;
export const noteFiguresChanged = () => void localEpoch++;

/**
 * The company's figures version, which cached responses are checked against: bumped with every change to a
 * maintained figure and every moderation event (the transparency report and burst notice read those).
 */
export function figuresVersionQueries(db: DbOrTx) {
  const v = patternVersions;
  const bump = db
    .insert(v)
    .values({ companyId: p('companyId'), version: 1 })
    .onConflictDoUpdate({ target: v.companyId, set: { version: sql`${sql.identifier(v.version.name)} + 1` } })
    .prepare();
  return {
    bumpFiguresVersion(companyId: number): void {
      bump.run({ companyId });
      noteFiguresChanged();
    },
  };
}

export function patternWriteQueries(db: DbOrTx) {
  const g = patternGroups;
  const bumpGroup = db
    .insert(g)
    .values({
      companyId: p('companyId'),
      dimension: p('dimension'),
      value: p('value'),
      reviewCount: p('reviewCount'),
      ratingSum: p('ratingSum'),
      resolvedYes: p('resolvedYes'),
      resolvedPartly: p('resolvedPartly'),
      nextStepsYes: p('nextStepsYes'),
      nextStepsAnswered: p('nextStepsAnswered'),
      negativeCount: p('negativeCount'),
    })
    .onConflictDoUpdate({
      target: [g.companyId, g.dimension, g.value],
      set: {
        reviewCount: add(g.reviewCount),
        ratingSum: add(g.ratingSum),
        resolvedYes: add(g.resolvedYes),
        resolvedPartly: add(g.resolvedPartly),
        nextStepsYes: add(g.nextStepsYes),
        nextStepsAnswered: add(g.nextStepsAnswered),
        negativeCount: add(g.negativeCount),
      },
    })
    .prepare();
  const b = patternBreakdowns;
  const bumpBreakdown = db
    .insert(b)
    .values({ companyId: p('companyId'), breakdown: p('breakdown'), value: p('value'), subValue: p('subValue'), count: p('by') })
    .onConflictDoUpdate({ target: [b.companyId, b.breakdown, b.value, b.subValue], set: { count: add(b.count) } })
    .prepare();
  const ph = patternPhrases;
  const bumpPhrase = db
    .insert(ph)
    .values({ companyId: p('companyId'), issueType: p('issueType'), phrase: p('phrase'), count: p('by') })
    .onConflictDoUpdate({ target: [ph.companyId, ph.issueType, ph.phrase], set: { count: add(ph.count) } })
    .prepare();
  // Phrases are the one open-ended key, so their rows go when no published review says them any more.
  const dropSpentPhrase = db
    .delete(ph)
    .where(and(eq(ph.companyId, p('companyId')), eq(ph.issueType, p('issueType')), eq(ph.phrase, p('phrase')), lte(ph.count, 0)))
    .prepare();
  const { bumpFiguresVersion } = figuresVersionQueries(db);

  return {
    /** sign +1 when the review becomes published, -1 when it stops being published (as it was). */
    applyPatternDelta(review: PatternFacts, sign: 1 | -1): void {
      const { companyId } = review;
      const counts = groupCounts(review);
      const values = groupValues(review);
      for (const dimension of GROUP_DIMENSIONS) {
        bumpGroup.run({
          companyId,
          dimension,
          value: values[dimension],
          reviewCount: sign * counts.reviewCount,
          ratingSum: sign * counts.ratingSum,
          resolvedYes: sign * counts.resolvedYes,
          resolvedPartly: sign * counts.resolvedPartly,
          nextStepsYes: sign * counts.nextStepsYes,
          nextStepsAnswered: sign * counts.nextStepsAnswered,
          negativeCount: sign * counts.negativeCount,
        });
      }
      for (const [breakdown, value, subValue] of breakdownKeys(review)) {
        bumpBreakdown.run({ companyId, breakdown, value, subValue, by: sign });
      }
      const issueType = review.issueType;
      for (const phrase of reviewPhrases(review)) {
        bumpPhrase.run({ companyId, issueType, phrase, by: sign });
        if (sign < 0) dropSpentPhrase.run({ companyId, issueType, phrase });
      }
      bumpFiguresVersion(companyId);
    },
  };
}
