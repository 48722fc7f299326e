import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { groupCommit } from '../../db/sqlite/group-commit';

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

/** A real database file with a deferred foreign key, so a bad row fails only at COMMIT. */
function database() {
  dir = mkdtempSync(join(tmpdir(), 'earful-group-'));
  const path = join(dir, 'group.db');
  const sqlite = new Database(path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('wal_autocheckpoint = 0');
  sqlite.pragma('foreign_keys = ON');
  sqlite.exec(`
    create table parent (id integer primary key);
    create table child (id integer primary key, parent_id integer not null references parent(id) deferrable initially deferred);
    insert into parent (id) values (1);`);
  const insert = sqlite.prepare('insert into child (parent_id) values (?)');
  const rows = () => (sqlite.prepare('select parent_id from child order by id').all() as { parent_id: number }[]).map((r) => r.parent_id);
  // Each commit of one small insert appends one page (the child table's leaf) to the log.
  const walFrames = () => (statSync(`${path}-wal`).size - 32) / (24 + (sqlite.pragma('page_size', { simple: true }) as number));
  return { sqlite, insert, rows, walFrames };
}

const settle = <T>(promises: Promise<T>[]) => Promise.allSettled(promises);

describe('groupCommit', () => {
  it('writes the writes of one moment in one transaction, each answered with its own result', async () => {
    const { sqlite, insert, rows, walFrames } = database();
    const group = groupCommit(sqlite);
    await group.run(() => insert.run(1));
    const before = walFrames();
    const written = await Promise.all([1, 1, 1].map(() => group.run(() => Number(insert.run(1).lastInsertRowid))));
    expect(written).toEqual([2, 3, 4]);
    expect(rows()).toEqual([1, 1, 1, 1]);
    expect(walFrames() - before).toBe(1);
    // Nothing is pending once every caller has its answer.
    expect(sqlite.inTransaction).toBe(false);
    sqlite.close();
  });

  it('takes back only the write that throws; the others of its group are stored', async () => {
    const { sqlite, insert, rows } = database();
    const group = groupCommit(sqlite);
    const results = await settle([
      group.run(() => insert.run(1)),
      group.run(() => {
        insert.run(1);
        throw new Error('refused after writing');
      }),
      group.run(() => insert.run(1)),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((results[1] as PromiseRejectedResult).reason).toEqual(new Error('refused after writing'));
    expect(rows()).toEqual([1, 1]);
    sqlite.close();
  });

  it('answers no write of a group whose commit fails, and stores none of it', async () => {
    const { sqlite, insert, rows } = database();
    const group = groupCommit(sqlite);
    const results = await settle([group.run(() => insert.run(1)), group.run(() => insert.run(99)), group.run(() => insert.run(1))]);
    expect(results.every((r) => r.status === 'rejected')).toBe(true);
    expect(String((results[0] as PromiseRejectedResult).reason)).toMatch(/FOREIGN KEY/);
    expect(rows()).toEqual([]);
    // The next moment's writes are not held back by the failed group.
    await group.run(() => insert.run(1));
    expect(rows()).toEqual([1]);
    sqlite.close();
  });

  it('splits a flood into groups of at most the limit, all of them stored', async () => {
    const { sqlite, insert, rows, walFrames } = database();
    const group = groupCommit(sqlite, { maxGroup: 10 });
    const before = walFrames();
    await Promise.all(Array.from({ length: 35 }, () => group.run(() => insert.run(1))));
    expect(rows()).toHaveLength(35);
    expect(walFrames() - before).toBe(4);
    sqlite.close();
  });

  it("runs the group's shared work once, with the results of the writes that succeeded, before the commit", async () => {
    const { sqlite, insert, rows } = database();
    const seen: number[][] = [];
    const group = groupCommit<number>(sqlite, {
      beforeCommit: (ids) => {
        seen.push(ids);
        if (ids.length > 1) insert.run(ids.length);
      },
    });
    sqlite.exec('insert into parent (id) values (2)');
    const results = await settle([
      group.run(() => Number(insert.run(1).lastInsertRowid)),
      group.run(() => {
        throw new Error('refused');
      }),
      group.run(() => Number(insert.run(1).lastInsertRowid)),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(seen).toEqual([[1, 2]]);
    // The shared work's own row was committed with the group (a child of parent 2: two writes succeeded).
    expect(rows()).toEqual([1, 1, 2]);
    sqlite.close();
  });

  describe('with jobs of one write each (no savepoint a job)', () => {
    it('takes back only the write that fails; the others of its group are stored', async () => {
      const { sqlite, rows } = database();
      sqlite.exec('create table unique_child (id integer primary key, name text not null unique)');
      const named = sqlite.prepare('insert into unique_child (name) values (?)');
      const names = () => (sqlite.prepare('select name from unique_child order by id').all() as { name: string }[]).map((r) => r.name);
      const group = groupCommit(sqlite, { singleWriteJobs: true });
      const results = await settle(['a', 'a', 'b'].map((name) => group.run(() => named.run(name))));
      expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
      expect(String((results[1] as PromiseRejectedResult).reason)).toMatch(/UNIQUE/);
      expect(names()).toEqual(['a', 'b']);
      expect(rows()).toEqual([]);
      sqlite.close();
    });

    it('ends the group when SQLite rolls the whole transaction back, so no later job writes outside it', async () => {
      const { sqlite, insert, rows } = database();
      const group = groupCommit(sqlite, { singleWriteJobs: true });
      const results = await settle([
        group.run(() => insert.run(1)),
        // What SQLite does on a full disk or an I/O error: the statement fails and the transaction is gone with it.
        group.run(() => {
          sqlite.exec('rollback');
          throw new Error('database or disk is full');
        }),
        group.run(() => insert.run(1)),
      ]);
      expect(results.every((r) => r.status === 'rejected')).toBe(true);
      expect(rows()).toEqual([]);
      expect(sqlite.inTransaction).toBe(false);
      await group.run(() => insert.run(1));
      expect(rows()).toEqual([1]);
      sqlite.close();
    });
  });
});
