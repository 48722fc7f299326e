// Writes of the maintained pattern counters: one published review moved in (+1) or out (-1). Every
// statement is prepared once; a delta is a handful of upserts plus one per distinct phrase.
import { and, eq, lte, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../client';
import { counterWrite } from './counter-write';
import { Tally } from './tally';
import { patternBreakdowns, patternGroups, patternPhrases, patternVersions } from '../schema';
import type { FigureRules, GroupCounts, PatternFacts } from '../../store-rules';
import { localFiguresEpoch, noteFiguresChanged } from '../../figures-epoch';

const p = sql.placeholder;
const add = (column: { name: string }) => sql`${sql.identifier(column.name)} + excluded.${sql.identifier(column.name)}`;

function addCounts(into: GroupCounts, more: GroupCounts): void {
  for (const k of Object.keys(into) as (keyof GroupCounts)[]) into[k] += more[k];
}

// The per-process epoch lives in db/figures-epoch.ts, shared with the PostgreSQL store; re-exported for callers here.
export { localFiguresEpoch, noteFiguresChanged };

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

export function patternWriteQueries(db: Db, rules: FigureRules) {
  const { dimensions, groupValues, groupCounts, breakdownKeys, reviewPhrases } = rules;
  const g = patternGroups;
  const bumpGroup = counterWrite(
    db,
    db
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
      }),
  );
  const b = patternBreakdowns;
  const bumpBreakdown = counterWrite(
    db,
    db
      .insert(b)
      .values({ companyId: p('companyId'), breakdown: p('breakdown'), value: p('value'), subValue: p('subValue'), count: p('by') })
      .onConflictDoUpdate({ target: [b.companyId, b.breakdown, b.value, b.subValue], set: { count: add(b.count) } }),
  );
  const ph = patternPhrases;
  const bumpPhrase = counterWrite(
    db,
    db
      .insert(ph)
      .values({ companyId: p('companyId'), issueType: p('issueType'), phrase: p('phrase'), count: p('by') })
      .onConflictDoUpdate({ target: [ph.companyId, ph.issueType, ph.phrase], set: { count: add(ph.count) } }),
  );
  // Phrases are the one open-ended key, so their rows go when no published review says them any more.
  const dropSpentPhrase = db
    .delete(ph)
    .where(and(eq(ph.companyId, p('companyId')), eq(ph.issueType, p('issueType')), eq(ph.phrase, p('phrase')), lte(ph.count, 0)))
    .prepare();
  const { bumpFiguresVersion } = figuresVersionQueries(db);

  /**
   * sign +1 when the reviews become published, -1 when they stop being published (as they were). Several reviews
   * at once (a group commit's new reviews) are added up first, so a counter they share is written once.
   */
  function applyPatternDeltas(reviews: readonly PatternFacts[], sign: 1 | -1): void {
    const groups = new Map<string, { companyId: number; dimension: string; value: string; counts: GroupCounts }>();
    const breakdowns = new Tally<{ companyId: number; breakdown: string; value: string; subValue: string }>();
    const phrases = new Tally<{ companyId: number; issueType: string; phrase: string }>();
    const companies = new Set<number>();
    for (const review of reviews) {
      const { companyId, issueType } = review;
      companies.add(companyId);
      const counts = groupCounts(review);
      const values = groupValues(review);
      for (const dimension of dimensions) {
        const key = JSON.stringify([companyId, dimension, values[dimension]!]);
        const entry = groups.get(key);
        if (entry) addCounts(entry.counts, counts);
        else groups.set(key, { companyId, dimension, value: values[dimension]!, counts: { ...counts } });
      }
      for (const [breakdown, value, subValue] of breakdownKeys(review)) breakdowns.add({ companyId, breakdown, value, subValue }, sign);
      for (const phrase of reviewPhrases(review)) phrases.add({ companyId, issueType, phrase }, sign);
    }
    for (const { companyId, dimension, value, counts: c } of groups.values()) {
      bumpGroup.run({
        companyId,
        dimension,
        value,
        reviewCount: sign * c.reviewCount,
        ratingSum: sign * c.ratingSum,
        resolvedYes: sign * c.resolvedYes,
        resolvedPartly: sign * c.resolvedPartly,
        nextStepsYes: sign * c.nextStepsYes,
        nextStepsAnswered: sign * c.nextStepsAnswered,
        negativeCount: sign * c.negativeCount,
      });
    }
    for (const entry of breakdowns.values()) bumpBreakdown.run(entry);
    for (const entry of phrases.values()) {
      bumpPhrase.run(entry);
      if (sign < 0) dropSpentPhrase.run(entry);
    }
    for (const companyId of companies) bumpFiguresVersion(companyId);
  }

  return {
    applyPatternDelta: (review: PatternFacts, sign: 1 | -1) => applyPatternDeltas([review], sign),
    applyPatternDeltas,
  };
}
