// Every SQLite table beside its PostgreSQL twin, parents before children, for db:copy. The SQLite schema comes in
// as a value (the store factory passes db/sqlite/schema), so db/postgres imports nothing of db/sqlite.
import { getTableColumns, getTableName, is, type Column } from 'drizzle-orm';
import { SQLiteTable, getTableConfig } from 'drizzle-orm/sqlite-core';
import { PgTable } from 'drizzle-orm/pg-core';
import * as pgSchema from '../schema';

export interface TablePair {
  name: string;
  sqlite: SQLiteTable;
  pg: PgTable;
  /** TS property names, the same on both sides, in the SQLite schema's order. */
  keys: string[];
  /** The SQLite columns by key, to read values as Drizzle would. */
  sqliteColumns: Record<string, Column>;
}

const tablesOf = <T>(schema: Record<string, unknown>, kind: abstract new (...args: never[]) => T): Map<string, T> =>
  new Map(
    Object.values(schema)
      .filter((value): value is T => is(value, kind as never))
      .map((table) => [getTableName(table as never), table]),
  );

/**
 * Pairs every table of the SQLite schema with its PostgreSQL twin, failing loudly on a table or column without
 * one (a new table must never be skipped silently); ordered so each table comes after the tables it references.
 */
export function pairTables(sqliteSchema: Record<string, unknown>): TablePair[] {
  const sqliteTables = tablesOf(sqliteSchema, SQLiteTable);
  const pgTables = tablesOf(pgSchema, PgTable);
  const pairs = new Map<string, TablePair>();
  for (const [name, sqlite] of sqliteTables) {
    const pg = pgTables.get(name);
    if (!pg) throw new Error(`The SQLite table ${name} has no PostgreSQL twin in db/postgres/schema: it cannot be copied`);
    const sqliteColumns = getTableColumns(sqlite) as Record<string, Column>;
    const pgColumns = getTableColumns(pg) as Record<string, Column>;
    for (const [key, column] of Object.entries(sqliteColumns)) {
      if (pgColumns[key]?.name !== column.name) {
        throw new Error(`The SQLite column ${name}.${column.name} has no PostgreSQL twin named ${key} in db/postgres/schema`);
      }
    }
    pairs.set(name, { name, sqlite, pg, keys: Object.keys(sqliteColumns), sqliteColumns });
  }
  return inReferenceOrder(pairs);
}

function inReferenceOrder(pairs: Map<string, TablePair>): TablePair[] {
  const ordered: TablePair[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (name: string) => {
    if (state.get(name) === 'done') return;
    if (state.get(name) === 'visiting') throw new Error(`Tables reference each other in a cycle through ${name}`);
    state.set(name, 'visiting');
    const pair = pairs.get(name)!;
    for (const fk of getTableConfig(pair.sqlite).foreignKeys) {
      const parent = getTableName(fk.reference().foreignTable);
      if (parent !== name && pairs.has(parent)) visit(parent);
    }
    state.set(name, 'done');
    ordered.push(pair);
  };
  for (const name of [...pairs.keys()].sort()) visit(name);
  return ordered;
}
