// npm run db:copy: a SQLite site into an empty PostgreSQL database, every table with its ids, in one PostgreSQL
// transaction that commits only when every table's rows are all there and the maintained figures are equal.
import { existsSync } from 'node:fs';
import type Database from 'better-sqlite3';
import type pg from 'pg';
import { getTableColumns, type Column } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import { openPostgres, type PostgresConnection } from './connection';
import { pairTables, type TablePair } from './copy/table-pairs';
import { comparable, countSqliteRows, readSqliteBatches, sqliteRowsForComparison } from './copy/read-sqlite';
import { SEARCH_INDEX_TABLE, isSearchIndexTable } from '../search-index';

export interface SqliteSource {
  path: string;
  /** Opens the file migrated to the current schema: db/sqlite/connection.ts openDatabase, given by the store factory. */
  open(path: string): { sqlite: Database.Database; close(): void };
  /** db/sqlite/schema: every table in it is copied. */
  schema: Record<string, unknown>;
}

export interface CopyProgress {
  table: string;
  copied: number;
  total: number;
}

export interface CopyResult {
  tables: { table: string; rows: number }[];
  /** The maintained tables found equal on both sides. */
  figures: string[];
  seconds: number;
}

/** The maintained figures, compared row for row after the copy. */
export const FIGURE_TABLES = [
  'company_summaries',
  'pattern_groups',
  'pattern_breakdowns',
  'pattern_phrases',
  'moderation_counts',
  'queue_counts',
  'queue_reason_counts',
];
const ROWS_PER_INSERT = 500;
// PostgreSQL takes at most 65,535 parameters a statement.
const MAX_PARAMETERS = 65_535;

export async function copySqliteToPostgres(
  source: SqliteSource,
  postgresUrl: string,
  onProgress?: (progress: CopyProgress) => void,
): Promise<CopyResult> {
  const started = performance.now();
  if (!existsSync(source.path)) throw new Error(`There is no SQLite database at ${source.path} (DATABASE_PATH)`);
  const pairs = pairTables(source.schema);
  for (const name of FIGURE_TABLES) {
    if (!pairs.some((p) => p.name === name)) throw new Error(`The figure table ${name} is not in the schema`);
  }
  const sqliteConn = source.open(source.path);
  let pg: PostgresConnection | undefined;
  try {
    checkEveryTableKnown(sqliteConn.sqlite, pairs);
    pg = await openPostgres(postgresUrl, 1);
    // One read transaction: every table is read from the same moment, however long the copy takes.
    sqliteConn.sqlite.exec('begin');
    try {
      const tables = await inTransaction(pg.pool, async (client) => {
        await client.query(`select pg_advisory_xact_lock(hashtextextended('db:copy', 0))`);
        await refuseUnlessEmpty(client, pairs);
        const copied: CopyResult['tables'] = [];
        for (const pair of pairs) copied.push({ table: pair.name, rows: await copyTable(sqliteConn.sqlite, client, pair, onProgress) });
        await moveIdentitiesPastCopiedIds(client, pairs);
        await fillSearchIndex(sqliteConn.sqlite, client);
        await checkCopy(sqliteConn.sqlite, client, pairs, copied);
        return copied;
      });
      // A bulk load leaves every page's visibility unknown: until autovacuum comes by, each index-only walk
      // (the list's pages, search's count) visits the table for every entry. VACUUM cannot run in a transaction.
      await pg.pool.query('vacuum (analyze)');
      return { tables, figures: FIGURE_TABLES, seconds: (performance.now() - started) / 1000 };
    } finally {
      sqliteConn.sqlite.exec('rollback');
    }
  } finally {
    sqliteConn.close();
    await pg?.close();
  }
}

/**
 * One transaction on one connection, by hand rather than Drizzle's: the rows go as plain parameterised INSERTs,
 * as building them with Drizzle's query builder took most of a large copy's time.
 */
async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('begin');
    try {
      const result = await work(client);
      await client.query('commit');
      return result;
    } catch (error) {
      // The reason the copy stopped is the error to report, not a rollback's on a connection already lost.
      await client.query('rollback').catch(() => undefined);
      throw error;
    }
  } finally {
    client.release();
  }
}

/** A table in the file that the schema does not name would otherwise be left behind without a word. */
function checkEveryTableKnown(sqlite: Database.Database, pairs: TablePair[]): void {
  const names = sqlite
    .prepare(
      `select name from sqlite_master where type = 'table' and name not like 'sqlite\\_%' escape '\\' and name <> '__drizzle_migrations'`,
    )
    .pluck()
    .all() as string[];
  // The search index is not copied: the copy writes PostgreSQL's own from the copied reviews (fillSearchIndex).
  const unknown = names.filter((name) => !isSearchIndexTable(name) && !pairs.some((p) => p.name === name));
  if (unknown.length) throw new Error(`The SQLite database has tables db/sqlite/schema does not name: ${unknown.join(', ')}`);
}

/** PostgreSQL's search index from the copied published reviews; as many entries as SQLite's index holds. */
async function fillSearchIndex(sqlite: Database.Database, client: pg.PoolClient): Promise<void> {
  await client.query(`insert into review_search (review_id, company_id, document)
    select id, company_id, earful_search_document(title, body) from reviews where status = 'published'`);
  // The planner chooses between walking a company's entries and the GIN index from the words' statistics.
  await client.query(`analyze review_search`);
  const there = await countPgRows(client, SEARCH_INDEX_TABLE);
  const here = sqlite.prepare(`select count(*) from reviews where status = 'published'`).pluck().get() as number;
  if (there !== here) throw new Error(`review_search: ${here} published reviews in SQLite but ${there} indexed in PostgreSQL`);
}

async function countPgRows(client: pg.PoolClient, table: string): Promise<number> {
  return (await client.query<{ n: number }>(`select count(*)::int as n from "${table}"`)).rows[0]!.n;
}

async function refuseUnlessEmpty(client: pg.PoolClient, pairs: TablePair[]): Promise<void> {
  const filled: string[] = [];
  for (const pair of pairs) {
    const n = await countPgRows(client, pair.name);
    if (n > 0) filled.push(`${pair.name} ${n}`);
  }
  if (filled.length) {
    throw new Error(`The PostgreSQL database is not empty (${filled.join(', ')}): db:copy fills only an empty database`);
  }
}

async function copyTable(sqlite: Database.Database, client: pg.PoolClient, pair: TablePair, onProgress?: (p: CopyProgress) => void) {
  const total = countSqliteRows(sqlite, pair.name);
  const batchSize = Math.min(ROWS_PER_INSERT, Math.floor(MAX_PARAMETERS / pair.keys.length));
  // Same TS property names on both schemas: each SQLite row is a PostgreSQL row, through the pg columns' own mapping.
  const columns = pair.keys.map((key) => (getTableColumns(pair.pg) as Record<string, Column>)[key]!);
  const into = `insert into "${pair.name}" (${columns.map((c) => `"${c.name}"`).join(', ')}) values `;
  let copied = 0;
  onProgress?.({ table: pair.name, copied, total });
  for (const batch of readSqliteBatches(sqlite, pair, batchSize)) {
    const params: unknown[] = [];
    const tuples = batch.map((row) => {
      const places = columns.map((column, i) => {
        const value = row[pair.keys[i]!];
        params.push(value === null || value === undefined ? null : column.mapToDriverValue(value));
        return `$${params.length}`;
      });
      return `(${places.join(', ')})`;
    });
    await client.query(into + tuples.join(', '), params);
    copied += batch.length;
    onProgress?.({ table: pair.name, copied, total });
  }
  return copied;
}

/** Copied rows keep their ids, so each identity must start past them or the next insert would collide. */
async function moveIdentitiesPastCopiedIds(client: pg.PoolClient, pairs: TablePair[]): Promise<void> {
  for (const pair of pairs) {
    const id = (getTableColumns(pair.pg) as Record<string, Column>)['id'];
    if (!id?.generatedIdentity) continue;
    await client.query(`select setval(pg_get_serial_sequence($1, 'id'), coalesce(max(id), 0) + 1, false) from "${pair.name}"`, [pair.name]);
  }
}

/** Every table holds as many rows as SQLite's, and every maintained figure is equal; else the copy rolls back. */
async function checkCopy(sqlite: Database.Database, client: pg.PoolClient, pairs: TablePair[], copied: CopyResult['tables']) {
  const db = drizzle(client);
  for (const { table, rows } of copied) {
    const there = await countPgRows(client, table);
    if (there !== rows) throw new Error(`${table}: ${rows} rows in SQLite but ${there} in PostgreSQL after the copy`);
  }
  for (const name of FIGURE_TABLES) {
    const pair = pairs.find((p) => p.name === name)!;
    const mine = sqliteRowsForComparison(sqlite, pair);
    const theirs = ((await db.select().from(pair.pg)) as Record<string, unknown>[]).map((row) => comparable(pair, row)).sort();
    const at = mine.findIndex((row, i) => row !== theirs[i]);
    if (at >= 0 || theirs.length !== mine.length) {
      const i = at >= 0 ? at : mine.length;
      throw new Error(`${name} differs after the copy: SQLite has ${mine[i] ?? 'no row'} where PostgreSQL has ${theirs[i] ?? 'no row'}`);
    }
  }
}
