import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Agent } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/server';
import { buildReview } from '../helpers/fixtures';
import type { SubmissionResponse } from '../../server/contract/manage';
import { rawRequest } from '../helpers/raw-http';
import { createModerator, signInAs } from '../helpers/moderator';
import { signInAsRepresentative } from '../helpers/representative';
import { fuzzTargets, type FuzzContext } from './fuzz-targets';
import { fuzzCases, type FuzzCase } from './fuzz-cases';

let server: TestServer;
let ctx: FuzzContext;
let webRoot: string;
beforeAll(async () => {
  // The page shells as the front-end build leaves them, with the markers the server fills.
  webRoot = mkdtempSync(join(tmpdir(), 'earful-web-'));
  for (const name of ['index', 'company', 'review', 'moderate', 'policy', 'privacy', 'manage', 'not-found']) {
    writeFileSync(
      join(webRoot, `${name}.html`),
      `<!doctype html><html><head><title>${name}</title><!--earful:head--></head><body><!--earful:intro--></body></html>`,
    );
  }
  server = await startTestServer({}, { webRoot });
  const posted = await server.request<SubmissionResponse>('/api/companies/netflix/reviews', { method: 'POST', json: buildReview() });
  const admin = await signInAs(server, 'admin');
  const other = await createModerator(server);
  const representative = await signInAsRepresentative(server, ['netflix']);
  ctx = {
    slug: 'netflix',
    reviewId: posted.body.review.id,
    manageToken: posted.body.review.manageToken,
    moderatorId: other.id,
    adminHeaders: { cookie: admin.cookie, 'x-csrf-token': admin.csrfToken, origin: server.url },
    representativeHeaders: { cookie: representative.cookie, 'x-csrf-token': representative.csrfToken, origin: server.url },
  };
});
afterAll(async () => {
  await server.stop();
  server.remove();
  rmSync(webRoot, { recursive: true, force: true });
});

/** Routes as the app registers them (middleware, static files and catch-alls left out). */
function registeredRoutes(): string[] {
  const routes = server.app.routes.filter((r) => r.method !== 'ALL' && !r.path.endsWith('*')).map((r) => `${r.method} ${r.path}`);
  return [...new Set(routes)].sort();
}

interface Tally {
  tried: number;
  byClass: Record<'2xx' | '3xx' | '4xx' | '5xx', number>;
  failures: { what: string; route: string; status: number; text: string }[];
  /** Connections closed with no answer. */
  dropped: string[];
  /** 4xx answers from the app without the JSON error body. */
  shapeless: string[];
}

async function run(cases: FuzzCase[], concurrency = 6): Promise<Tally> {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const tally: Tally = { tried: 0, byClass: { '2xx': 0, '3xx': 0, '4xx': 0, '5xx': 0 }, failures: [], dropped: [], shapeless: [] };
  let next = 0;
  async function worker() {
    while (next < cases.length) {
      const c = cases[next++]!;
      tally.tried++;
      // A body over the limit is answered before it is read, and the server then drops that connection:
      // such requests get a connection of their own so no other request lands on a closing one.
      const big = (c.body?.length ?? 0) > 64 * 1024;
      const res = await rawRequest(server.url + c.path, {
        method: c.method,
        headers: c.headers,
        body: c.body,
        agent: big ? undefined : agent,
      }).catch((e: Error) => e);
      if (res instanceof Error) {
        tally.dropped.push(`${c.method} ${c.target.route} ${c.what.slice(0, 80)}: ${res.message}`);
        continue;
      }
      const kind = `${Math.floor(res.status / 100)}xx` as keyof Tally['byClass'];
      tally.byClass[kind]++;
      const route = `${c.method} ${c.target.route}`;
      if (res.status >= 500) tally.failures.push({ what: c.what, route, status: res.status, text: res.text.slice(0, 200) });
      // 431 and Node's own 400 for a malformed request line come before the app: no JSON to expect there.
      // Pages answer a 404 with the not-found page; the API always with its JSON error.
      if (
        res.status >= 400 &&
        res.status < 500 &&
        res.status !== 431 &&
        c.target.route.startsWith('/api/') &&
        !c.target.route.endsWith('.csv')
      ) {
        const ok = /^\{"error":\{"code":"[a-z_]+"/.test(res.text);
        if (!ok && res.text !== 'Bad Request') tally.shapeless.push(`${route} ${c.what} → ${res.status} ${res.text.slice(0, 80)}`);
      }
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  agent.destroy();
  return tally;
}

describe('hostile input on every public endpoint', () => {
  it('answers every hostile request with a 2xx or a 4xx, never a 5xx, and keeps answering', { timeout: 240_000 }, async () => {
    const targets = fuzzTargets(ctx);
    const covered = new Set(targets.map((t) => `${t.method} ${t.route}`));
    expect(registeredRoutes().filter((r) => !covered.has(r))).toEqual([]);

    const cases = targets.flatMap(fuzzCases);
    const started = performance.now();
    const tally = await run(cases);
    const seconds = (performance.now() - started) / 1000;
    const count = (f: (t: (typeof targets)[number]) => number) => targets.reduce((n, t) => n + f(t), 0);
    const surface =
      `${count((t) => Object.keys(t.params ?? {}).length)} path parameters, ${count((t) => Object.keys(t.query ?? {}).length)} query parameters, ` +
      `${count((t) => (t.body ? (t.fields ?? Object.keys(t.body)).length : 0))} body fields, ${count((t) => (t.fuzzHeaders?.length ?? 0) + 2)} headers`;
    console.log(
      `hostile input: ${tally.tried} inputs over ${targets.length} routes (${surface}) in ${seconds.toFixed(1)} s — ` +
        `2xx ${tally.byClass['2xx']}, 3xx ${tally.byClass['3xx']}, 4xx ${tally.byClass['4xx']}, 5xx ${tally.byClass['5xx']}, no answer ${tally.dropped.length}`,
    );

    expect(tally.failures.slice(0, 10)).toEqual([]);
    expect(tally.dropped.slice(0, 10)).toEqual([]);
    expect(tally.byClass['5xx']).toBe(0);
    expect(tally.shapeless.slice(0, 10)).toEqual([]);
    // Nothing a body said reached the server's objects.
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // Still answering, and still sound.
    expect((await server.request('/api/companies')).status).toBe(200);
    expect((await server.request(`/api/companies/${ctx.slug}`)).status).toBe(200);
    expect((await server.request('/api/auth/me', { headers: ctx.adminHeaders })).status).toBe(200);
  });
});
