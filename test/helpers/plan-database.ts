// A throwaway SQLite file for a query-plan test, migrated as the site's is, closed and deleted after each test.
import { afterEach } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Connection } from '../../db/sqlite/connection';

/** Call at the top of a test file; the returned function opens a new database for the running test. */
export function usePlanDatabase(name: string): () => Connection {
  let dir: string | undefined;
  let conn: Connection | undefined;
  afterEach(() => {
    conn?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
    conn = dir = undefined;
  });
  return () => {
    dir = mkdtempSync(join(tmpdir(), `earful-${name}-`));
    conn = openDatabase(join(dir, `${name}.db`));
    return conn;
  };
}
