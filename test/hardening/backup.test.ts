import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnServer, spawnTs } from '../helpers/server-process';
import { submitMany, type Ack } from '../helpers/submission-load';
import { compareMaintainedFigures, integrityCheck } from '../helpers/maintained-figures';

const dir = mkdtempSync(join(tmpdir(), 'earful-backup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function runBackup(databasePath: string, file: string): Promise<{ code: number | null; output: string }> {
  const child = spawnTs('server/cli/db-backup.ts', [file], { DATABASE_PATH: databasePath });
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, output })));
}

describe('npm run db:backup', () => {
  it(
    'copies the live database under write load, and the README restore brings every earlier review back',
    { timeout: 120_000 },
    async () => {
      const databasePath = join(dir, 'earful.db');
      const backupPath = join(dir, 'backup.db');
      const server = await spawnServer(databasePath);

      let ackedBefore: Ack[] | null = null;
      let backupDone: Promise<{ code: number | null; output: string }> | null = null;
      let stop = false;
      const load = submitMany(server.url, {
        total: 100_000,
        concurrency: 16,
        runId: 'backup',
        stop: () => stop,
        onAck: (_ack, acked) => {
          if (acked.length === 300 && !backupDone) {
            ackedBefore = [...acked];
            backupDone = runBackup(databasePath, backupPath);
            void backupDone.then(() => setTimeout(() => (stop = true), 500));
          }
        },
      });
      const backup = await await waitFor(() => backupDone);
      const result = await load;
      server.child.kill('SIGTERM');
      expect((await server.exited).code).toBe(0);
      expect(backup.code, backup.output).toBe(0);
      expect(backup.output).toMatch(/integrity ok/);

      // Restore as the README says: server stopped, the backup copied over the database, stale WAL files gone.
      const liveReviews = countReviews(databasePath);
      copyFileSync(backupPath, databasePath);
      rmSync(`${databasePath}-wal`, { force: true });
      rmSync(`${databasePath}-shm`, { force: true });
      const restored = await spawnServer(databasePath);
      const answer = await fetch(`${restored.url}/api/companies/netflix`);
      expect(answer.status).toBe(200);
      const summaryCount = ((await answer.json()) as { summary: { count: number } }).summary.count;
      restored.child.kill('SIGTERM');
      expect((await restored.exited).code).toBe(0);

      const db = new Database(databasePath, { readonly: true });
      const titleOf = db.prepare('select title from reviews where id = ?').pluck();
      const before: Ack[] = ackedBefore ?? [];
      const found = before.filter((a) => titleOf.get(a.id) === `Load ${a.marker}`).length;
      const published = db
        .prepare(
          `select count(*) from reviews r join companies c on c.id = r.company_id where c.slug = 'netflix' and r.status = 'published'`,
        )
        .pluck()
        .get();
      db.close();
      const inBackup = countReviews(databasePath);
      const figures = compareMaintainedFigures(databasePath);
      console.log(
        `backup test: ${before.length} acknowledged before the backup began, ${result.acked.length} by the end of the load; ` +
          `live database ${liveReviews} reviews, backup ${inBackup}; restored: found ${found} of ${before.length}, lost ${before.length - found}; ` +
          `integrity_check ${integrityCheck(databasePath)}; mismatched maintained tables ${Object.keys(figures.mismatches).length}/${figures.tables.length}`,
      );
      expect(found).toBe(before.length);
      // Writes went on while the backup ran: the copy is a moment in between, not the end state.
      expect(inBackup).toBeGreaterThanOrEqual(before.length);
      expect(liveReviews).toBeGreaterThan(inBackup);
      expect(summaryCount).toBe(published);
      expect(integrityCheck(databasePath)).toBe('ok');
      expect(figures.mismatches).toEqual({});
    },
  );

  it('refuses to run without a target file', async () => {
    const res = await runBackup(join(dir, 'earful.db'), '');
    expect(res.code).toBe(2);
    expect(res.output).toMatch(/Usage: npm run db:backup -- FILE/);
  });
});

function countReviews(path: string): number {
  const db = new Database(path, { readonly: true });
  const n = db.prepare('select count(*) from reviews').pluck().get() as number;
  db.close();
  return n;
}

async function waitFor<T>(get: () => T | null): Promise<T> {
  for (;;) {
    const value = get();
    if (value) return value;
    await new Promise((r) => setTimeout(r, 20));
  }
}
