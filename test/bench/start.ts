// npm run bench:start: how long the server takes from `node` to its first answer, and its memory once idle, run as
// production used to (TypeScript compiled at start by tsx) and as it runs now (server/dist/index.js, built first).
// Both on one already-migrated SQLite file, alternating, RUNS times each; prints medians and the ratio.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildServer } from '../../server/cli/build-server';
import { PROJECT_ROOT, childEnv, startFlags } from '../helpers/server-process';
import { median } from './patterns/measure-http';

const RUNS = Number(process.env.BENCH_START_RUNS ?? 5);
const IDLE_MS = 3_000;

interface Start {
  firstAnswerMs: number;
  idleRssMb: number;
}

const MODES = {
  'tsx (compiled at start)': ['--import', 'tsx', 'server/index.ts'],
  'node server/dist/index.js': ['server/dist/index.js'],
} as const;

async function startOnce(args: readonly string[], databasePath: string, port: number): Promise<Start> {
  const began = performance.now();
  const child = spawn(process.execPath, [...startFlags(), ...args], {
    cwd: PROJECT_ROOT,
    env: childEnv({ PORT: String(port), HOST: '127.0.0.1', DATABASE_PATH: databasePath, LOG_LEVEL: 'silent' }),
    stdio: 'ignore',
  });
  try {
    let firstAnswerMs = 0;
    while (!firstAnswerMs) {
      if (performance.now() - began > 60_000) throw new Error('no answer within 60 s');
      try {
        const response = await fetch(`http://127.0.0.1:${port}/api/companies`);
        if (response.ok) firstAnswerMs = performance.now() - began;
        await response.arrayBuffer();
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    }
    await new Promise((resolve) => setTimeout(resolve, IDLE_MS));
    const rssKb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))![1]);
    return { firstAnswerMs, idleRssMb: rssKb / 1024 };
  } finally {
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
  }
}

const dir = mkdtempSync(join(tmpdir(), 'earful-bench-start-'));
try {
  await buildServer();
  const databasePath = join(dir, 'start.db');
  // The first start migrates and seeds; what is measured is a restart, as a deploy or a crash recovery is.
  await startOnce(MODES['node server/dist/index.js'], databasePath, 18_790);
  const results = new Map<string, Start[]>(Object.keys(MODES).map((mode) => [mode, []]));
  for (let run = 0; run < RUNS; run++) {
    for (const [mode, args] of Object.entries(MODES)) results.get(mode)!.push(await startOnce(args, databasePath, 18_791 + run));
  }
  const rows = [...results].map(([mode, starts]) => ({
    mode,
    start: median(starts.map((s) => s.firstAnswerMs)),
    rss: median(starts.map((s) => s.idleRssMb)),
  }));
  console.log(`Start-up to the first answer and idle RSS, median of ${RUNS} restarts on one SQLite file`);
  for (const row of rows)
    console.log(`  ${row.mode.padEnd(28)} ${row.start.toFixed(0).padStart(6)} ms  ${row.rss.toFixed(1).padStart(7)} MB`);
  const [before, after] = rows as [(typeof rows)[0], (typeof rows)[0]];
  console.log(
    `  ratio (now / before): start ${(after.start / before.start).toFixed(2)}×, idle RSS ${(after.rss / before.rss).toFixed(2)}×`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
