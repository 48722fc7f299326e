// `npm run db:backup -- FILE`: a consistent copy of the live database while the server keeps running,
// through SQLite's online backup API; the copy is checked and made a single self-contained file.
import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import Database from 'better-sqlite3';
import { readConfig } from '../server/env';

async function backupDatabase(sourcePath: string, targetPath: string) {
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

const target = process.argv[2];
if (!target) {
  console.error('Usage: npm run db:backup -- FILE   (copies DATABASE_PATH to FILE while the server runs)');
  process.exit(2);
}
const config = readConfig();
const started = performance.now();
try {
  const result = await backupDatabase(config.databasePath, target);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `Backed up ${config.databasePath} to ${target}: ${result.reviews} reviews, ${result.companies} companies, ` +
      `${(result.bytes / 1024 / 1024).toFixed(1)} MB, integrity ok, in ${seconds} s`,
  );
} catch (error) {
  console.error(`Backup failed: ${(error as Error).message}`);
  process.exit(1);
}
