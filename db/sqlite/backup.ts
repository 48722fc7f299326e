// A consistent copy of the live SQLite database while the server keeps running, through SQLite's online backup
// API; the copy is checked and made a single self-contained file (npm run db:backup, server/cli/db-backup.ts).
import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import Database from 'better-sqlite3';

export async function backupDatabase(sourcePath: string, targetPath: string) {
  if (!existsSync(sourcePath)) throw new Error(`No database at ${sourcePath} (DATABASE_PATH)`);
  if (resolve(sourcePath) === resolve(targetPath)) throw new Error('The backup must go to another file');
  const partial = `${targetPath}.partial`;
  rmSync(partial, { force: true });
  // WAL readers never block the server's writes, and it never blocks this read.
  const source = new Database(sourcePath, { fileMustExist: true });
  source.pragma('busy_timeout = 5000');
  try {
    // After the first small step, copy everything in one step: a write by the server between steps makes
    // SQLite restart the copy, and a server that writes all the time would otherwise keep restarting it.
    await source.backup(partial, { progress: ({ totalPages }) => Math.max(totalPages, 100) });
  } finally {
    source.close();
  }
  const copy = new Database(partial);
  try {
    const integrity = copy.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') throw new Error(`The copy failed its integrity check: ${String(integrity)}`);
    // A rollback-journal file needs no -wal beside it, so the backup is one file to move around.
    copy.pragma('journal_mode = DELETE');
    const reviews = copy.prepare('select count(*) from reviews').pluck().get() as number;
    const companies = copy.prepare('select count(*) from companies').pluck().get() as number;
    copy.close();
    renameSync(partial, targetPath);
    return { reviews, companies, bytes: statSync(targetPath).size };
  } catch (error) {
    if (copy.open) copy.close();
    rmSync(partial, { force: true });
    throw error;
  }
}
