// npm run bench — the real server (server/index.ts in its own process) under autocannon at 50 connections, every
// figure a ratio to a baseline measured in the same run: a hello-world Hono app for reads, the moderation
// pipeline's own in-process throughput on the same texts for writes. BENCH_SECONDS and BENCH_SIZES override.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { seededRandom, syntheticReview } from '../../db/seed/synthetic-reviews';
import { moderate } from '../../server/domain/moderation/moderate';
import { spawnServer, PROJECT_ROOT, type ServerProcess } from '../helpers/server-process';
import { BENCH_SLUG, benchDatabase } from './bench-database';
import { CONNECTIONS, load, type LoadRun } from './load';
import { routeList, signInAdmin, type BenchRoute } from './routes';
import { reportTable, type Memory, type Row } from './report';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 6);
/** Baseline and route alternate this many times within SECONDS each. */
const ROUNDS = 3;
const SIZES = (process.env.BENCH_SIZES ?? '10000,1000000').split(',').map(Number);
const log = (line: string) => process.stdout.write(`${line}\n`);
const started = performance.now();
const dir = mkdtempSync(join(tmpdir(), 'earful-bench-'));

/** Review submissions of 300-800 characters, a few with personal data or swearing, as the moderation bench makes them. */
const rand = seededRandom(20_260_801);
const submissions = Array.from({ length: 6000 }, () => syntheticReview(rand, { spiceRate: 0.05, minLength: 300, maxLength: 800 }));
const bodies = submissions.map((s) => JSON.stringify(s));

function moderationPerSecond(seconds: number): number {
  const until = performance.now() + seconds * 1000;
  let done = 0;
  while (performance.now() < until) {
    const s = submissions[done % submissions.length]!;
    moderate({ title: s.title, body: s.body, displayName: s.displayName });
    done++;
  }
  return done / seconds;
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
 * A route measured in ROUNDS rounds, each its baseline then the route, so drift on the shared machine falls on
 * both; the hello-world runs are added to `floorRuns` for the floor's own row.
 */
async function alternatingRounds(route: BenchRoute, floorRuns: LoadRun[]): Promise<{ run: LoadRun; baseline: number }> {
  const runs: LoadRun[] = [];
  const baselines: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    if (route.baseline === 'moderation') baselines.push(moderationPerSecond(SECONDS / ROUNDS));
    else {
      const floor = await load(hello.url, { seconds: SECONDS / ROUNDS });
      floorRuns.push(floor);
      baselines.push(floor.requestsPerSecond);
    }
    runs.push(await load(route.url, { ...route.options, seconds: SECONDS / ROUNDS }));
  }
  return { run: combine(runs), baseline: baselines.reduce((a, b) => a + b, 0) / baselines.length };
}

/**
 * Submissions again on a server with one moderation thread (MODERATION_THREADS=1, not the default on two
 * cores), on a fresh copy of the same database: what the setting buys and what it costs in memory.
 */
async function measureThreadsOption(size: number, databasePath: string) {
  const copy = `${databasePath}.threads.db`;
  await benchDatabase(size, copy, () => {});
  const server = await spawnServer(copy, { TRUSTED_PROXIES: '127.0.0.1', MODERATION_THREADS: '1' });
  const post = (await routeList(server.url, { headers: {} }, bodies, false)).find((r) => r.baseline === 'moderation')!;
  await load(post.url, { ...post.options, seconds: 1 });
  const { run, baseline } = await alternatingRounds(post, []);
  const name = `${post.name}, MODERATION_THREADS=1`;
  rows.push({ size, name, run, baseline, bar: post.bar, baselineName: 'moderation', option: true });
  log(`  ${name}: ${run.requestsPerSecond.toFixed(0)}/s against ${baseline.toFixed(0)}/s, p99 ${run.p99} ms`);
  memory.push({ size, ...memoryOf(server.child.pid!), option: 'MODERATION_THREADS=1, after its submissions' });
  server.child.kill('SIGTERM');
  await server.exited;
  rmSync(copy, { force: true });
}

log(`npm run bench — ${new Date().toISOString()}`);
log(
  `machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${process.platform}`,
);
log(
  `autocannon ${CONNECTIONS} connections; each ratio from ${ROUNDS} rounds alternating baseline and route, ${SECONDS} s of each; 3 s for the p99-only routes; 1 s warm-up each`,
);

moderationPerSecond(1);
const hello = await startHello();
const rows: Row[] = [];
const memory: Memory[] = [];

for (const size of SIZES) {
  log(`\n${size} reviews:`);
  const databasePath = join(dir, `bench-${size}.db`);
  await benchDatabase(size, databasePath, log);
  const server: ServerProcess = await spawnServer(databasePath, { TRUSTED_PROXIES: '127.0.0.1' });
  const admin = await signInAdmin(server.url, databasePath);
  const routes = await routeList(server.url, admin, bodies, size === SIZES[SIZES.length - 1]);
  // Ratios come from rounds that alternate baseline and route, so drift on the shared machine falls on both.
  const floorRuns: LoadRun[] = [];
  const firstRow = rows.length;
  for (const route of routes) {
    await load(route.url, { ...route.options, seconds: 1 });
    if (!route.measured) {
      const run = await load(route.url, { ...route.options, seconds: 3 });
      rows.push({ size, name: route.name, run, baseline: null, bar: null });
      log(`  ${route.name}: ${run.requestsPerSecond.toFixed(0)}/s, p99 ${run.p99} ms${run.failures ? `, ${run.failures} failed` : ''}`);
      continue;
    }
    const { run, baseline } = await alternatingRounds(route, floorRuns);
    rows.push({ size, name: route.name, run, baseline, bar: route.bar, baselineName: route.baseline });
    log(`  ${route.name}: ${run.requestsPerSecond.toFixed(0)}/s against ${baseline.toFixed(0)}/s, p99 ${run.p99} ms`);
  }
  rows.splice(firstRow, 0, { size, name: 'hello-world Hono (floor)', run: combine(floorRuns), baseline: null, bar: null });
  memory.push({ size, ...memoryOf(server.child.pid!) });
  server.child.kill('SIGTERM');
  await server.exited;
  await measureThreadsOption(size, databasePath);
  rmSync(databasePath, { force: true });
}
hello.stop();
rmSync(dir, { recursive: true, force: true });

const { lines, pass } = reportTable(rows, memory, SIZES);
for (const line of lines) log(line);
log(`\nbench took ${((performance.now() - started) / 1000).toFixed(0)} s`);
process.exit(pass ? 0 : 1);
