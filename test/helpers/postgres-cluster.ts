// A throwaway PostgreSQL for tests: a database of its own per test file on the server that DATABASE_URL names
// (an admin URL), or a private cluster (.ci/postgres-cluster) that a test may stop and start.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';

const SCRIPT = fileURLToPath(new URL('../../.ci/postgres-cluster', import.meta.url));
/** Debian's PostgreSQL 15, which .ci/postgres-cluster runs. */
export const PG_CTL = '/usr/lib/postgresql/15/bin/pg_ctl';
export const canStartCluster = existsSync(PG_CTL);

export interface PostgresCluster {
  adminUrl: string;
  dir: string;
  start(): Promise<void>;
  /** Stops the server, keeping its data and port. */
  stop(): Promise<void>;
  remove(): Promise<void>;
}

const run = async (command: string, dir: string) =>
  (await promisify(execFile)('bash', [SCRIPT, command, dir], { encoding: 'utf8' })).stdout.trim();

export async function startPostgresCluster(): Promise<PostgresCluster> {
  const dir = mkdtempSync(join(tmpdir(), 'earful-pg-'));
  const adminUrl = await run('start', dir);
  return {
    adminUrl,
    dir,
    start: async () => void (await run('start', dir)),
    stop: async () => void (await run('stop', dir)),
    remove: async () => void (await run('remove', dir)),
  };
}

export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

/** One client on `url` for the length of `work`. */
export async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Drops a test database, connections and all. */
export async function dropTestDatabase(adminUrl: string, name: string): Promise<void> {
  await withClient(adminUrl, (c) => c.query(`drop database if exists ${name} with (force)`));
}

/** A new empty database on the admin URL's server, so test files can run side by side. */
export async function createTestDatabase(adminUrl: string): Promise<TestDatabase> {
  const name = `earful_${randomBytes(6).toString('hex')}`;
  await withClient(adminUrl, (c) => c.query(`create database ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    drop: () => dropTestDatabase(adminUrl, name),
  };
}

/** A database of the file's own, made before its tests and dropped after them, on DATABASE_URL's server. */
export function useTestDatabase(): { readonly url: string } {
  let database: TestDatabase | undefined;
  beforeAll(async () => {
    const adminUrl = process.env.DATABASE_URL;
    if (!adminUrl) throw new Error('DATABASE_URL is not set: the PostgreSQL tests need a server (README, "Test it")');
    database = await createTestDatabase(adminUrl);
  });
  afterAll(async () => {
    await database?.drop();
  });
  return {
    get url() {
      if (!database) throw new Error('The test database is made in beforeAll; use it inside hooks and tests');
      return database.url;
    },
  };
}
