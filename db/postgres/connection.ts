// Opens a pool on the PostgreSQL database (DATABASE_URL) and brings its schema up to date.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import * as schema from './schema';
import { handleCheckedOutErrors } from './checked-out-errors';

export type PgDb = NodePgDatabase<typeof schema> & { $client: pg.Pool };
export type PgTx = Parameters<Parameters<PgDb['transaction']>[0]>[0];
/** Queries take either the pool's database or an open transaction. */
export type PgQuery = PgDb | PgTx;

export interface PostgresConnection {
  db: PgDb;
  pool: pg.Pool;
  close(): Promise<void>;
}

export interface PostgresOptions {
  /** Connections the pool may hold: DATABASE_POOL_SIZE. */
  poolSize?: number;
  /** A request waits at most this long for a connection, so a stopped server fails requests instead of hanging them. */
  connectTimeoutMs?: number;
  /** An idle connection the server dropped (a restart); the pool replaces it on the next query. */
  onIdleError?: (error: Error) => void;
}

export const DEFAULT_POOL_SIZE = 10;
const MIGRATIONS_FOLDER = resolve(dirname(fileURLToPath(import.meta.url)), 'migrations');
// Instances starting together take turns migrating; the key is any constant the app alone uses.
const MIGRATION_LOCK = 0x6561_7266; // "earf"

export async function openPostgres(
  url: string,
  poolSize = DEFAULT_POOL_SIZE,
  options: Omit<PostgresOptions, 'poolSize'> = {},
): Promise<PostgresConnection> {
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 5_000,
    application_name: 'earful',
  });
  // Without a listener, an idle connection's error (the server restarting) would end the process.
  pool.on('error', (error) => options.onIdleError?.(error));
  handleCheckedOutErrors(pool);
  try {
    await migrateLocked(pool);
  } catch (error) {
    await pool.end();
    throw error;
  }
  const db = drizzle(pool, { schema });
  return { db, pool, close: () => pool.end() };
}

async function migrateLocked(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      await migrate(drizzle(client, { schema }), { migrationsFolder: MIGRATIONS_FOLDER });
    } finally {
      await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    }
  } finally {
    client.release();
  }
}
