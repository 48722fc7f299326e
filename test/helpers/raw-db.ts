// Straight to the test server's database, past the app, on whichever store it runs: what another process would
// write, and what is really stored. Portable SQL only (it runs on SQLite and PostgreSQL alike).
import { existsSync, readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { withClient } from './postgres-cluster';

interface Place {
  databasePath: string;
  deps: { config: { databaseUrl: string | undefined } };
}

/** `?` placeholders on both stores; numbers come back as numbers (PostgreSQL's counts are bigint text). */
export async function rawQuery<T = Record<string, unknown>>(place: Place, text: string, params: unknown[] = []): Promise<T[]> {
  const url = place.deps.config.databaseUrl;
  if (!url) {
    const db = new Database(place.databasePath, { readonly: true });
    try {
      return db.prepare(text).all(...params) as T[];
    } finally {
      db.close();
    }
  }
  let n = 0;
  const { rows } = await withClient(url, (c) =>
    c.query(
      text.replace(/\?/g, () => `$${++n}`),
      params,
    ),
  );
  return rows.map((row: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === 'string' && /^-?\d+$/.test(v) ? Number(v) : v])),
  ) as T[];
}

export async function rawExec(place: Place, text: string): Promise<void> {
  const url = place.deps.config.databaseUrl;
  if (!url) {
    const db = new Database(place.databasePath);
    try {
      db.exec(text);
    } finally {
      db.close();
    }
    return;
  }
  await withClient(url, (c) => c.query(text));
}

/**
 * Everything the database holds, as text to search: on SQLite the file and its WAL and shared memory, byte for
 * byte (free pages and all); on PostgreSQL every row of every table of the app's schema.
 */
export async function storedText(place: Place): Promise<string> {
  const url = place.deps.config.databaseUrl;
  if (!url) {
    return ['', '-wal', '-shm']
      .map((suffix) => place.databasePath + suffix)
      .filter((file) => existsSync(file))
      .map((file) => readFileSync(file).toString('latin1'))
      .join('\n');
  }
  return withClient(url, async (c) => {
    const tables = await c.query<{ name: string }>(`select tablename as name from pg_tables where schemaname = 'public'`);
    const parts: string[] = [];
    for (const { name } of tables.rows) {
      const { rows } = await c.query(`select t::text as row from "${name}" t`);
      parts.push(...rows.map((r: { row: string }) => r.row));
    }
    return parts.join('\n');
  });
}
