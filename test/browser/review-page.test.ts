// A review's own page in a real Chromium against the real server: reached from the company page's "Link to
// this review", rendered from the data the server sent, the reader actions working, the way back to the
// company's reviews and to its review form; axe-core finds nothing, no console or CSP error.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, deepText, focusedInfo, launchBrowser, openPage, saveScreenshot } from '../helpers/browser';
import { closeSite, postReview, startSite } from '../helpers/site';
import type { TestServer } from '../helpers/server';
import type { ReviewResponse } from '../../server/contract/review';

const BODY = 'I was billed twice for the same month; the chat agent found the second charge and refunded it in ten minutes.';

let server: TestServer;
let browser: Browser;
let page: Page;
let errors: string[];
/** API requests the page made, so a test can tell it rendered from the data the server sent. */
let apiRequests: string[];
let charged: { id: number };

beforeAll(async () => {
  [server, browser] = await Promise.all([startSite(), launchBrowser()]);
  charged = await postReview(server, 'netflix', { rating: 2, title: 'Charged twice', body: BODY });
  await postReview(server, 'netflix', { rating: 4, title: 'Sorted in minutes' });
  ({ page, errors } = await openPage(browser));
  apiRequests = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname.startsWith('/api/')) apiRequests.push(`${r.method()} ${new URL(r.url()).pathname}`);
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __cspViolations: string[] };
    w.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
});

afterAll(() => closeSite(browser, server));

const companyCard = (title: string) => page.locator('earful-review-list earful-review-card').filter({ hasText: title });
const reviewCard = () => page.locator('earful-review-page earful-review-card');
const reviewAddress = () => `${server.url}/companies/netflix/reviews/${charged.id}`;

describe('review page', () => {
  it('opens from the company page’s “Link to this review”, with the review and the company’s rating', async () => {
    await page.goto(`${server.url}/companies/netflix`);
    const link = companyCard('Charged twice').getByRole('link', { name: 'Link to this review' });
    expect(await link.getAttribute('href')).toBe(`/companies/netflix/reviews/${charged.id}`);
    apiRequests.length = 0;
    await link.click();
    await page.waitForURL(reviewAddress());
    await expect.poll(() => reviewCard().locator('h3').textContent()).toBe('Charged twice');
    expect(await page.title()).toBe('“Charged twice” — Netflix customer service review — Earful');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('A review of Netflix customer service');
    const text = await deepText(reviewCard());
    expect(text).toContain(BODY);
    expect(text).toContain('Billing and charges');
    expect(await page.locator('.review-company-rating').textContent()).toContain('3 out of 5 stars (based on 2 reviews)');
    expect(await page.getByRole('link', { name: 'Write a review of Netflix' }).getAttribute('href')).toBe('/companies/netflix#write');
    // The review's own page does not link to itself.
    expect(await page.getByRole('link', { name: 'Link to this review' }).count()).toBe(0);
    // Everything came with the page: no request to the API before the reader does anything.
    expect(apiRequests).toEqual([]);
  });

  it('passes axe-core at phone and desktop widths', async () => {
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(reviewAddress());
      await expect.poll(() => reviewCard().locator('h3').textContent()).toBe('Charged twice');
      expect(await axeViolations(page)).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBe(0);
      await saveScreenshot(page, 'review');
    }
  });

  it('marks the review helpful, and the company page shows the vote after going back by “All reviews of Netflix”', async () => {
    await page.goto(reviewAddress());
    await reviewCard().getByRole('button', { name: 'Helpful' }).click();
    await expect.poll(() => reviewCard().getByRole('button', { name: 'Marked helpful' }).count()).toBe(1);
    expect(await deepText(reviewCard())).toContain('1 person found this helpful');
    expect((await server.request<ReviewResponse>(`/api/reviews/${charged.id}`)).body.review.helpfulCount).toBe(1);

    await page.getByRole('link', { name: 'All reviews of Netflix' }).click();
    await page.waitForURL(`${server.url}/companies/netflix`);
    await expect.poll(() => companyCard('Charged twice').count()).toBe(1);
    expect(await deepText(companyCard('Charged twice'))).toContain('1 person found this helpful');
  });

  it('reports the review to the moderators like the company page does', async () => {
    await page.goto(reviewAddress());
    await reviewCard().getByRole('button', { name: 'Report' }).click();
    await reviewCard().getByLabel('Why?').selectOption('fake');
    await reviewCard().getByRole('button', { name: 'Send report' }).click();
    await expect.poll(() => deepText(reviewCard())).toContain('Thank you. A moderator will look at this review.');
  });

  it('opens the company page’s review form from “Write a review of Netflix”', async () => {
    await page.goto(reviewAddress());
    await page.getByRole('link', { name: 'Write a review of Netflix' }).click();
    await page.waitForURL(`${server.url}/companies/netflix#write`);
    await expect.poll(() => page.locator('earful-review-form').count()).toBe(1);
    // Focus on the form's section, so a screen reader says where the reader landed.
    await expect.poll(() => focusedInfo(page)).toMatchObject({ tag: 'section', id: 'write' });
    await page.waitForLoadState('load');
    expect(await focusedInfo(page)).toMatchObject({ tag: 'section', id: 'write' });
    expect(await page.getByRole('button', { name: 'Write a review' }).getAttribute('aria-expanded')).toBe('true');
  });

  it('shows “not available” with a way to the company for a review of another company’s address', async () => {
    const res = await page.goto(`${server.url}/companies/hulu/reviews/${charged.id}`);
    expect(res?.status()).toBe(404);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('This review is not available');
    expect(await page.getByRole('link', { name: 'Read the reviews of Hulu' }).getAttribute('href')).toBe('/companies/hulu');
  });

  it('raised no console or CSP errors on the way', async () => {
    expect(errors).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)).toEqual([]);
  });
});
