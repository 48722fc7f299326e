// Writes a unit of work's figure changes (db/figure-changes.ts) on PostgreSQL, inside the transaction that makes
// the change: one multi-row upsert per table, its rows in key order, so two instances writing the same counters
// lock them in the same order and never deadlock. The SQLite twin is db/sqlite/queries/figure-writes.ts.
import { getTableName } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { PgQuery } from '../connection';
import {
  companySummaries as s,
  moderationCounts as m,
  patternBreakdowns as b,
  patternGroups as g,
  patternPhrases as ph,
  patternVersions as v,
  queueCounts as qc,
  queueReasonCounts as r,
} from '../schema';
import type { FigureChanges, GroupDelta, SummaryDelta } from '../../figure-changes';
import { noteFiguresChanged } from '../../figures-epoch';
import { namedStatement } from './named-query';
import { writeSearchIndex } from './review-search';

type Field<Row> = readonly [PgColumn, (row: Row) => unknown];

/**
 * An upsert that adds each row's counters to the stored ones, written once as text over one array a column
 * (`insert … select * from unnest($1::integer[], …) on conflict (key) do update set c = t.c + excluded.c`): one
 * named prepared statement however many rows, nothing built per call, its rows in the order given. Column names
 * and types come from the Drizzle schema.
 */
function addingUpsert<Row>(table: PgTable, keys: Field<Row>[], counters: Field<Row>[]) {
  const fields = [...keys, ...counters];
  const id = (c: PgColumn) => `"${c.name}"`;
  const name = `"${getTableName(table)}"`;
  const run = namedStatement(
    `insert into ${name} (${fields.map(([c]) => id(c)).join(', ')}) ` +
      `select * from unnest(${fields.map(([c], i) => `$${i + 1}::${c.getSQLType()}[]`).join(', ')}) ` +
      `on conflict (${keys.map(([c]) => id(c)).join(', ')}) do update set ` +
      counters.map(([c]) => `${id(c)} = ${name}.${id(c)} + excluded.${id(c)}`).join(', '),
  );
  return async (q: PgQuery, rows: readonly Row[]): Promise<void> => {
    if (rows.length > 0)
      await run(
        q,
        fields.map(([, get]) => rows.map(get)),
      );
  };
}

type Counted = { by: number };

// Every company has its summary row (made with the company): the deltas are added to it.
const addSummaries = addingUpsert<SummaryDelta>(
  s,
  [[s.companyId, (d) => d.companyId]],
  [
    [s.reviewCount, (d) => d.count],
    [s.ratingSum, (d) => d.ratingSum],
    [s.stars1, (d) => d.s1],
    [s.stars2, (d) => d.s2],
    [s.stars3, (d) => d.s3],
    [s.stars4, (d) => d.s4],
    [s.stars5, (d) => d.s5],
  ],
);
const addGroups = addingUpsert<GroupDelta>(
  g,
  [
    [g.companyId, (d) => d.companyId],
    [g.dimension, (d) => d.dimension],
    [g.value, (d) => d.value],
  ],
  [
    [g.reviewCount, (d) => d.reviewCount],
    [g.ratingSum, (d) => d.ratingSum],
    [g.resolvedYes, (d) => d.resolvedYes],
    [g.resolvedPartly, (d) => d.resolvedPartly],
    [g.nextStepsYes, (d) => d.nextStepsYes],
    [g.nextStepsAnswered, (d) => d.nextStepsAnswered],
    [g.negativeCount, (d) => d.negativeCount],
  ],
);
const addBreakdowns = addingUpsert<{ companyId: number; breakdown: string; value: string; subValue: string } & Counted>(
  b,
  [
    [b.companyId, (d) => d.companyId],
    [b.breakdown, (d) => d.breakdown],
    [b.value, (d) => d.value],
    [b.subValue, (d) => d.subValue],
  ],
  [[b.count, (d) => d.by]],
);
const addPhrases = addingUpsert<{ companyId: number; issueType: string; phrase: string } & Counted>(
  ph,
  [
    [ph.companyId, (d) => d.companyId],
    [ph.issueType, (d) => d.issueType],
    [ph.phrase, (d) => d.phrase],
  ],
  [[ph.count, (d) => d.by]],
);
/** Phrases are the one open-ended key, so their rows go when no published review says them any more. */
const deleteSpentPhrases = namedStatement(
  `delete from "${getTableName(ph)}" where "${ph.companyId.name}" = $1 and "${ph.count.name}" <= 0 and "${ph.phrase.name}" = any($2::text[])`,
);
const addQueueCounts = addingUpsert<{ companyId: number; pending: number }>(
  qc,
  [[qc.companyId, (d) => d.companyId]],
  [[qc.pending, (d) => d.pending]],
);
const addQueueReasons = addingUpsert<{ companyId: number; reason: string } & Counted>(
  r,
  [
    [r.companyId, (d) => d.companyId],
    [r.reason, (d) => d.reason],
  ],
  [[r.count, (d) => d.by]],
);
const addModerationCounts = addingUpsert<{ companyId: number; month: string; metric: string } & Counted>(
  m,
  [
    [m.companyId, (d) => d.companyId],
    [m.month, (d) => d.month],
    [m.metric, (d) => d.metric],
  ],
  [[m.count, (d) => d.by]],
);
const bumpVersions = addingUpsert<number>(v, [[v.companyId, (companyId) => companyId]], [[v.version, () => 1]]);

export async function writeFigures(q: PgQuery, changes: FigureChanges): Promise<void> {
  const w = changes.written();
  await addSummaries(q, w.summaries);
  await addGroups(q, w.groups);
  await addBreakdowns(q, w.breakdowns);
  await addPhrases(q, w.phrases);
  const spent = w.phrases.filter((d) => d.by < 0);
  for (const companyId of new Set(spent.map((d) => d.companyId))) {
    await deleteSpentPhrases(q, [companyId, spent.filter((d) => d.companyId === companyId).map((d) => d.phrase)]);
  }
  await addQueueCounts(q, w.queueCounts);
  await addQueueReasons(q, w.queueReasons);
  await addModerationCounts(q, w.moderationCounts);
  if (w.versions.length > 0) {
    await bumpVersions(q, w.versions);
    noteFiguresChanged();
  }
  await writeSearchIndex(
    q,
    w.searchRemovals.map((e) => e.id),
    w.searchAdditions,
  );
}
