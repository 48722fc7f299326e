// Every maintained figure compared with a from-scratch recomputation over the reviews table, on a database
// file no server has open: the recomputation runs in a transaction that is rolled back.
import Database from 'better-sqlite3';
import { rebuildAggregates } from '../../db/sqlite/queries/rebuild-aggregates';
import { FIGURE_RULES } from '../../server/domain/patterns/figure-rules';

/**
 * The maintained tables: the rating summaries, every pattern aggregate and the queue's reason counts and totals (versions
 * are cache keys, not figures).
 */
function maintainedTables(db: Database.Database): string[] {
  const names = db
    .prepare(
      `select name from sqlite_master where type = 'table' and (name in ('company_summaries', 'queue_reason_counts', 'queue_counts') or name like 'pattern\\_%' escape '\\')`,
    )
    .pluck()
    .all() as string[];
  return names.filter((n) => n !== 'pattern_versions').sort();
}

/** Rows as sorted JSON lines; rows whose every figure is zero mean the same as no row. */
function dump(db: Database.Database, table: string): string[] {
  const rows = db.prepare(`select * from "${table}"`).all() as Record<string, unknown>[];
  return rows
    .filter((row) => Object.entries(row).some(([k, v]) => k !== 'company_id' && typeof v === 'number' && v !== 0))
    .map((row) => JSON.stringify(row))
    .sort();
}

export interface FigureCheck {
  tables: string[];
  /** Table → rows that differ (maintained vs recomputed), empty when all match. */
  mismatches: Record<string, { maintained: string[]; recomputed: string[] }>;
}

export function compareMaintainedFigures(databasePath: string): FigureCheck {
  const db = new Database(databasePath);
  try {
    const tables = maintainedTables(db);
    const maintained = Object.fromEntries(tables.map((t) => [t, dump(db, t)]));
    db.exec('begin');
    rebuildAggregates(db, FIGURE_RULES);
    const mismatches: FigureCheck['mismatches'] = {};
    for (const table of tables) {
      const recomputed = dump(db, table);
      const mine = new Set(maintained[table]);
      const theirs = new Set(recomputed);
      const onlyMaintained = maintained[table]!.filter((r) => !theirs.has(r));
      const onlyRecomputed = recomputed.filter((r) => !mine.has(r));
      if (onlyMaintained.length || onlyRecomputed.length) {
        mismatches[table] = { maintained: onlyMaintained.slice(0, 5), recomputed: onlyRecomputed.slice(0, 5) };
      }
    }
    db.exec('rollback');
    return { tables, mismatches };
  } finally {
    db.close();
  }
}

export function integrityCheck(databasePath: string): string {
  const db = new Database(databasePath, { fileMustExist: true });
  try {
    return (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).join('; ');
  } finally {
    db.close();
  }
}
