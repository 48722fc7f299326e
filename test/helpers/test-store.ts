// The store the tests run on: the SQLite file by default; PostgreSQL in the postgres project (npm run
// test:postgres), which sets EARFUL_TEST_STORE and gives each test file a database of its own on DATABASE_URL.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { openStore, type StoreConfig } from '../../server/store-factory';
import type { Store } from '../../server/domain/store';
import { createTestDatabase, type TestDatabase } from './postgres-cluster';

export const TEST_STORE: 'sqlite' | 'postgres' = process.env.EARFUL_TEST_STORE === 'postgres' ? 'postgres' : 'sqlite';
export const onPostgres = TEST_STORE === 'postgres';

export interface TestStorePlace {
  config: StoreConfig;
  /** Deletes the SQLite folder or drops the PostgreSQL database. */
  remove(): Promise<void>;
}

/** A new, empty place for a store: a SQLite file in a temp folder, or a new PostgreSQL database. */
export async function newStorePlace(dir = mkdtempSync(join(tmpdir(), 'earful-test-'))): Promise<TestStorePlace> {
  const databasePath = join(dir, 'earful.db');
  if (!onPostgres) {
    return {
      config: { databasePath, databaseUrl: undefined, databasePoolSize: 1 },
      remove: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) throw new Error('EARFUL_TEST_STORE=postgres needs DATABASE_URL, an admin URL (README, "Test it")');
  const database: TestDatabase = await createTestDatabase(adminUrl);
  return {
    config: { databasePath, databaseUrl: database.url, databasePoolSize: 4 },
    remove: async () => {
      rmSync(dir, { recursive: true, force: true });
      await database.drop();
    },
  };
}

/** A fresh store for the test file, opened before its tests and removed after them. */
export function useStore(): { readonly store: Store; readonly place: TestStorePlace } {
  let store: Store | undefined;
  let place: TestStorePlace | undefined;
  beforeAll(async () => {
    place = await newStorePlace();
    store = await openStore(place.config);
  });
  afterAll(async () => {
    await store?.close();
    await place?.remove();
  });
  return {
    get store() {
      if (!store) throw new Error('The store is opened in beforeAll; use it inside hooks and tests');
      return store;
    },
    get place() {
      if (!place) throw new Error('The store is opened in beforeAll; use it inside hooks and tests');
      return place;
    },
  };
}
