// npm run bench:hostile — does the server stay responsive while hostile 5,000-character reviews are posted?
// A reader asks for a company page every 20 ms, first alone (the baseline), then while four clients post
// the hostile families of server/tools/hostile-texts.ts as fast as they are answered; on the event loop
// (MODERATION_THREADS=0) and with one moderation thread. Bar (issue 15): every reader request answered within
// 100 ms under the hostile load.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HOSTILE_UNITS } from '../../server/tools/hostile-texts';
import { buildReview } from '../helpers/fixtures';
import { buildServer } from '../../server/cli/build-server';
import { spawnServer } from '../helpers/server-process';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const POSTERS = 4;
const BAR_MS = 100;
const dir = mkdtempSync(join(tmpdir(), 'earful-hostile-'));

const bodies = Object.values(HOSTILE_UNITS).map((make) => JSON.stringify(buildReview({ title: 'Hostile text', body: make(5_000) })));

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

async function reader(url: string, until: number): Promise<number[]> {
  const times: number[] = [];
  while (performance.now() < until) {
    const start = performance.now();
    const res = await fetch(`${url}/api/companies/netflix`);
    await res.arrayBuffer();
    times.push(performance.now() - start);
    await new Promise((r) => setTimeout(r, 20));
  }
  return times.sort((a, b) => a - b);
}

async function poster(url: string, until: number, statuses: Map<number, number>, offset: number): Promise<void> {
  for (let i = offset; performance.now() < until; i += POSTERS) {
    const res = await fetch(`${url}/api/companies/netflix/reviews`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.9.${i % 250}.${(i >> 8) % 250}` },
      body: bodies[i % bodies.length],
    });
    await res.arrayBuffer();
    statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
  }
}

const summary = (times: number[]) =>
  `p50 ${percentile(times, 50).toFixed(1)} ms, p99 ${percentile(times, 99).toFixed(1)} ms, max ${(times.at(-1) ?? 0).toFixed(1)} ms (${times.length} requests)`;

let failed = false;
// The servers run the bundle `npm start` runs, built from the code as it is now.
await buildServer();
for (const threads of ['0', '1']) {
  const server = await spawnServer(join(dir, `hostile-${threads}.db`), { MODERATION_THREADS: threads, TRUSTED_PROXIES: '127.0.0.1' });
  try {
    await reader(server.url, performance.now() + 500);
    const alone = await reader(server.url, performance.now() + SECONDS * 1000);
    const until = performance.now() + SECONDS * 1000;
    const statuses = new Map<number, number>();
    const [loaded] = await Promise.all([
      reader(server.url, until),
      ...Array.from({ length: POSTERS }, (_, k) => poster(server.url, until, statuses, k)),
    ]);
    const posted = [...statuses.values()].reduce((a, b) => a + b, 0);
    const worst = loaded.at(-1) ?? 0;
    console.log(`MODERATION_THREADS=${threads}`);
    console.log(`  reader alone:              ${summary(alone)}`);
    console.log(`  reader under hostile posts: ${summary(loaded)}`);
    console.log(`  p99 under load / alone: ${(percentile(loaded, 99) / Math.max(percentile(alone, 99), 0.001)).toFixed(1)}x`);
    console.log(
      `  hostile posts answered: ${posted} in ${SECONDS} s (${[...statuses].map(([s, n]) => `${n}× ${s}`).join(', ')}), ${(posted / SECONDS).toFixed(0)}/s`,
    );
    console.log(`  slowest reader request ${worst.toFixed(1)} ms (bar ${BAR_MS} ms) ${worst <= BAR_MS ? 'PASS' : 'FAIL'}`);
    if (worst > BAR_MS || statuses.has(500)) failed = true;
  } finally {
    server.child.kill('SIGTERM');
    await server.exited;
  }
}
rmSync(dir, { recursive: true, force: true });
if (failed) process.exitCode = 1;
