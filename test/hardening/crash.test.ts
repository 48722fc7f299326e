import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnServer } from '../helpers/server-process';
import { submitMany } from '../helpers/submission-load';
import { compareMaintainedFigures, integrityCheck } from '../helpers/maintained-figures';

const dir = mkdtempSync(join(tmpdir(), 'earful-crash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const TOTAL = 4000;
const KILL_AFTER = 2000;

describe('a crash under load', () => {
  it('loses no acknowledged review: SIGKILL part way, restart, every 2xx submission is there', { timeout: 180_000 }, async () => {
    const databasePath = join(dir, 'earful.db');
    const first = await spawnServer(databasePath);
    let killed = false;
    // The workers keep submitting until the process is gone, so the kill always lands on requests in
    // flight, however many of them one group commit answered just before it.
    let exited = false;
    void first.exited.then(() => {
      exited = true;
    });
    const load = await submitMany(first.url, {
      total: TOTAL,
      concurrency: 64,
      runId: 'crash',
      stop: () => exited,
      onAck: (_ack, acked) => {
        if (acked.length >= KILL_AFTER && !killed) {
          killed = true;
          first.child.kill('SIGKILL');
        }
      },
    });
    expect((await first.exited).signal).toBe('SIGKILL');

    // The restarted server opens the same file, recovering the WAL the killed one left behind.
    const second = await spawnServer(databasePath);
    const answer = await fetch(`${second.url}/api/companies/netflix`);
    expect(answer.status).toBe(200);
    second.child.kill('SIGTERM');
    expect((await second.exited).code).toBe(0);

    const db = new Database(databasePath, { fileMustExist: true });
    const byId = db.prepare('select title, status from reviews where id = ?');
    let found = 0;
    for (const ack of load.acked) {
      const row = byId.get(ack.id) as { title: string; status: string } | undefined;
      if (row?.title === `Load ${ack.marker}` && row.status === ack.status) found++;
    }
    const stored = db.prepare(`select count(*) from reviews where title like 'Load crash-%'`).pluck().get() as number;
    db.close();
    const integrity = integrityCheck(databasePath);
    const figures = compareMaintainedFigures(databasePath);

    console.log(
      `crash test: ${TOTAL} planned at 64 concurrent, killed after ${KILL_AFTER} answers, ${load.failed} requests cut off or refused; ` +
        `acknowledged ${load.acked.length}, found after restart ${found}, lost ${load.acked.length - found}; ` +
        `rows stored ${stored} (in flight when killed: ${stored - found}); integrity_check ${integrity}; ` +
        `maintained tables equal to a recomputation: ${figures.tables.length - Object.keys(figures.mismatches).length}/${figures.tables.length}`,
    );
    expect(load.acked.length).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(load.failed).toBeGreaterThan(0);
    expect(found).toBe(load.acked.length);
    expect(integrity).toBe('ok');
    expect(figures.tables).toContain('company_summaries');
    expect(figures.mismatches).toEqual({});
  });
});
