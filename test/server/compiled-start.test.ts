// `npm start` runs server/dist/index.js with plain node: the bundle must find what it reads beside its sources
// (migrations, seeds, the built pages) and screen on threads without compiling anything at start.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SERVER_BUNDLE } from '../../server/cli/build-server';
import { spawnServer } from '../helpers/server-process';
import { buildReview } from '../helpers/fixtures';

const dir = mkdtempSync(join(tmpdir(), 'earful-compiled-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the production bundle', () => {
  it(
    'starts on a new database and serves the seeded companies, their guides and screened submissions on threads',
    { timeout: 60_000 },
    async () => {
      const server = await spawnServer(join(dir, 'earful.db'), { MODERATION_THREADS: '2' });
      try {
        // Migrations, the seeded companies and their guides are files the bundle finds beside its sources.
        const guide = await fetch(`${server.url}/api/companies/netflix/guide`);
        expect(guide.status).toBe(200);
        const companies = (await (await fetch(`${server.url}/api/companies`)).json()) as { companies: unknown[] };
        expect(companies.companies.length).toBeGreaterThan(0);
        const submitted = await fetch(`${server.url}/api/companies/netflix/reviews`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(buildReview({ body: 'Billed twice in March. Write to me at ann.lee@example.com about it.' })),
        });
        expect(submitted.status).toBe(201);
        const { review } = (await submitted.json()) as { review: { body: string } };
        expect(review.body).toContain('[email removed]');
        expect(review.body).not.toContain('ann.lee');
      } finally {
        server.child.kill('SIGTERM');
        await server.exited;
      }
    },
  );

  it('carries the screening threads’ script, so no compiler runs at start', () => {
    const bundle = readFileSync(SERVER_BUNDLE, 'utf8');
    expect(bundle).not.toMatch(/SCREENING_WORKER_SCRIPT/);
    expect(bundle).not.toMatch(/from "tsx"/);
  });
});
