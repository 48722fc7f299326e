// The review list's filters as a reader uses them (issue 18, readers), in a real Chromium: who billed, filters
// and sort kept in the address (shared, and restored by Back), the count of matching reviews, "Clear filters"
// on an empty result, "1 star"; and the dead ends: a removed review's link, the widget for an unknown company.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, collectErrors, deepText, launchBrowser, openPage, saveScreenshot } from '../helpers/browser';
import { closeSite, postReview, startSite } from '../helpers/site';
import type { TestServer } from '../helpers/server';

let server: TestServer;
let browser: Browser;
let page: Page;
let errors: string[];
let removed: { id: number; manageToken: string };

beforeAll(async () => {
  [server, browser] = await Promise.all([startSite(), launchBrowser()]);
  for (let i = 0; i < 12; i++) {
    await postReview(server, 'netflix', {
      rating: (i % 4) + 2,
      issueType: i % 2 ? 'billing' : 'cancellation',
      billingParty: i < 3 ? 'mobile-carrier' : 'company',
      resolved: i % 3 ? 'yes' : 'no',
      title: `Review number ${i}`,
      body: `The agent sorted out my account on visit ${i}, and said what would happen next.`,
    });
  }
  removed = (await postReview(server, 'hulu', {
    rating: 1,
    title: 'Soon gone',
    body: 'This review will be taken down by its author soon.',
  })) as never;
  ({ page, errors } = await openPage(browser));
});

afterAll(() => closeSite(browser, server));

const list = () => page.locator('earful-review-list');
const status = () => list().locator('p.status').textContent();
const titles = () => list().locator('earful-review-card h3').allTextContents();
const search = () => new URL(page.url()).search;

async function open(path: string, width = 1280) {
  await page.setViewportSize({ width, height: 900 });
  await page.goto(server.url + path, { waitUntil: 'load' });
  await list().locator('.status').waitFor();
}

describe('review filters', () => {
  it('filters by who billed, counts the matches and puts the filter in the address', async () => {
    await open('/companies/netflix');
    await expect.poll(status).toBe('12 reviews; showing 10.');
    await list().getByLabel('Billed by').selectOption('mobile-carrier');
    await expect.poll(status).toBe('3 reviews match these filters.');
    expect((await titles()).sort()).toEqual(['Review number 0', 'Review number 1', 'Review number 2']);
    expect(search()).toBe('?billingParty=mobile-carrier');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('opens a shared address with its filters and sort, and Back and Forward go through them', async () => {
    await open('/companies/netflix?issueType=billing&sort=lowest');
    await expect.poll(status).toBe('6 reviews match these filters.');
    expect(await list().getByLabel('Issue').inputValue()).toBe('billing');
    expect(await list().getByLabel('Sort').inputValue()).toBe('lowest');
    const lowestFirst = await titles();
    await list().getByLabel('Resolved').selectOption('no');
    await expect.poll(status).toBe('2 reviews match these filters.');
    expect(search()).toBe('?issueType=billing&resolved=no&sort=lowest');
    await page.goBack();
    await expect.poll(status).toBe('6 reviews match these filters.');
    expect(await list().getByLabel('Resolved').inputValue()).toBe('');
    expect(await titles()).toEqual(lowestFirst);
    await page.goForward();
    await expect.poll(status).toBe('2 reviews match these filters.');
    expect(await list().getByLabel('Resolved').inputValue()).toBe('no');
  });

  it('offers “Clear filters” when nothing matches, and clearing shows every review again', async () => {
    for (const width of [1280, 390]) {
      await open('/companies/netflix?billingParty=mobile-carrier&rating=5', width);
      await expect.poll(status).toBe('No reviews match these filters.');
      expect(await axeViolations(page)).toEqual([]);
      await saveScreenshot(page, 'reader-filters-empty');
      await list().getByRole('button', { name: 'Clear filters' }).click();
      await expect.poll(status).toBe('12 reviews; showing 10.');
      expect(search()).toBe('');
      expect(await list().getByRole('button', { name: 'Clear filters' }).count()).toBe(0);
    }
  });

  it('keeps the list as loaded when the page changes for something else, or Back undoes an in-page jump', async () => {
    await open('/companies/netflix?issueType=billing', 390);
    await expect.poll(status).toBe('6 reviews match these filters.');
    const asked: string[] = [];
    const onRequest = (r: { url(): string }) => {
      if (new URL(r.url()).pathname.endsWith('/reviews')) asked.push(r.url());
    };
    page.on('request', onRequest);
    await page.getByRole('button', { name: 'Write a review' }).click();
    await page.getByRole('button', { name: 'Write a review' }).click();
    await page.getByRole('link', { name: 'See the complaint patterns' }).click();
    await page.goBack();
    expect(search()).toBe('?issueType=billing');
    await page.waitForTimeout(300);
    page.off('request', onRequest);
    expect(asked).toEqual([]);
    expect(await status()).toBe('6 reviews match these filters.');
  });

  it('names a one-star rating in the singular', async () => {
    await open('/companies/netflix');
    const options = await list().getByLabel('Rating').locator('option').allTextContents();
    expect(options.map((o) => o.trim())).toEqual([
      'All ratings',
      '5 stars · Excellent',
      '4 stars · Very good',
      '3 stars · Average',
      '2 stars · Poor',
      '1 star · Terrible',
    ]);
  });
});

describe('dead ends', () => {
  it('says a removed review is no longer there and leads to the company’s reviews', async () => {
    const erased = await server.request(`/api/reviews/${removed.id}/manage`, {
      method: 'DELETE',
      headers: { 'x-manage-token': removed.manageToken },
    });
    expect(erased.status).toBe(204);
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      const response = await page.goto(`${server.url}/companies/hulu/reviews/${removed.id}`);
      expect(response?.status()).toBe(404);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('This review is not available');
      expect(await page.locator('main').textContent()).toContain('removed');
      const back = page.getByRole('link', { name: 'Read the reviews of Hulu' });
      expect(await back.getAttribute('href')).toBe('/companies/hulu');
      expect(await page.title()).toBe('Review not available — Hulu — Earful');
      expect(await axeViolations(page)).toEqual([]);
      await saveScreenshot(page, 'reader-review-removed');
    }
    await page.getByRole('link', { name: 'Read the reviews of Hulu' }).click();
    await page.waitForURL(`${server.url}/companies/hulu`);
  });

  it('keeps the plain “Page not found” for a review under a company that does not exist', async () => {
    const response = await page.goto(`${server.url}/companies/no-such-company/reviews/1`);
    expect(response?.status()).toBe(404);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Page not found');
  });

  it('says so in the widget when the company is unknown, instead of an empty box', async () => {
    const host: Server = createServer((_req, res) =>
      res.writeHead(200, { 'content-type': 'text/html' }).end(`<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>A blog</title><meta name="viewport" content="width=device-width, initial-scale=1"></head><body><main><h1>Our readers say</h1>
<earful-reviews company="no-such-company"></earful-reviews><script src="${server.url}/widget.js"></script></main></body></html>`),
    );
    await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
    try {
      const widgetPage = await browser.newPage({ viewport: { width: 390, height: 900 } });
      const widgetErrors = collectErrors(widgetPage);
      await widgetPage.goto(`http://localhost:${(host.address() as AddressInfo).port}/`);
      const widget = widgetPage.locator('earful-reviews');
      await expect.poll(() => deepText(widget)).toContain('Earful has no company called “no-such-company”');
      expect(await axeViolations(widgetPage)).toEqual([]);
      await saveScreenshot(widgetPage, 'reader-widget-unknown');
      expect(widgetErrors).toEqual([]);
      await widgetPage.close();
    } finally {
      await new Promise((resolve) => host.close(resolve));
    }
  });

  it('raised no console or CSP errors on the way', () => {
    expect(errors).toEqual([]);
  });
});
