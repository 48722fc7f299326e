// Which database errors each store calls an outage (answered 503, try again) and which stay a 500: real driver
// errors where they are cheap to cause, the driver's own shapes otherwise.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { DrizzleQueryError } from 'drizzle-orm/errors';
import { afterAll, describe, expect, it } from 'vitest';
import { isPostgresUnavailable } from '../../db/postgres/unavailable';
import { isSqliteUnavailable } from '../../db/sqlite/unavailable';

const dir = mkdtempSync(join(tmpdir(), 'earful-unavailable-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const pgError = (code: string, message = 'server said no') => Object.assign(new Error(message), { code, severity: 'FATAL' });

describe('isPostgresUnavailable', () => {
  it('is true for a refused connection, bare or wrapped by Drizzle', async () => {
    const client = new pg.Client({ connectionString: `postgres://postgres@127.0.0.1:${await closedPort()}/earful` });
    const refused = await client.connect().then(
      () => null,
      (e: unknown) => e,
    );
    expect(refused).toMatchObject({ code: 'ECONNREFUSED' });
    expect(isPostgresUnavailable(refused)).toBe(true);
    expect(isPostgresUnavailable(new DrizzleQueryError('select 1', [], refused as Error))).toBe(true);
    expect(isPostgresUnavailable(new AggregateError([refused], 'every address refused'))).toBe(true);
  });

  it.each([
    ['server shutting down (57P01)', pgError('57P01', 'terminating connection due to administrator command')],
    ['crash shutdown (57P02)', pgError('57P02')],
    ['starting up or shutting down (57P03)', pgError('57P03', 'the database system is shutting down')],
    ['too many connections (53300)', pgError('53300')],
    ['connection failure (08006)', pgError('08006')],
    ['connection reset', Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' })],
    ['broken pipe', Object.assign(new Error('write EPIPE'), { code: 'EPIPE' })],
    ['connect timeout', Object.assign(new Error('connect ETIMEDOUT'), { code: 'ETIMEDOUT' })],
    ['the pool waited too long', new Error('timeout exceeded when trying to connect')],
    ['the socket closed', new Error('Connection terminated unexpectedly')],
    ['the pool gave up connecting', new Error('Connection terminated due to connection timeout')],
    ['a client cut earlier', new Error('Client has encountered a connection error and is not queryable')],
  ])('is true for %s', (_name, error) => {
    expect(isPostgresUnavailable(error)).toBe(true);
    expect(isPostgresUnavailable(new DrizzleQueryError('select 1', [], error))).toBe(true);
  });

  it.each([
    ['a unique violation (23505)', pgError('23505')],
    ['a serialization failure (40001), retried where it happens', pgError('40001')],
    ['a bad value (22P02)', pgError('22P02')],
    ['a disk full (53100), which needs an operator', pgError('53100')],
    ['a plain error', new Error('boom')],
    ['a pool already closed', new Error('Cannot use a pool after calling end on the pool')],
    ['no error at all', undefined],
    ['a string', 'ECONNREFUSED'],
  ])('is false for %s', (_name, error) => {
    expect(isPostgresUnavailable(error)).toBe(false);
  });
});

describe('isSqliteUnavailable', () => {
  it('is true for a write refused while another connection holds the lock', () => {
    const path = join(dir, 'locked.db');
    const holder = new Database(path);
    holder.pragma('journal_mode = WAL');
    holder.exec('create table t (x integer)');
    const writer = new Database(path);
    writer.pragma('busy_timeout = 0');
    holder.exec('begin immediate');
    let busy: unknown;
    try {
      writer.exec('insert into t values (1)');
    } catch (error) {
      busy = error;
    }
    holder.exec('rollback');
    holder.close();
    writer.close();
    expect(busy).toMatchObject({ code: 'SQLITE_BUSY' });
    expect(isSqliteUnavailable(busy)).toBe(true);
  });

  it.each(['SQLITE_BUSY_SNAPSHOT', 'SQLITE_BUSY_TIMEOUT', 'SQLITE_LOCKED', 'SQLITE_LOCKED_SHAREDCACHE'])('is true for %s', (code) => {
    expect(isSqliteUnavailable(new Database.SqliteError('locked', code))).toBe(true);
  });

  // A full disk, a failing disk or a damaged file do not clear in seconds: they stay 500s an operator sees.
  it.each(['SQLITE_FULL', 'SQLITE_IOERR_WRITE', 'SQLITE_CORRUPT', 'SQLITE_READONLY', 'SQLITE_CONSTRAINT_UNIQUE', 'SQLITE_BUSYX'])(
    'is false for %s',
    (code) => {
      expect(isSqliteUnavailable(new Database.SqliteError('no', code))).toBe(false);
    },
  );
});
