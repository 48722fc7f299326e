// `npm run db:backup -- FILE`: a consistent copy of the live database while the server keeps running.
import { readConfig } from '../env';
import { backupStore } from '../store-factory';

const target = process.argv[2];
if (!target) {
  console.error('Usage: npm run db:backup -- FILE   (copies DATABASE_PATH to FILE while the server runs)');
  process.exit(2);
}
const config = readConfig();
if (config.databaseUrl) {
  // PostgreSQL has its own consistent, online backup; a copy made here would be a slower, weaker one.
  console.error(
    'DATABASE_URL is set: back up PostgreSQL with its own tools while the site runs, e.g.\n' +
      '  pg_dump --format=custom --file=earful.dump "$DATABASE_URL"\n' +
      'and restore with pg_restore --dbname=<empty database> earful.dump',
  );
  process.exit(2);
}
const started = performance.now();
try {
  const result = await backupStore(config.databasePath, target);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `Backed up ${config.databasePath} to ${target}: ${result.reviews} reviews, ${result.companies} companies, ` +
      `${(result.bytes / 1024 / 1024).toFixed(1)} MB, integrity ok, in ${seconds} s`,
  );
} catch (error) {
  console.error(`Backup failed: ${(error as Error).message}`);
  process.exit(1);
}
