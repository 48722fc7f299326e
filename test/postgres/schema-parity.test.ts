// The two stores' schemas stay one: every table, column (type family, nullability, default), index and foreign key
// of the SQLite database (every migration applied) exists on PostgreSQL, and nothing else does. A SQLite migration
// that is not mirrored in db/postgres/schema (and a new PostgreSQL migration) fails here.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openDatabase } from '../../db/sqlite/connection';
import { openPostgres } from '../../db/postgres/connection';
import { useTestDatabase } from '../helpers/postgres-cluster';
import { SEARCH_INDEX_TABLE, isSearchIndexTable } from '../../db/search-index';

interface Column {
  type: string;
  notNull: boolean;
  /** As SQL, without PostgreSQL's cast ('{}'::jsonb is '{}'); null when none. */
  default: string | null;
}
interface Shape {
  columns: Map<string, Column>; // "table.column"
  primaryKeys: Map<string, string>; // table → its key's columns, in order
  indexes: Map<string, string>; // name → "table unique? partial?"
  foreignKeys: Set<string>; // "table(col) → table(col) on delete x"
}

/** PostgreSQL types that hold what each SQLite storage class holds here. */
const TYPE_FAMILIES: Record<string, string[]> = {
  integer: ['integer', 'bigint', 'smallint', 'boolean'],
  text: ['text', 'jsonb', 'character varying'],
  real: ['double precision', 'real'],
};

function readSqlite(path: string): Shape {
  const conn = openDatabase(path);
  try {
    const all = <T>(sql: string) => conn.sqlite.prepare(sql).all() as T[];
    const shape: Shape = { columns: new Map(), primaryKeys: new Map(), indexes: new Map(), foreignKeys: new Set() };
    const tables = all<{ name: string }>(
      `select name from sqlite_master where type = 'table' and name not like 'sqlite\\_%' escape '\\' and name not like '\\_\\_drizzle%' escape '\\'`,
    );
    for (const { name: table } of tables) {
      if (isSearchIndexTable(table)) continue; // paired by its own test below
      const columns = all<{ name: string; type: string; notnull: number; pk: number; dflt_value: string | null }>(
        `pragma table_info(${table})`,
      );
      for (const c of columns) {
        shape.columns.set(`${table}.${c.name}`, {
          type: c.type.toLowerCase(),
          notNull: c.notnull === 1 || c.pk > 0,
          default: c.dflt_value,
        });
      }
      const key = columns.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk);
      shape.primaryKeys.set(table, key.map((c) => c.name).join(','));
      for (const index of all<{ name: string; unique: number; origin: string; partial: number }>(`pragma index_list(${table})`)) {
        if (index.origin === 'pk') continue;
        shape.indexes.set(index.name, `${table}${index.unique ? ' unique' : ''}${index.partial ? ' partial' : ''}`);
      }
      for (const fk of all<{ table: string; from: string; to: string; on_delete: string }>(`pragma foreign_key_list(${table})`)) {
        shape.foreignKeys.add(`${table}(${fk.from}) → ${fk.table}(${fk.to}) on delete ${fk.on_delete.toLowerCase()}`);
      }
    }
    return shape;
  } finally {
    conn.close();
  }
}

const PG_DELETE_RULES: Record<string, string> = { a: 'no action', r: 'restrict', c: 'cascade', n: 'set null', d: 'set default' };

async function readPostgres(url: string): Promise<Shape> {
  const conn = await openPostgres(url, 1);
  try {
    const rows = async <T>(sql: string) => (await conn.pool.query(sql)).rows as T[];
    const shape: Shape = { columns: new Map(), primaryKeys: new Map(), indexes: new Map(), foreignKeys: new Set() };
    for (const c of await rows<{
      table_name: string;
      column_name: string;
      data_type: string;
      is_nullable: string;
      column_default: string | null;
    }>(
      `select table_name, column_name, data_type, is_nullable, column_default from information_schema.columns where table_schema = 'public'`,
    )) {
      if (c.table_name === SEARCH_INDEX_TABLE) continue;
      shape.columns.set(`${c.table_name}.${c.column_name}`, {
        type: c.data_type,
        notNull: c.is_nullable === 'NO',
        default: c.column_default?.replace(/::[a-z ]+$/, '') ?? null,
      });
    }
    for (const i of await rows<{ name: string; table: string; unique: boolean; partial: boolean; primary: boolean; columns: string }>(
      `select ic.relname as name, tc.relname as table, i.indisunique as unique, i.indpred is not null as partial,
              i.indisprimary as primary,
              (select string_agg(a.attname, ',' order by k.n) from unnest(i.indkey) with ordinality k(attnum, n)
                 join pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.attnum) as columns
         from pg_index i join pg_class ic on ic.oid = i.indexrelid join pg_class tc on tc.oid = i.indrelid
        where tc.relnamespace = 'public'::regnamespace`,
    )) {
      if (i.table === SEARCH_INDEX_TABLE) continue;
      if (i.primary) shape.primaryKeys.set(i.table, i.columns);
      else shape.indexes.set(i.name, `${i.table}${i.unique ? ' unique' : ''}${i.partial ? ' partial' : ''}`);
    }
    for (const fk of await rows<{ table: string; from: string; ref: string; to: string; on_delete: string }>(
      `select cl.relname as table, a.attname as from, rf.relname as ref, af.attname as to, c.confdeltype as on_delete
         from pg_constraint c join pg_class cl on cl.oid = c.conrelid join pg_class rf on rf.oid = c.confrelid
         cross join lateral unnest(c.conkey, c.confkey) as k(col, refcol)
         join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.col
         join pg_attribute af on af.attrelid = c.confrelid and af.attnum = k.refcol
        where c.contype = 'f' and cl.relnamespace = 'public'::regnamespace`,
    )) {
      shape.foreignKeys.add(`${fk.table}(${fk.from}) → ${fk.ref}(${fk.to}) on delete ${PG_DELETE_RULES[fk.on_delete]}`);
    }
    return shape;
  } finally {
    await conn.close();
  }
}

const missingFrom = <K>(keys: Iterable<K>, other: { has(key: K): boolean }) => [...keys].filter((key) => !other.has(key));

describe.skipIf(!inject('postgresAdminUrl'))('the PostgreSQL schema', () => {
  const database = useTestDatabase();
  let dir: string;
  let sqlite: Shape;
  let postgres: Shape;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'earful-parity-'));
    sqlite = readSqlite(join(dir, 'earful.db'));
    postgres = await readPostgres(database.url);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('has every column of the SQLite schema and no other', () => {
    expect(sqlite.columns.size).toBeGreaterThan(100);
    expect({
      missingOnPostgres: missingFrom(sqlite.columns.keys(), postgres.columns),
      onlyOnPostgres: missingFrom(postgres.columns.keys(), sqlite.columns),
    }).toEqual({
      missingOnPostgres: [],
      onlyOnPostgres: [],
    });
  });

  it('gives each column a type of the same family and the same nullability', () => {
    const mismatched = [...sqlite.columns].flatMap(([name, lite]) => {
      const pg = postgres.columns.get(name);
      if (!pg) return [];
      const typeOk = TYPE_FAMILIES[lite.type]?.includes(pg.type) ?? false;
      return typeOk && pg.notNull === lite.notNull
        ? []
        : [`${name}: SQLite ${lite.type}${lite.notNull ? ' not null' : ''}, PostgreSQL ${pg.type}${pg.notNull ? ' not null' : ''}`];
    });
    expect(mismatched).toEqual([]);
  });

  it('gives each column the same default', () => {
    const differing = [...sqlite.columns].flatMap(([name, lite]) => {
      const pg = postgres.columns.get(name);
      return pg && pg.default !== lite.default ? [`${name}: SQLite ${lite.default}, PostgreSQL ${pg.default}`] : [];
    });
    expect(differing).toEqual([]);
  });

  it('has the same primary keys', () => {
    expect(Object.fromEntries(postgres.primaryKeys)).toEqual(Object.fromEntries(sqlite.primaryKeys));
  });

  it('has every SQLite index under the same name, as unique and as partial, and no other', () => {
    expect(Object.fromEntries(postgres.indexes)).toEqual(Object.fromEntries(sqlite.indexes));
  });

  // The one pair that is not table for table: SQLite's FTS5 virtual table (with its shadow tables) and
  // PostgreSQL's tsvector table with its GIN index, both named review_search (db/search-index.ts).
  it('pairs the SQLite full-text table review_search with the PostgreSQL tsvector table of that name', async () => {
    const lite = openDatabase(join(dir, 'earful.db'));
    const virtual = lite.sqlite.prepare(`select sql from sqlite_master where name = ?`).pluck().get(SEARCH_INDEX_TABLE) as
      string | undefined;
    lite.close();
    expect(virtual).toMatch(/^CREATE VIRTUAL TABLE `review_search` USING fts5\(words,/);
    const conn = await openPostgres(database.url, 1);
    try {
      const columns = await conn.pool.query(
        `select column_name, data_type from information_schema.columns where table_name = $1 order by ordinal_position`,
        [SEARCH_INDEX_TABLE],
      );
      expect(columns.rows).toEqual([
        { column_name: 'review_id', data_type: 'integer' },
        { column_name: 'company_id', data_type: 'integer' },
        { column_name: 'document', data_type: 'tsvector' },
      ]);
      const gin = await conn.pool.query(`select indexdef from pg_indexes where tablename = $1 and indexdef like '%USING gin%'`, [
        SEARCH_INDEX_TABLE,
      ]);
      expect(gin.rows).toHaveLength(1);
    } finally {
      await conn.close();
    }
  });

  it('has the same foreign keys with the same delete rules', () => {
    expect([...postgres.foreignKeys].sort()).toEqual([...sqlite.foreignKeys].sort());
  });
});
