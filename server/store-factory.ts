// The one place in server/ that knows which database holds the store: PostgreSQL when DATABASE_URL is set,
// otherwise the SQLite file at DATABASE_PATH, built with the domain's rules; and what the command-line tools
// need of the database.
import { openDatabase } from '../db/sqlite/connection';
import { createSqliteStore } from '../db/sqlite/store';
import { openPostgres } from '../db/postgres/connection';
import { createPostgresStore } from '../db/postgres/store';
import { loadCompanySeeds } from '../db/seed/company-seeds';
import { loadGuideSeeds } from '../db/seed/guide-seeds';
import { backupDatabase } from '../db/sqlite/backup';
import * as sqliteSchema from '../db/sqlite/schema';
import { copySqliteToPostgres, type CopyProgress } from '../db/postgres/copy-from-sqlite';
import type { CompanySeed, Store } from './domain/store';
import type { Config } from './env';
import { STORE_RULES } from './domain/store-rules';
import { taxonomyNamed } from './domain/companies/taxonomy-named';

export type StoreConfig = Pick<Config, 'databasePath' | 'databaseUrl' | 'databasePoolSize'>;

/** Opens (creating and migrating when needed) the configured database as the domain's Store. */
export async function openStore(config: StoreConfig, options: { onIdleError?: (error: Error) => void } = {}): Promise<Store> {
  if (config.databaseUrl) {
    const conn = await openPostgres(config.databaseUrl, config.databasePoolSize, options);
    return createPostgresStore(conn, STORE_RULES);
  }
  return createSqliteStore(openDatabase(config.databasePath), STORE_RULES);
}

/** The companies every new site starts with, each with its review form's answers. */
export const companySeeds = (): CompanySeed[] => loadCompanySeeds(taxonomyNamed);

/** The seed guides, checked by seedGuides. */
export const guideSeeds = (): { slug: string; guide: unknown }[] => loadGuideSeeds();

/** A consistent copy of the live database into `targetPath`, while the server runs. */
export const backupStore = (databasePath: string, targetPath: string) => backupDatabase(databasePath, targetPath);

/** Copies the SQLite site at `databasePath` into the empty PostgreSQL database at `url`, figures checked equal. */
export const copyStoreToPostgres = (databasePath: string, url: string, onProgress?: (progress: CopyProgress) => void) =>
  copySqliteToPostgres({ path: databasePath, open: openDatabase, schema: sqliteSchema }, url, onProgress);
