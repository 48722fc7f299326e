// npm run bench — the real server (server/index.ts in its own process) under autocannon at 50 connections, every
// figure a ratio to a baseline measured in the same run: a hello-world Hono app for reads, the moderation
// pipeline's own in-process throughput on the same texts for writes. BENCH_SECONDS and BENCH_SIZES override;
// --store postgres|both and --instances 2 (or 1,2) measure PostgreSQL and several server processes (setups.ts).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { seededRandom, syntheticReview } from '../../db/seed/synthetic-reviews';
import { screenText } from '../../server/domain/screening/screen-text';
import { buildSite } from './build-site';
import { cpuMicros } from './process-cpu';
import { PROJECT_ROOT, spawnServer, type ServerProcess } from '../helpers/server-process';
import { benchDatabase, type BenchDatabase } from './bench-database';
import { CONNECTIONS, load, loadSpread, type LoadRun } from './load';
import { routeList, signInAdmin, type BenchRoute } from './routes';
import { reportTable, type Memory, type Row, type SiteCheckRow } from './report';
import { readSetups, type Setup } from './setups';
import { BenchPostgres } from './postgres-databases';
import { checkOneSite } from './one-site';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 6);
/** Baseline and route alternate this many times within SECONDS each. */
const ROUNDS = 3;
/**
 * Submissions are warmed longer before their CPU is charged: for the first seconds V8's compiler threads take a
 * third of the process's CPU, which a long-running server does not pay (1,499 µs a review after 1 s, 812 after 20).
 */
const SUBMISSION_WARM_SECONDS = Number(process.env.BENCH_WARM_SECONDS ?? 10);
const SIZES = (process.env.BENCH_SIZES ?? '10000,1000000').split(',').map(Number);
const log = (line: string) => process.stdout.write(`${line}\n`);
const started = performance.now();
const dir = mkdtempSync(join(tmpdir(), 'earful-bench-'));

/** Review submissions of 300-800 characters, a few with personal data or swearing, as the moderation bench makes them. */
const rand = seededRandom(20_260_801);
const submissions = Array.from({ length: 6000 }, () => syntheticReview(rand, { spiceRate: 0.05, minLength: 300, maxLength: 800 }));
const bodies = submissions.map((s) => JSON.stringify(s));

/** The pipeline's CPU per review on the bench's texts, in microseconds, over every moderation baseline run. */
const pipelineCpu = { micros: 0, reviews: 0 };

function moderationPerSecond(seconds: number): number {
  const until = performance.now() + seconds * 1000;
  const cpuBefore = process.cpuUsage();
  let done = 0;
  while (performance.now() < until) {
    const s = submissions[done % submissions.length]!;
    screenText({ title: s.title, body: s.body, displayName: s.displayName });
    done++;
  }
  const cpu = process.cpuUsage(cpuBefore);
  pipelineCpu.micros += cpu.user + cpu.system;
  pipelineCpu.reviews += done;
  return done / seconds;
}

/** The servers' CPU over `run` divided by its answers (accepted ones: failures are not counted as served). */
async function withServerCpu(pids: number[], run: () => Promise<LoadRun>): Promise<{ run: LoadRun; cpuMicros: number }> {
  const before = cpuMicros(pids);
  const result = await run();
  return { run: result, cpuMicros: cpuMicros(pids) - before };
}

async function startHello(): Promise<{ url: string; stop: () => void }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/bench/hello-server.ts'], {
    cwd: PROJECT_ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const line = await new Promise<string>((resolve) => child.stdout!.once('data', (d: Buffer) => resolve(d.toString())));
  return { url: `http://127.0.0.1:${(JSON.parse(line) as { port: number }).port}/`, stop: () => child.kill('SIGTERM') };
}

/** Several runs of one route as one: requests per second over all of them, the worst p99. */
function combine(runs: LoadRun[]): LoadRun {
  const total = runs.reduce((a, r) => a + r.total, 0);
  return {
    requestsPerSecond: runs.reduce((a, r) => a + r.requestsPerSecond, 0) / runs.length,
    p50: Math.max(...runs.map((r) => r.p50)),
    p99: Math.max(...runs.map((r) => r.p99)),
    max: Math.max(...runs.map((r) => r.max)),
    total,
    failures: runs.reduce((a, r) => a + r.failures, 0),
  };
}

/** Peak and current resident memory of a process, in MB. */
function memoryOf(pid: number): { peak: number; now: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { peak: kb('VmHWM') / 1024, now: kb('VmRSS') / 1024 };
}

/**
 * Routes measured in ROUNDS rounds, each their baseline then every route of the group (spread over every instance
 * at `urls`), so drift on the shared machine falls on both; the hello-world runs are added to `floorRuns` for the
 * floor's own row. A group shares its baseline: one hello-world run a round, not one a route.
 */
async function alternatingRounds(
  group: BenchRoute[],
  urls: string[],
  pids: number[],
  floorRuns: LoadRun[],
): Promise<{ run: LoadRun; baseline: number; cpuPerAnswer: number }[]> {
  const runs: LoadRun[][] = group.map(() => []);
  const cpu = group.map(() => 0);
  const baselines: number[] = [];
  const targetsOf = (route: BenchRoute) => urls.map((url) => route.url.replace(urls[0]!, url));
  for (let round = 0; round < ROUNDS; round++) {
    if (group[0]!.baseline === 'moderation') baselines.push(moderationPerSecond(SECONDS / ROUNDS));
    else {
      const floor = await load(hello.url, { seconds: SECONDS / ROUNDS });
      floorRuns.push(floor);
      baselines.push(floor.requestsPerSecond);
    }
    for (const [i, route] of group.entries()) {
      const measured = await withServerCpu(pids, () => loadSpread(targetsOf(route), { ...route.options, seconds: SECONDS / ROUNDS }));
      runs[i]!.push(measured.run);
      cpu[i]! += measured.cpuMicros;
    }
  }
  const baseline = baselines.reduce((a, b) => a + b, 0) / baselines.length;
  return runs.map((routeRuns, i) => {
    const run = combine(routeRuns);
    return { run, baseline, cpuPerAnswer: cpu[i]! / Math.max(1, run.total - run.failures) };
  });
}

/** Servers of this run still up, stopped however the run ends. */
const live = new Set<ServerProcess>();

async function stopServer(server: ServerProcess): Promise<void> {
  server.child.kill('SIGTERM');
  await server.exited;
  live.delete(server);
}

async function startServer(databasePath: string, env: Record<string, string>): Promise<ServerProcess> {
  // Minutes to listen: a first start on a million reviews took over the tests' 30 s on a busy machine.
  const server = await spawnServer(databasePath, env, { startTimeoutMs: 300_000 });
  live.add(server);
  return server;
}

/**
 * Submissions again on a server with one moderation thread (MODERATION_THREADS=1, not the default on two
 * cores), on a fresh copy of the same database: what the setting buys and what it costs in memory.
 */
async function measureThreadsOption(size: number, databasePath: string, setup: string | undefined) {
  const copy = `${databasePath}.threads.db`;
  await benchDatabase(size, copy, () => {});
  const server = await startServer(copy, { TRUSTED_PROXIES: '127.0.0.1', MODERATION_THREADS: '1' });
  const post = (await routeList(server.url, { headers: {} }, bodies, false)).find((r) => r.baseline === 'moderation')!;
  await load(post.url, { ...post.options, seconds: SUBMISSION_WARM_SECONDS });
  const { run, baseline, cpuPerAnswer } = (await alternatingRounds([post], [post.url], [server.child.pid!], []))[0]!;
  const name = `${post.name}, MODERATION_THREADS=1`;
  rows.push({ size, setup, name, run, baseline, bar: post.bar, baselineName: 'moderation', option: true, cpuPerAnswer });
  log(`  ${name}: ${run.requestsPerSecond.toFixed(0)}/s against ${baseline.toFixed(0)}/s, p99 ${run.p99} ms`);
  memory.push({ size, setup, ...memoryOf(server.child.pid!), option: 'MODERATION_THREADS=1, after its submissions' });
  await stopServer(server);
  rmSync(copy, { force: true });
}

/** Every route on one setup's servers (all on `database`), then the one-site check and their memory. */
async function measureSetup(setup: Setup, size: number, database: BenchDatabase) {
  // PostgreSQL takes the client-hash key from the environment only, the same for every instance (server/env.ts).
  const postgresEnv: Record<string, string> = database.url
    ? { DATABASE_URL: database.url, CLIENT_HASH_KEY: randomBytes(32).toString('base64url') }
    : {};
  const env: Record<string, string> = { TRUSTED_PROXIES: '127.0.0.1', ...postgresEnv };
  const servers: ServerProcess[] = [];
  // One after another: the first start migrates a database the others then find current.
  for (let i = 0; i < setup.instances; i++) servers.push(await startServer(database.path ?? join(dir, 'unused.db'), env));
  const urls = servers.map((s) => s.url);
  const pids = servers.map((s) => s.child.pid!);
  const admin = await signInAdmin(urls[0]!, database);
  const routes = await routeList(urls[0]!, admin, bodies, size === SIZES[SIZES.length - 1]);
  const label = labelled ? setup.label : undefined;
  // Ratios come from rounds that alternate baseline and route, so drift on the shared machine falls on both.
  const floorRuns: LoadRun[] = [];
  const firstRow = rows.length;
  for (const [i, route] of routes.entries()) {
    const targets = urls.map((url) => route.url.replace(urls[0]!, url));
    if (!route.measured) {
      await loadSpread(targets, { ...route.options, seconds: 1 });
      const { run, cpuMicros: cpu } = await withServerCpu(pids, () => loadSpread(targets, { ...route.options, seconds: 3 }));
      const cpuPerAnswer = cpu / Math.max(1, run.total - run.failures);
      rows.push({ size, setup: label, name: route.name, run, baseline: null, bar: null, cpuPerAnswer, p99Bar: route.p99Bar });
      log(`  ${route.name}: ${run.requestsPerSecond.toFixed(0)}/s, p99 ${run.p99} ms${run.failures ? `, ${run.failures} failed` : ''}`);
      continue;
    }
    // A group is measured at its first route, all together; the rest of it is then passed over.
    if (route.group !== undefined && routes[i - 1]?.group === route.group) continue;
    let end = i + 1;
    while (route.group !== undefined && routes[end]?.group === route.group) end++;
    const group = routes.slice(i, end);
    for (const member of group) {
      const warm = member.baseline === 'moderation' ? SUBMISSION_WARM_SECONDS : 1;
      await loadSpread(
        urls.map((url) => member.url.replace(urls[0]!, url)),
        { ...member.options, seconds: warm },
      );
    }
    const results = await alternatingRounds(group, urls, pids, floorRuns);
    for (const [j, { run, baseline, cpuPerAnswer }] of results.entries()) {
      const member = group[j]!;
      rows.push({ size, setup: label, name: member.name, run, baseline, bar: member.bar, baselineName: member.baseline, cpuPerAnswer });
      log(`  ${member.name}: ${run.requestsPerSecond.toFixed(0)}/s against ${baseline.toFixed(0)}/s, p99 ${run.p99} ms`);
    }
  }
  rows.splice(firstRow, 0, { size, setup: label, name: 'hello-world Hono (floor)', run: combine(floorRuns), baseline: null, bar: null });
  const check = await checkOneSite(urls, database);
  checks.push({ size, setup: setup.label, ...check });
  log(
    `  one site: summary count ${check.counts.join(' / ')}, ${check.stored} published stored${check.consistent ? '' : ' — INCONSISTENT'}`,
  );
  servers.forEach((server, i) =>
    memory.push({ size, setup: label, instance: setup.instances > 1 ? i + 1 : undefined, ...memoryOf(server.child.pid!) }),
  );
  for (const server of servers) await stopServer(server);
}

const { setups, adminUrl } = readSetups(process.argv.slice(2));
const postgres = setups.some((s) => s.store === 'postgres') ? new BenchPostgres(adminUrl!) : undefined;

log(`npm run bench — ${new Date().toISOString()}`);
log(
  `machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${process.platform}`,
);
log(
  `autocannon ${CONNECTIONS} connections; each ratio from ${ROUNDS} rounds alternating baseline and route, ${SECONDS} s of each; 3 s for the p99-only routes; 1 s warm-up each`,
);
log("the review list's rows ask for gzip or brotli as a browser does (Accept-Encoding: gzip, deflate, br); every other row for none");
// A plain run (one SQLite server) prints as it always did; any other names its setup in every row.
const labelled = setups.length > 1 || setups[0]!.store !== 'sqlite' || setups[0]!.instances > 1;
if (labelled) {
  const shared = setups.some((s) => s.instances > 1)
    ? " (several instances share the load's connections; the baselines stay one process)"
    : '';
  log(`setups: ${setups.map((s) => s.label).join('; ')}${shared}`);
}

moderationPerSecond(1);
// The servers run what `npm start` runs, built from the code as it is now.
await buildSite();
const hello = await startHello();
const rows: Row[] = [];
const memory: Memory[] = [];
const checks: SiteCheckRow[] = [];

async function cleanUp() {
  hello.stop();
  for (const server of [...live]) await stopServer(server);
  await postgres?.dropAll();
  rmSync(dir, { recursive: true, force: true });
}
process.on('SIGINT', () => void cleanUp().finally(() => process.exit(130)));

try {
  for (const size of SIZES) {
    log(`\n${size} reviews:`);
    const databasePath = join(dir, `bench-${size}.db`);
    await benchDatabase(size, databasePath, log);
    const template = postgres ? await postgres.template(size, databasePath) : undefined;
    if (template)
      log(`  copied into PostgreSQL in ${template.seconds.toFixed(1)} s (db:copy's copyStoreToPostgres), each setup on a copy of it`);
    let sqliteSetups = 0;
    for (const setup of setups) {
      if (setups.length > 1) log(` ${setup.label}:`);
      if (setup.store === 'postgres') {
        const url = await postgres!.copyOf(template!.name);
        await measureSetup(setup, size, { url });
        await postgres!.drop(url);
        continue;
      }
      // The first SQLite setup runs on the file as the bench always did; another gets a fresh copy of it.
      const path = sqliteSetups++ === 0 ? databasePath : join(dir, `bench-${size}-${sqliteSetups}.db`);
      if (path !== databasePath) await benchDatabase(size, path, () => {});
      await measureSetup(setup, size, { path });
      if (setup.instances === 1) await measureThreadsOption(size, path, labelled ? setup.label : undefined);
      if (path !== databasePath) rmSync(path, { force: true });
    }
    rmSync(databasePath, { force: true });
  }
} finally {
  await cleanUp();
}

const { lines, pass } = reportTable(rows, memory, SIZES, {
  setups: setups.map((s) => s.label),
  checks,
  pipelineCpuPerReview: pipelineCpu.reviews ? pipelineCpu.micros / pipelineCpu.reviews : undefined,
});
for (const line of lines) log(line);
log(`\nbench took ${((performance.now() - started) / 1000).toFixed(0)} s`);
process.exit(pass ? 0 : 1);
