// The console's queue item says when a reported review's reports came together, so a moderator can tell a
// campaign from separate readers.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { deepText, launchBrowser, openPage } from '../helpers/browser';
import { createModerator, type ModeratorAccountForTest } from '../helpers/moderator';
import { closeSite, postReview } from '../helpers/site';
import { startTestServer, type TestServer } from '../helpers/server';

let server: TestServer;
let browser: Browser;
let page: Page;
let errors: string[];
let moderator: ModeratorAccountForTest;

beforeAll(async () => {
  // A trusted local proxy lets X-Forwarded-For stand for different readers.
  [server, browser] = await Promise.all([
    startTestServer({ writeRateLimit: 0, trustedProxies: ['127.0.0.1'] }, { webRoot: inject('webRoot') }),
    launchBrowser(),
  ]);
  moderator = await createModerator(server);
  ({ page, errors } = await openPage(browser));
});

afterAll(() => closeSite(browser, server));

describe('a burst of reports in the queue', () => {
  it('is shown above the reports of the review they hid', async () => {
    const review = await postReview(server, 'max', { body: 'The agent sorted the login issue in five minutes, then phoned back.' });
    for (const reader of ['10.80.0.1', '10.80.0.2', '10.80.0.3']) {
      const res = await server.request(`/api/reviews/${review.id}/report`, {
        method: 'POST',
        json: { reason: 'fake' },
        headers: { 'x-forwarded-for': reader },
      });
      expect(res.status).toBe(201);
    }

    await page.goto(`${server.url}/moderate`);
    await page.getByLabel('Email').fill(moderator.email);
    await page.getByLabel('Password').fill(moderator.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    const item = page.locator('earful-queue-item').filter({ hasText: `Review ${review.id} ·` });
    await expect.poll(() => item.count(), { timeout: 10_000 }).toBe(1);
    const burst = item.locator('.report-burst');
    expect(await deepText(burst)).toMatch(/A burst: 3 of these came within (the same minute|1 minute)/);
    expect(errors).toEqual([]);
  });
});
