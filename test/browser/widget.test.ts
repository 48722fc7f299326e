// The embeddable widget on another site: one script tag from Earful's origin, the rating summary and the
// form inside <earful-reviews>, calls across origins allowed by CORS for the review endpoints only.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, collectErrors, deepText, launchBrowser, saveScreenshot } from '../helpers/browser';
import { postReview, startSite } from '../helpers/site';
import type { TestServer } from '../helpers/server';

let server: TestServer;
let host: Server;
let hostUrl: string;
let browser: Browser;
let page: Page;
let errors: string[];

/** A blog on another origin ("localhost" rather than "127.0.0.1") that embeds the widget. */
function hostPage(earful: string) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A streaming blog</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><main><h1>Is Netflix support any good?</h1><p>Our readers say:</p>
<earful-reviews company="netflix"></earful-reviews>
<script src="${earful}/widget.js"></script></main></body></html>`;
}

beforeAll(async () => {
  [server, browser] = await Promise.all([startSite(), launchBrowser()]);
  await postReview(server, 'netflix', {
    rating: 5,
    title: 'Quick fix',
    body: 'The in-app chat fixed my billing problem in five minutes flat.',
  });
  host = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(hostPage(server.url)));
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  hostUrl = `http://localhost:${(host.address() as AddressInfo).port}/`;
  page = await browser.newPage({ viewport: { width: 390, height: 900 } });
  page.setDefaultTimeout(5000);
  errors = collectErrors(page);
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => host?.close(resolve));
  await server?.stop();
  server?.remove();
});

describe('widget', () => {
  it('shows the rating on another site and takes a review from it', async () => {
    await page.goto(hostUrl);
    const widget = page.locator('earful-reviews');
    await expect.poll(() => widget.locator('earful-rating-summary .text').textContent()).toBe('5 out of 5 stars (based on 1 review)');
    expect(await widget.locator('a', { hasText: 'Read all reviews' }).getAttribute('href')).toBe(`${server.url}/companies/netflix`);
    expect(await widget.getByRole('link', { name: /^Excellent/ }).getAttribute('href')).toBe(`${server.url}/companies/netflix?rating=5`);
    expect(await axeViolations(page)).toEqual([]);

    await widget.getByRole('button', { name: 'Write a review' }).click();
    await widget.locator('earful-star-input label[for="star-3"]').click();
    await widget.getByLabel('What was the problem?').selectOption('billing');
    await widget.getByLabel('How did you contact them?').selectOption('phone');
    await widget.getByLabel('Was it resolved?').selectOption('partly');
    await widget.getByLabel(/Who bills you for/).selectOption('mobile-carrier');
    // The routing hint for partner billing appears as the customer answers, before they submit.
    await expect.poll(async () => (await deepText(widget.locator('earful-review-form .hints'))).length).toBeGreaterThan(0);
    await widget.getByLabel('Your review (required)').fill('The phone agent could only refund half of it because my carrier bills me.');
    await widget.getByRole('button', { name: 'Post review' }).click();
    await expect.poll(() => widget.locator('earful-submit-result #result-title').textContent()).toContain('your review is published');
    // The link to share points at the review's page on the Earful site, not on the site that embeds the widget.
    const share = widget.locator('earful-submit-result').getByRole('link', { name: 'Link to this review' });
    expect(await share.getAttribute('href')).toMatch(new RegExp(`^${server.url}/companies/netflix/reviews/\\d+$`));
    await expect.poll(() => widget.locator('earful-rating-summary .text').textContent()).toBe('4 out of 5 stars (based on 2 reviews)');
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'widget');
  });

  it('keeps its styles to itself', async () => {
    const hostFont = await page.locator('h1').evaluate((h) => getComputedStyle(h).fontSize);
    expect(await page.locator('earful-reviews').evaluate((w) => w.shadowRoot?.adoptedStyleSheets.length ?? 0)).toBeGreaterThan(0);
    expect(hostFont).toBe('32px');
    expect(await page.evaluate(() => document.styleSheets.length)).toBe(0);
  });

  it('raised no console or CSP errors on the way', () => {
    expect(errors).toEqual([]);
  });
});
