// `npm run db:copy -- --to postgres://…`: moves a site that started on SQLite (DATABASE_PATH) into an empty
// PostgreSQL database, every table and id, refusing a database that holds anything and checking the figures after.
import { parseArgs } from 'node:util';
import { readConfig } from '../env';
import { copyStoreToPostgres } from '../store-factory';

const USAGE =
  'Usage: npm run db:copy -- --to postgres://user:password@host:5432/earful\n' +
  '  copies the SQLite database at DATABASE_PATH into that PostgreSQL database, which must be empty';

function targetUrl(): string | undefined {
  try {
    const { values } = parseArgs({ options: { to: { type: 'string' } } });
    return values.to && /^postgres(ql)?:\/\/\S+$/.test(values.to) ? values.to : undefined;
  } catch {
    return undefined;
  }
}

/** The URL as it may be printed: the password, if any, never reaches the terminal or a log. */
function hidePassword(url: string, text: string): string {
  try {
    const password = new URL(url).password;
    if (!password) return text;
    return text.replaceAll(password, '***').replaceAll(decodeURIComponent(password), '***');
  } catch {
    return text.replace(/\/\/[^@/]*@/, '//***@');
  }
}

const to = targetUrl();
if (!to) {
  console.error(USAGE);
  process.exit(2);
}
const config = readConfig();
const shown = hidePassword(to, to);
console.log(`Copying ${config.databasePath} into ${shown}`);
try {
  const result = await copyStoreToPostgres(config.databasePath, to);
  const width = Math.max(...result.tables.map((t) => t.table.length));
  for (const { table, rows } of result.tables) console.log(`  ${table.padEnd(width)}  ${rows} ${rows === 1 ? 'row' : 'rows'}`);
  const total = result.tables.reduce((sum, t) => sum + t.rows, 0);
  console.log(`Copied ${total} rows in ${result.tables.length} tables in ${result.seconds.toFixed(1)} s`);
  console.log(`Row counts match and figures equal (${result.figures.join(', ')})`);
  console.log(`Start the site with DATABASE_URL set to ${shown}`);
} catch (error) {
  console.error(`db:copy stopped, nothing was copied: ${hidePassword(to, (error as Error).message)}`);
  process.exit(1);
}
