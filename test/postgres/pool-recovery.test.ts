// The pool across a database restart: while the server is down a query fails fast with a connection error (never
// hangs), and once it is back the same pool serves again, without reopening. Runs on a private cluster of its own,
// since stopping DATABASE_URL's server would stop every other file's database.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openPostgres, type PostgresConnection } from '../../db/postgres/connection';
import { canStartCluster, createTestDatabase, startPostgresCluster, type PostgresCluster } from '../helpers/postgres-cluster';

describe.skipIf(!inject('postgresAdminUrl') || !canStartCluster)('the PostgreSQL pool', () => {
  let cluster: PostgresCluster;
  let conn: PostgresConnection;
  const idleErrors: Error[] = [];

  beforeAll(async () => {
    cluster = await startPostgresCluster();
    const database = await createTestDatabase(cluster.adminUrl);
    conn = await openPostgres(database.url, 3, { connectTimeoutMs: 2_000, onIdleError: (e) => idleErrors.push(e) });
  });
  afterAll(async () => {
    await conn?.close();
    await cluster?.remove();
  });

  it('fails queries while the server is down and serves again once it is back', async () => {
    // Fill the pool with idle connections, which the stop then breaks.
    await Promise.all([1, 2, 3].map(() => conn.pool.query('select pg_sleep(0.05)')));
    expect(conn.pool.idleCount).toBeGreaterThan(0);

    await cluster.stop();
    const started = Date.now();
    await expect(conn.pool.query('select 1')).rejects.toThrow(/ECONNREFUSED|connect|terminat|timeout/i);
    expect(Date.now() - started).toBeLessThan(10_000);
    // The broken idle connections were reported, not thrown at the process.
    expect(idleErrors.length).toBeGreaterThan(0);

    await cluster.start();
    const { rows } = await conn.pool.query('select count(*)::int as n from companies');
    expect(rows[0]).toEqual({ n: 0 });
  });
});
