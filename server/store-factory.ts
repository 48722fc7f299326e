// The one place in server/ that knows which database holds the store: it builds the SQLite store with the
// domain's rules, and hands the command-line tools what they need of the database.
import { openDatabase } from '../db/sqlite/client';
import { createSqliteStore } from '../db/sqlite/store';
import { loadCompanySeeds } from '../db/seed/company-seeds';
import { loadGuideSeeds } from '../db/seed/guide-seeds';
import { backupDatabase } from '../db/sqlite/backup';
import type { CompanySeed, Store } from './domain/store';
import { STORE_RULES } from './domain/store-rules';
import { taxonomyNamed } from './domain/companies/taxonomy-named';

/** Opens (creating and migrating when needed) the database at `databasePath` as the domain's Store. */
export function openStore(databasePath: string): Store {
  return createSqliteStore(openDatabase(databasePath), STORE_RULES);
}

/** The companies every new site starts with, each with its review form's answers. */
export const companySeeds = (): CompanySeed[] => loadCompanySeeds(taxonomyNamed);

/** The seed guides, checked by seedGuides. */
export const guideSeeds = (): { slug: string; guide: unknown }[] => loadGuideSeeds();

/** A consistent copy of the live database into `targetPath`, while the server runs. */
export const backupStore = (databasePath: string, targetPath: string) => backupDatabase(databasePath, targetPath);
