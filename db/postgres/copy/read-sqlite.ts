// Reads a SQLite table's rows as Drizzle would hand them out (TS property names, booleans as booleans), a batch
// at a time in rowid order, so a large table never sits in memory whole.
import type Database from 'better-sqlite3';
import type { TablePair } from './table-pairs';

export type Row = Record<string, unknown>;

export function countSqliteRows(sqlite: Database.Database, table: string): number {
  return sqlite.prepare(`select count(*) from "${table}"`).pluck().get() as number;
}

export function* readSqliteBatches(sqlite: Database.Database, pair: TablePair, batchSize: number): Generator<Row[]> {
  const columns = pair.keys.map((key) => pair.sqliteColumns[key]!);
  const select = sqlite
    .prepare(`select rowid, ${columns.map((c) => `"${c.name}"`).join(', ')} from "${pair.name}" where rowid > ? order by rowid limit ?`)
    .raw(true);
  let after = Number.MIN_SAFE_INTEGER;
  for (;;) {
    const raw = select.all(after, batchSize) as unknown[][];
    if (raw.length === 0) return;
    after = raw[raw.length - 1]![0] as number;
    yield raw.map((values) => {
      const row: Row = {};
      columns.forEach((column, i) => {
        const value = values[i + 1];
        row[pair.keys[i]!] = value === null ? null : column.mapFromDriverValue(value);
      });
      return row;
    });
  }
}

/** Every row of a (small) table, each as a JSON array of its values in key order, sorted: for comparing. */
export function sqliteRowsForComparison(sqlite: Database.Database, pair: TablePair): string[] {
  const rows: string[] = [];
  for (const batch of readSqliteBatches(sqlite, pair, 5_000)) rows.push(...batch.map((row) => comparable(pair, row)));
  return rows.sort();
}

export const comparable = (pair: TablePair, row: Row): string => JSON.stringify(pair.keys.map((key) => row[key] ?? null));
