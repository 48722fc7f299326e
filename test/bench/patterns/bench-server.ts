// The app as `npm start` builds it, over the bench database, with static JSON baselines whose bodies have
// exactly the size of the company and patterns responses, served at paths of the same shape behind the same
// middleware (mounted between the app's middleware and its routes, as production has no baselines). Prints
// {"port", "sizes"} once listening. Args: <database> <slug>.
import { Hono } from 'hono';
import { serve } from '@hono/node-server';
import { mountRoutes, useMiddleware } from '../../../server/app';
import type { AppEnv } from '../../../server/http/app-env';
import { defaultConfig } from '../../../server/env';
import { startApp } from '../../../server/start';
import { silentLogger } from '../../../server/http/logger';

const BASELINE_PATHS = {
  staticDetail: '/api/companies/bench-static-detail',
  staticPatterns: '/api/companies/bench-static/patterns',
};

const [databasePath, slug] = process.argv.slice(2) as [string, string];
const config = defaultConfig({ databasePath, logLevel: 'silent', writeRateLimit: 0, reviewRateLimit: 0, moderationThreads: 0 });
const { app: measured, deps } = await startApp(config, { log: silentLogger });
const { store } = deps;

const sizeOf = async (path: string) => (await (await measured.request(path)).arrayBuffer()).byteLength;
const sizes = { detail: await sizeOf(`/api/companies/${slug}`), patterns: await sizeOf(`/api/companies/${slug}/patterns`) };
/** A JSON document of exactly n bytes. */
const staticJson = (n: number) => `{"padding":"${'x'.repeat(Math.max(0, n - 14))}"}`;
const bodies = { detail: staticJson(sizes.detail), patterns: staticJson(sizes.patterns) };
const json = { 'Content-Type': 'application/json' };
const at = (path: string) => path.slice('/api'.length);

const baselineRoutes = new Hono<AppEnv>()
  .get(at(BASELINE_PATHS.staticDetail), (c) => c.body(bodies.detail, 200, json))
  .get(at(BASELINE_PATHS.staticPatterns), (c) => c.body(bodies.patterns, 200, json));
// Ahead of the API routes, whose /api/companies/:slug and /api/* would otherwise answer the baseline paths.
const app = new Hono<AppEnv>();
useMiddleware(app, deps);
app.route('/api', baselineRoutes);
mountRoutes(app, deps);

serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
  process.stdout.write(`${JSON.stringify({ port: info.port, sizes })}\n`);
});
process.on('SIGTERM', () => {
  store.close();
  process.exit(0);
});
