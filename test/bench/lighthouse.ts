// npm run bench:lighthouse: Lighthouse (its npm package, mobile defaults: simulated slow 4G and a 4× slower CPU) on
// the home, company and review pages of the real server, as `npm start` runs it, in Debian's Chromium. Prints each
// page's four category scores, its paint timings, and what Lighthouse found blocking the first paint; then each
// page's long tasks in Chromium with its CPU slowed 4× (long-tasks.ts), LONG_TASK_LOADS loads a page (default 9).
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { buildSite } from './build-site';
import { PROJECT_ROOT, spawnServer, spawnTs } from '../helpers/server-process';
import { median } from './patterns/measure-http';
import { longTasks } from './long-tasks';
import { launchBrowser } from '../helpers/browser';

const run = promisify(execFile);
const CHROME_FLAGS = '--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const LONG_TASK_LOADS = Number(process.env.LONG_TASK_LOADS ?? 9);
// LIGHTHOUSE_REPORTS=<folder> keeps each page's last full JSON report there, with its trace and DevTools log
// (test-artifacts/ is git-ignored).
const REPORTS = process.env.LIGHTHOUSE_REPORTS;

interface Report {
  categories: Record<(typeof CATEGORIES)[number], { score: number | null }>;
  audits: Record<string, { numericValue?: number; score: number | null; details?: { items?: { url?: string; wastedMs?: number }[] } }>;
}

async function lighthouse(url: string, outFile: string): Promise<Report> {
  await run(
    join(PROJECT_ROOT, 'node_modules/.bin/lighthouse'),
    [
      url,
      `--chrome-flags=${CHROME_FLAGS}`,
      '--output=json',
      `--output-path=${outFile}`,
      '--quiet',
      ...(REPORTS ? ['--save-assets'] : []),
      `--only-categories=${CATEGORIES.join(',')}`,
    ],
    { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' }, maxBuffer: 64 * 1024 * 1024 },
  );
  return JSON.parse(readFileSync(outFile, 'utf8')) as Report;
}

const dir = mkdtempSync(join(tmpdir(), 'earful-lighthouse-'));
const databasePath = join(dir, 'lighthouse.db');
try {
  await buildSite();
  const seeded = spawnTs('server/cli/seed-demo.ts', ['--reviews', '40', '--company', 'netflix'], { DATABASE_PATH: databasePath });
  await new Promise((resolve) => seeded.once('exit', resolve));
  const server = await spawnServer(databasePath);
  try {
    const { reviews } = (await (await fetch(`${server.url}/api/companies/netflix/reviews?limit=1`)).json()) as {
      reviews: { id: number }[];
    };
    const pages = { home: '/', company: '/companies/netflix', review: `/companies/netflix/reviews/${reviews[0]!.id}` };
    console.log(`Lighthouse ${RUNS}× a page (mobile, simulated throttling), medians; Chromium at /usr/bin/chromium`);
    console.log('page      perf  a11y  best  seo   FCP ms  LCP ms  TBT ms  CLS    render-blocking');
    for (const [name, path] of Object.entries(pages)) {
      const reports: Report[] = [];
      for (let i = 0; i < RUNS; i++) reports.push(await lighthouse(`${server.url}${path}`, join(dir, `${name}-${i}.json`)));
      const score = (c: (typeof CATEGORIES)[number]) => median(reports.map((r) => r.categories[c].score ?? 0)).toFixed(2);
      const audit = (id: string) => median(reports.map((r) => r.audits[id]?.numericValue ?? 0));
      if (REPORTS) {
        mkdirSync(REPORTS, { recursive: true });
        copyFileSync(join(dir, `${name}-${RUNS - 1}.json`), join(REPORTS, `${name}.json`));
        // Lighthouse names the assets of its first (only) step -0.
        for (const kind of ['trace.json', 'devtoolslog.json']) {
          copyFileSync(join(dir, `${name}-${RUNS - 1}-0.${kind}`), join(REPORTS, `${name}.${kind}`));
        }
      }
      const blocking = reports.at(-1)!.audits['render-blocking-resources']?.details?.items ?? [];
      console.log(
        [
          name.padEnd(8),
          ...CATEGORIES.map((c) => score(c).padStart(5)),
          audit('first-contentful-paint').toFixed(0).padStart(7),
          audit('largest-contentful-paint').toFixed(0).padStart(7),
          audit('total-blocking-time').toFixed(0).padStart(7),
          audit('cumulative-layout-shift').toFixed(3).padStart(6),
          ' ' +
            (blocking.map((b) => `${new URL(b.url ?? '', server.url).pathname} (${Math.round(b.wastedMs ?? 0)} ms)`).join(', ') || 'none'),
        ].join(' '),
      );
    }
    if (LONG_TASK_LOADS > 0) {
      console.log(`\nLong tasks, Chromium with its CPU slowed 4×, ${LONG_TASK_LOADS} loads a page, medians`);
      console.log('page      blocking ms  longest task ms');
      const browser = await launchBrowser();
      try {
        for (const [name, path] of Object.entries(pages)) {
          const { blocking, longest } = await longTasks(browser, `${server.url}${path}`, LONG_TASK_LOADS);
          console.log(`${name.padEnd(8)} ${blocking.toFixed(0).padStart(12)} ${longest.toFixed(0).padStart(16)}`);
        }
      } finally {
        await browser.close();
      }
    }
  } finally {
    server.child.kill('SIGTERM');
    await server.exited;
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
