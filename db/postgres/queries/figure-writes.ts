// Writes a unit of work's figure changes (db/figure-changes.ts) on PostgreSQL, inside the transaction that makes
// the change: one multi-row upsert per table, its rows in key order, so two instances writing the same counters
// lock them in the same order and never deadlock. The SQLite twin is db/sqlite/queries/figure-writes.ts.
import { and, eq, inArray, lte, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { PgQuery } from '../connection';
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
import type { FigureChanges } from '../../figure-changes';
import { noteFiguresChanged } from '../../figures-epoch';
import { writeSearchIndex } from './review-search';

/** `column = column + excluded.column`: the stored count plus the delta. */
const plus = (column: PgColumn): SQL => sql`${column} + excluded.${sql.identifier(column.name)}`;

export async function writeFigures(q: PgQuery, changes: FigureChanges): Promise<void> {
  const w = changes.written();
  const s = companySummaries;
  if (w.summaries.length > 0) {
    // Every company has its summary row (made with the company): the deltas are added to it.
    await q
      .insert(s)
      .values(
        w.summaries.map((d) => ({
          companyId: d.companyId,
          reviewCount: d.count,
          ratingSum: d.ratingSum,
          stars1: d.s1,
          stars2: d.s2,
          stars3: d.s3,
          stars4: d.s4,
          stars5: d.s5,
        })),
      )
      .onConflictDoUpdate({
        target: s.companyId,
        set: {
          reviewCount: plus(s.reviewCount),
          ratingSum: plus(s.ratingSum),
          stars1: plus(s.stars1),
          stars2: plus(s.stars2),
          stars3: plus(s.stars3),
          stars4: plus(s.stars4),
          stars5: plus(s.stars5),
        },
      });
  }
  const g = patternGroups;
  if (w.groups.length > 0) {
    await q
      .insert(g)
      .values(w.groups)
      .onConflictDoUpdate({
        target: [g.companyId, g.dimension, g.value],
        set: {
          reviewCount: plus(g.reviewCount),
          ratingSum: plus(g.ratingSum),
          resolvedYes: plus(g.resolvedYes),
          resolvedPartly: plus(g.resolvedPartly),
          nextStepsYes: plus(g.nextStepsYes),
          nextStepsAnswered: plus(g.nextStepsAnswered),
          negativeCount: plus(g.negativeCount),
        },
      });
  }
  const b = patternBreakdowns;
  if (w.breakdowns.length > 0) {
    await q
      .insert(b)
      .values(w.breakdowns.map(({ by, ...key }) => ({ ...key, count: by })))
      .onConflictDoUpdate({ target: [b.companyId, b.breakdown, b.value, b.subValue], set: { count: plus(b.count) } });
  }
  const ph = patternPhrases;
  if (w.phrases.length > 0) {
    await q
      .insert(ph)
      .values(w.phrases.map(({ by, ...key }) => ({ ...key, count: by })))
      .onConflictDoUpdate({ target: [ph.companyId, ph.issueType, ph.phrase], set: { count: plus(ph.count) } });
    // Phrases are the one open-ended key, so their rows go when no published review says them any more.
    const spent = w.phrases.filter((d) => d.by < 0);
    for (const companyId of new Set(spent.map((d) => d.companyId))) {
      await q.delete(ph).where(
        and(
          eq(ph.companyId, companyId),
          lte(ph.count, 0),
          inArray(
            ph.phrase,
            spent.filter((d) => d.companyId === companyId).map((d) => d.phrase),
          ),
        ),
      );
    }
  }
  const qc = queueCounts;
  if (w.queueCounts.length > 0) {
    await q
      .insert(qc)
      .values(w.queueCounts)
      .onConflictDoUpdate({ target: qc.companyId, set: { pending: plus(qc.pending) } });
  }
  const r = queueReasonCounts;
  if (w.queueReasons.length > 0) {
    await q
      .insert(r)
      .values(w.queueReasons.map(({ by, ...key }) => ({ ...key, count: by })))
      .onConflictDoUpdate({ target: [r.companyId, r.reason], set: { count: plus(r.count) } });
  }
  const m = moderationCounts;
  if (w.moderationCounts.length > 0) {
    await q
      .insert(m)
      .values(w.moderationCounts.map(({ by, ...key }) => ({ ...key, count: by })))
      .onConflictDoUpdate({ target: [m.companyId, m.month, m.metric], set: { count: plus(m.count) } });
  }
  const v = patternVersions;
  if (w.versions.length > 0) {
    await q
      .insert(v)
      .values(w.versions.map((companyId) => ({ companyId, version: 1 })))
      .onConflictDoUpdate({ target: v.companyId, set: { version: sql`${v.version} + 1` } });
    noteFiguresChanged();
  }
  await writeSearchIndex(
    q,
    w.searchRemovals.map((e) => e.id),
    w.searchAdditions,
  );
}
