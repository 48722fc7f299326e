// npm run bench:patterns — fills a database with 10k, 100k and 1M reviews over 100 companies (bulk path) and
// measures GET /api/companies/:slug and /patterns over real HTTP against static JSON routes of the same size,
// in the same run; then what the maintained figures add to a write. BENCH_SIZES and BENCH_SECONDS override.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { openDatabase } from '../../db/sqlite/connection';
import { createSqliteStore } from '../../db/sqlite/store';
import { loadCompanySeeds } from '../../db/seed/company-seeds';
import { fillReviews, rebuildFigures } from './patterns/bulk-fill';
import { CONNECTIONS, median, runRoute, type RouteRun } from './patterns/measure-http';
import { measureDeltaCost } from './patterns/delta-cost';
import { measureBuildCost } from './patterns/build-cost';
import { defaultConfig } from '../../server/env';
import { taxonomyNamed } from '../../server/domain/companies/taxonomy-named';
import { STORE_RULES } from '../../server/domain/store-rules';

const SIZES = (process.env.BENCH_SIZES ?? '10000,100000,1000000').split(',').map(Number);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 6);
const COMPANIES = 100;
const SLUG = 'bench-001';
const BAR = 1.5;
const NOW = Date.now();

const dir = mkdtempSync(join(tmpdir(), 'earful-bench-patterns-'));
const databasePath = join(dir, 'earful.db');
const log = (line: string) => process.stdout.write(`${line}\n`);

async function seedBenchCompanies(): Promise<number[]> {
  const conn = openDatabase(databasePath);
  const store = createSqliteStore(conn, STORE_RULES);
  const taxonomy = loadCompanySeeds(taxonomyNamed).find((s) => s.slug === 'disney-plus')!.taxonomy;
  const seeds = Array.from({ length: COMPANIES }, (_, i) => {
    const n = String(i + 1).padStart(3, '0');
    return { slug: `bench-${n}`, name: `Bench ${n}`, category: 'Streaming', taxonomy };
  });
  await store.seedCompanies(seeds, NOW);
  const ids = (await store.listCompaniesWithSummaries()).filter((c) => c.company.slug.startsWith('bench-')).map((c) => c.company.id);
  store.close();
  return ids;
}

async function startServer(): Promise<{ url: string; sizes: { detail: number; patterns: number }; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/bench/patterns/bench-server.ts', databasePath, SLUG], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const first = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('\n')) resolve(out.split('\n')[0]!);
    });
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
  });
  const { port, sizes } = JSON.parse(first) as { port: number; sizes: { detail: number; patterns: number } };
  const stop = () =>
    new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return { url: `http://127.0.0.1:${port}`, sizes, stop };
}

const ROUTES = {
  'static (detail size)': '/api/companies/bench-static-detail',
  'GET /api/companies/:slug': `/api/companies/${SLUG}`,
  'static (patterns size)': '/api/companies/bench-static/patterns',
  'GET …/:slug/patterns': `/api/companies/${SLUG}/patterns`,
} as const;
type RouteName = keyof typeof ROUTES;

/** Rounds in alternating order (forward, backward, …): drift in the shared machine falls on every route alike. */
const ROUNDS = 6;

async function measureSize(url: string): Promise<Record<RouteName, RouteRun>> {
  const names = Object.keys(ROUTES) as RouteName[];
  for (const name of names) await runRoute(url + ROUTES[name], 1);
  const runs = {} as Record<RouteName, RouteRun>;
  for (let round = 0; round < ROUNDS; round++) {
    for (const name of round % 2 ? [...names].reverse() : names) {
      const run = await runRoute(url + ROUTES[name], SECONDS / ROUNDS);
      const prior = runs[name];
      runs[name] = prior
        ? {
            times: prior.times.concat(run.times),
            requestsPerSecond: prior.requestsPerSecond + run.requestsPerSecond / ROUNDS,
            failures: prior.failures + run.failures,
          }
        : { ...run, requestsPerSecond: run.requestsPerSecond / ROUNDS };
    }
  }
  return runs;
}

const ids = await seedBenchCompanies();
const results: {
  size: number;
  sizes: { detail: number; patterns: number };
  runs: Record<RouteName, RouteRun>;
  build: { detail: number; patterns: number };
}[] = [];
log(`bench:patterns — ${COMPANIES} companies, autocannon ${CONNECTIONS} connections, ${SECONDS}s per route and size, database in ${dir}`);
for (const size of SIZES) {
  const conn = openDatabase(databasePath);
  const fillSeconds = fillReviews(conn.sqlite, ids, size, NOW, 1);
  const rebuildSeconds = rebuildFigures(conn.sqlite);
  const build = await measureBuildCost(createSqliteStore(conn, STORE_RULES), SLUG, NOW, defaultConfig().patternMinReviews);
  conn.close();
  const mb = statSync(databasePath).size / 1e6;
  log(
    `${size} reviews: bulk insert ${fillSeconds.toFixed(1)}s, rebuildAggregates ${rebuildSeconds.toFixed(1)}s, database ${mb.toFixed(0)} MB`,
  );
  const server = await startServer();
  results.push({ size, sizes: server.sizes, runs: await measureSize(server.url), build });
  await server.stop();
}

const fmt = (n: number) => (n >= 1e6 ? `${n / 1e6}M` : n >= 1e3 ? `${n / 1e3}k` : String(n));
const pad = (s: string, n: number) => s.padEnd(n);
log('');
log(`median latency in ms (requests/s), ratio to the static route of the same size; bar: ≤ ${BAR}×`);
log(pad('route', 28) + results.map((r) => pad(`${fmt(r.size)} reviews`, 26)).join(''));
const baseline: Record<RouteName, RouteName> = {
  'static (detail size)': 'static (detail size)',
  'GET /api/companies/:slug': 'static (detail size)',
  'static (patterns size)': 'static (patterns size)',
  'GET …/:slug/patterns': 'static (patterns size)',
};
let pass = true;
for (const name of Object.keys(ROUTES) as RouteName[]) {
  const cells = results.map(({ runs }) => {
    const m = median(runs[name].times);
    const ratio = m / median(runs[baseline[name]].times);
    if (runs[name].failures > 0) pass = false;
    if ((name === 'GET /api/companies/:slug' || name === 'GET …/:slug/patterns') && ratio > BAR) pass = false;
    const rps = Math.round(runs[name].requestsPerSecond);
    return pad(`${m.toFixed(3)} (${rps}/s) ${baseline[name] === name ? '' : `${ratio.toFixed(2)}×`}`, 26);
  });
  log(pad(name, 28) + cells.join(''));
}
log(
  pad('cache miss: build, µs', 28) +
    results.map((r) => pad(`detail ${r.build.detail.toFixed(0)}, patterns ${r.build.patterns.toFixed(0)}`, 26)).join(''),
);
log(pad('response bytes (detail, patterns)', 28) + results.map((r) => pad(`${r.sizes.detail}, ${r.sizes.patterns}`, 26)).join(''));

const conn = openDatabase(databasePath);
const store = createSqliteStore(conn, STORE_RULES);
const cost = await measureDeltaCost(conn, store, ids, NOW);
store.close();
log('');
log(`write cost at ${fmt(SIZES[SIZES.length - 1]!)} reviews, µs per call:`);
log(`  pattern delta alone (applyPatternDelta, one review in or out): ${cost.patternDelta.toFixed(1)}`);
log(`  sentiment score of one review (AFINN): ${cost.sentiment.toFixed(1)}`);
log(`  insertReview held (no delta) ${cost.held.insert.toFixed(1)} vs published (with delta) ${cost.published.insert.toFixed(1)}`);
log(`  eraseReview held (no delta) ${cost.held.erase.toFixed(1)} vs published (with delta) ${cost.published.erase.toFixed(1)}`);
log('');
log(
  pass
    ? `PASS: both routes within ${BAR}× of static JSON at every size`
    : `FAIL: a route is over ${BAR}× of static JSON or failed requests`,
);
rmSync(dir, { recursive: true, force: true });
process.exit(pass ? 0 : 1);
