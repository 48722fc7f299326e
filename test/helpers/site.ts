// Shared set-up of the browser suite: a real server over a fresh database serving the built front end,
// and reviews sent through the real API.
import type { Browser } from 'playwright-core';
import { inject } from 'vitest';
import type { SubmissionResponse } from '../../server/contract/manage';
import { buildReview } from './fixtures';
import { startTestServer, type TestServer } from './server';

export async function startSite(): Promise<TestServer> {
  // Tests write more than a visitor would; the write limit has tests of its own.
  return startTestServer({ writeRateLimit: 0 }, { webRoot: inject('webRoot') });
}

export async function postReview(server: TestServer, slug: string, overrides: Record<string, unknown> = {}) {
  const res = await server.request<SubmissionResponse>(`/api/companies/${slug}/reviews`, { method: 'POST', json: buildReview(overrides) });
  if (res.status !== 201 && res.status !== 202) throw new Error(`review not accepted: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.review;
}

/** Closes the browser and the server and removes the server's folder; each may have failed to start. */
export async function closeSite(browser: Browser | undefined, server: TestServer | undefined): Promise<void> {
  await browser?.close();
  await server?.stop();
  server?.remove();
}
