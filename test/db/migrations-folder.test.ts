// The SQLite migrations moved from db/migrations to db/sqlite/migrations. Drizzle's migrator knows an applied
// migration by its hash and creation time, never by its path, so a database made before the move must open
// with every migration applied exactly once and its data untouched.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../server/store-factory';
import { PROJECT_ROOT } from '../helpers/server-process';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

const rows = (path: string, query: string) => {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare(query).all() as Record<string, unknown>[];
  } finally {
    db.close();
  }
};

describe('the SQLite migrations folder', () => {
  it('opens a database migrated from the old db/migrations folder with each migration applied once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'earful-migrations-'));
    dirs.push(dir);
    const path = join(dir, 'earful.db');
    // The database as the release before the move made it: migrated from a folder at the old path.
    const oldFolder = join(dir, 'db', 'migrations');
    mkdirSync(oldFolder, { recursive: true });
    cpSync(join(PROJECT_ROOT, 'db/sqlite/migrations'), oldFolder, { recursive: true });
    const old = new Database(path);
    migrate(drizzle(old), { migrationsFolder: oldFolder });
    old.prepare(`insert into companies (slug, name, category, created_at) values ('acme', 'Acme', 'Mobile network', 1)`).run();
    old.close();
    const journal = JSON.parse(readFileSync(join(oldFolder, 'meta/_journal.json'), 'utf8')) as { entries: unknown[] };

    const store = await openStore({ databasePath: path, databaseUrl: undefined, databasePoolSize: 1 });
    try {
      expect((await store.findCompanyBySlug('acme'))?.name).toBe('Acme');
    } finally {
      await store.close();
    }
    const applied = rows(path, 'select hash from __drizzle_migrations');
    expect(applied).toHaveLength(journal.entries.length);
    expect(new Set(applied.map((r) => r.hash)).size).toBe(journal.entries.length);
    expect(rows(path, 'select slug from companies')).toEqual([{ slug: 'acme' }]);
  });
});
