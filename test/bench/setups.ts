// What `npm run bench` measures: the store (--store sqlite|postgres|both) and how many server processes share
// its database (--instances 1, 2 or 1,2); with no flags one SQLite server, as the bench always ran.
import { parseArgs } from 'node:util';

export type StoreName = 'sqlite' | 'postgres';

export interface Setup {
  store: StoreName;
  instances: number;
  /** How the report names it: "SQLite", "PostgreSQL, 2 instances". */
  label: string;
}

const USAGE =
  'Usage: npm run bench -- [--store sqlite|postgres|both] [--instances 1|2|1,2]\n' +
  '  --store postgres needs DATABASE_URL set to a PostgreSQL admin URL (the bench makes and drops its own\n' +
  '  databases there); a throwaway server: bash .ci/postgres-cluster run npm run bench -- --store postgres';

const fail = (message: string): never => {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
};

export function readSetups(args: string[]): { setups: Setup[]; adminUrl: string | undefined } {
  let values: { store?: string; instances?: string };
  try {
    ({ values } = parseArgs({ args, options: { store: { type: 'string' }, instances: { type: 'string' } } }));
  } catch (error) {
    return fail((error as Error).message);
  }
  const storeFlag = values.store ?? 'sqlite';
  const stores: StoreName[] =
    storeFlag === 'both'
      ? ['sqlite', 'postgres']
      : storeFlag === 'sqlite' || storeFlag === 'postgres'
        ? [storeFlag]
        : fail(`unknown --store ${storeFlag}`);
  const instances = (values.instances ?? '1').split(',').map(Number);
  if (instances.some((n) => !Number.isInteger(n) || n < 1 || n > 4)) fail(`--instances takes 1 to 4, or a list such as 1,2`);
  const adminUrl = process.env.DATABASE_URL;
  if (stores.includes('postgres') && !(adminUrl && /^postgres(ql)?:\/\/\S+$/.test(adminUrl))) {
    fail('--store postgres: set DATABASE_URL to a PostgreSQL admin URL (postgres://user@host:port/postgres)');
  }
  const name = { sqlite: 'SQLite', postgres: 'PostgreSQL' };
  const setups = stores.flatMap((store) =>
    instances.map((n) => ({ store, instances: n, label: n === 1 ? name[store] : `${name[store]}, ${n} instances` })),
  );
  return { setups, adminUrl };
}
