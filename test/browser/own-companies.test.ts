// A site started without the seed companies (SEED_COMPANIES=0): the home page says there is nothing to review
// yet, and lists a company as soon as an admin adds one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage } from '../helpers/browser';
import { signInAs } from '../helpers/moderator';
import { closeSite } from '../helpers/site';
import { startTestServer, type TestServer } from '../helpers/server';

let server: TestServer;
let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer({ seedCompanies: false }, { webRoot: inject('webRoot') }), launchBrowser()]);
  ({ page, errors } = await openPage(browser));
});
afterAll(() => closeSite(browser, server));

describe('a site of its own companies', () => {
  it('says there is nothing to review yet, then lists the first company an admin adds', async () => {
    await page.goto(`${server.url}/`);
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('No companies to review yet.');
    expect(await page.getByRole('link', { name: 'Acme Telecom' }).count()).toBe(0);

    const admin = await signInAs(server, 'admin');
    const added = await admin.request('/api/moderation/companies', {
      method: 'POST',
      json: { slug: 'acme-telecom', name: 'Acme Telecom', category: 'Telecom' },
    });
    expect(added.status).toBe(201);

    await page.reload();
    await page.getByRole('link', { name: 'Acme Telecom' }).click();
    await page.waitForURL(`${server.url}/companies/acme-telecom`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Acme Telecom customer service reviews');
    expect(errors).toEqual([]);
  });
});
