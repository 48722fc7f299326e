// Databases for the bench: the seeded companies with N reviews of Netflix written by the patterns bench's bulk
// path (one prepared insert, then every maintained figure rebuilt). A filled file is kept in the temp folder,
// keyed by everything that shapes it, so a second run does not spend minutes filling a million rows again.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../db/sqlite/connection';
import { createSqliteStore } from '../../db/sqlite/store';
import { loadCompanySeeds } from '../../db/seed/company-seeds';
import { fillReviews, rebuildFigures } from './patterns/bulk-fill';
import { PROJECT_ROOT } from '../helpers/server-process';
import { taxonomyNamed } from '../../server/domain/companies/taxonomy-named';
import { STORE_RULES } from '../../server/domain/store-rules';

export const BENCH_SLUG = 'netflix';

/** Where one server setup's site lives: a SQLite file, or a PostgreSQL database (a copy of that file). */
export type BenchDatabase = { path: string; url?: undefined } | { url: string; path?: undefined };
const CACHE = join(tmpdir(), 'earful-bench-cache');

/** Migrations, seeds and the fill and rebuild code: a change to any of them makes a new file. */
function shapeKey(): string {
  const hash = createHash('sha256');
  const files = [
    ...readdirSync(join(PROJECT_ROOT, 'db/sqlite/migrations'))
      .filter((f) => f.endsWith('.sql'))
      .map((f) => `db/sqlite/migrations/${f}`),
    'db/seed/companies.json',
    'server/domain/companies/taxonomies.json',
    'db/seed/synthetic-reviews.ts',
    'db/sqlite/queries/rebuild-aggregates.ts',
    'test/bench/patterns/bulk-fill.ts',
  ].sort();
  for (const file of files) if (existsSync(join(PROJECT_ROOT, file))) hash.update(file).update(readFileSync(join(PROJECT_ROOT, file)));
  return hash.digest('hex').slice(0, 16);
}

/** A fresh copy of a database holding `reviews` Netflix reviews, at `path`; returns seconds spent filling (0 when cached). */
export async function benchDatabase(reviews: number, path: string, log: (line: string) => void): Promise<number> {
  mkdirSync(CACHE, { recursive: true });
  const cached = join(CACHE, `${shapeKey()}-${reviews}.db`);
  let seconds = 0;
  if (!existsSync(cached)) {
    const building = `${cached}.building`;
    const conn = openDatabase(building);
    const store = createSqliteStore(conn, STORE_RULES);
    const now = Date.now();
    await store.seedCompanies(loadCompanySeeds(taxonomyNamed), now);
    const company = await store.findCompanyBySlug(BENCH_SLUG);
    const fill = fillReviews(conn.sqlite, [company!.id], reviews, now, 1);
    const rebuild = rebuildFigures(conn.sqlite);
    conn.close();
    renameSync(building, cached);
    seconds = fill + rebuild;
    log(`  filled ${reviews} reviews in ${fill.toFixed(0)} s, rebuilt the figures in ${rebuild.toFixed(0)} s (kept as ${cached})`);
  } else {
    log(`  ${reviews} reviews from ${cached} (${(statSync(cached).size / 1e6).toFixed(0)} MB)`);
  }
  copyFileSync(cached, path);
  return seconds;
}
