// Writes a unit of work's figure changes (db/figure-changes.ts) on SQLite, inside the transaction that makes the
// change: one prepared upsert per counter that moves, so a group commit of fifty reviews writes a shared counter
// once. The PostgreSQL twin is db/postgres/queries/figure-writes.ts.
import { and, eq, lte, sql } from 'drizzle-orm';
import type { Db } from '../connection';
import { counterWrite } from './counter-write';
import {
  companySummaries,
  moderationCounts,
  patternBreakdowns,
  patternGroups,
  patternPhrases,
  patternVersions,
  queueCounts,
  queueReasonCounts,
} from '../schema';
import type { FigureRules } from '../../../server/contract/store/store-rules';
import { FigureChanges } from '../../figure-changes';
import { noteFiguresChanged } from '../../figures-epoch';
import { searchIndexWrites } from './review-search';

const p = sql.placeholder;
const add = (column: { name: string }) => sql`${sql.identifier(column.name)} + excluded.${sql.identifier(column.name)}`;

export function figureWrites(db: Db, rules: FigureRules) {
  const s = companySummaries;
  const bumpSummary = counterWrite(
    db,
    db
      .update(s)
      .set({
        reviewCount: sql`${sql.identifier(s.reviewCount.name)} + ${p('count')}`,
        ratingSum: sql`${sql.identifier(s.ratingSum.name)} + ${p('ratingSum')}`,
        stars1: sql`${sql.identifier(s.stars1.name)} + ${p('s1')}`,
        stars2: sql`${sql.identifier(s.stars2.name)} + ${p('s2')}`,
        stars3: sql`${sql.identifier(s.stars3.name)} + ${p('s3')}`,
        stars4: sql`${sql.identifier(s.stars4.name)} + ${p('s4')}`,
        stars5: sql`${sql.identifier(s.stars5.name)} + ${p('s5')}`,
      })
      .where(eq(s.companyId, p('companyId'))),
  );
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
  const q = queueCounts;
  const bumpQueue = counterWrite(
    db,
    db
      .insert(q)
      .values({ companyId: p('companyId'), pending: p('pending') })
      .onConflictDoUpdate({ target: q.companyId, set: { pending: add(q.pending) } }),
  );
  const r = queueReasonCounts;
  const bumpReason = counterWrite(
    db,
    db
      .insert(r)
      .values({ companyId: p('companyId'), reason: p('reason'), count: p('by') })
      .onConflictDoUpdate({ target: [r.companyId, r.reason], set: { count: add(r.count) } }),
  );
  const m = moderationCounts;
  const bumpEvent = counterWrite(
    db,
    db
      .insert(m)
      .values({ companyId: p('companyId'), month: p('month'), metric: p('metric'), count: p('by') })
      .onConflictDoUpdate({ target: [m.companyId, m.month, m.metric], set: { count: add(m.count) } }),
  );
  const v = patternVersions;
  const bumpVersion = counterWrite(
    db,
    db
      .insert(v)
      .values({ companyId: p('companyId'), version: 1 })
      .onConflictDoUpdate({ target: v.companyId, set: { version: sql`${sql.identifier(v.version.name)} + 1` } }),
  );

  const search = searchIndexWrites(db);

  return {
    /** A new, empty set of changes with the store's figure rules. */
    changes: () => new FigureChanges(rules),
    /** Writes the changes; call inside the transaction that makes them. */
    write(changes: FigureChanges): void {
      const w = changes.written();
      for (const delta of w.summaries) bumpSummary.run(delta);
      for (const delta of w.groups) bumpGroup.run(delta);
      for (const delta of w.breakdowns) bumpBreakdown.run(delta);
      for (const delta of w.phrases) {
        bumpPhrase.run(delta);
        if (delta.by < 0) dropSpentPhrase.run(delta);
      }
      for (const delta of w.queueCounts) bumpQueue.run(delta);
      for (const delta of w.queueReasons) bumpReason.run(delta);
      for (const delta of w.moderationCounts) bumpEvent.run(delta);
      for (const companyId of w.versions) bumpVersion.run({ companyId });
      for (const entry of w.searchRemovals) search.remove(entry);
      for (const entry of w.searchAdditions) search.add(entry);
      if (w.versions.length > 0) noteFiguresChanged();
    },
  };
}

export type FigureWrites = ReturnType<typeof figureWrites>;
