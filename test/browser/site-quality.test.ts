// Quality bars of every page in a real Chromium: axe-core finds nothing at phone and desktop widths,
// keyboard alone reaches and works the form with a visible focus, the JavaScript stays within its weight,
// nothing shifts when data arrives, and nothing overflows a 360 px screen. Screenshots go to test-artifacts/.
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, focusedInfo, launchBrowser, saveScreenshot, openPage } from '../helpers/browser';
import { postReview, startSite, closeSite } from '../helpers/site';
import type { TestServer } from '../helpers/server';

const PAGES = ['/', '/companies/netflix', '/policy', '/privacy', '/moderate', '/no-such-page'];
const KB = 1024;

let server: TestServer;
let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  [server, browser] = await Promise.all([startSite(), launchBrowser()]);
  const issues = ['billing', 'cancellation', 'streaming', 'login'];
  for (let i = 0; i < 24; i++) {
    await postReview(server, 'netflix', {
      rating: (i % 5) + 1,
      issueType: issues[i % issues.length],
      contactMethod: i % 3 ? 'in-app-chat' : 'phone',
      resolved: i % 2 ? 'yes' : 'no',
      title: `Review number ${i}`,
      body: `The agent handled my ${issues[i % issues.length]} problem in visit ${i}, and explained what would happen next.`,
    });
  }
  ({ page, errors } = await openPage(browser));
});

afterAll(() => closeSite(browser, server));

/** Pages arrive with their data; only the console asks the server (for the session) before it settles. */
async function open(path: string) {
  await page.goto(server.url + path, { waitUntil: 'load' });
  if (path === '/moderate') await page.getByRole('heading', { name: 'Sign in' }).waitFor();
}

describe('every page', () => {
  it('passes axe-core with zero violations and fits 360 px to desktop', async () => {
    for (const width of [1280, 360]) {
      await page.setViewportSize({ width, height: 900 });
      for (const path of PAGES) {
        await open(path);
        if (width === 1280) expect({ path, violations: await axeViolations(page) }).toEqual({ path, violations: [] });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect({ path, width, overflow }).toEqual({ path, width, overflow: 0 });
      }
    }
  });

  it('passes axe-core with the review form open and every table alternative shown', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await open('/companies/netflix');
    await page.getByRole('button', { name: 'Write a review' }).click();
    await page.getByLabel('What was the problem?').selectOption('streaming');
    for (const summary of await page.locator('earful-complaint-patterns summary').all()) await summary.click();
    expect(await page.locator('earful-complaint-patterns table').count()).toBeGreaterThanOrEqual(5);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('saves screenshots of the home and company pages at 390 and 1280 px (axe-checked at 390 too)', async () => {
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      for (const [path, name] of [
        ['/', 'home'],
        ['/companies/netflix', 'company'],
      ] as const) {
        await open(path);
        if (width === 390) expect({ path, violations: await axeViolations(page) }).toEqual({ path, violations: [] });
        await saveScreenshot(page, name);
      }
    }
  });
});

describe('company page', () => {
  it('works by keyboard alone, with a visible focus on every stop', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await open('/companies/netflix');
    await page.keyboard.press('Tab');
    expect(await focusedInfo(page)).toMatchObject({ text: 'Skip to content', outline: '3px solid' });
    let focused = await focusedInfo(page);
    for (let i = 0; i < 30 && focused?.text !== 'Write a review'; i++) {
      await page.keyboard.press('Tab');
      focused = await focusedInfo(page);
      expect(focused?.outline, `focus ring on ${focused?.tag} "${focused?.text}"`).toBeTruthy();
    }
    expect(focused?.text).toBe('Write a review');
    await page.keyboard.press('Enter');
    // The form's files load after the first screen: the focus goes to its title once they are there.
    await expect.poll(async () => (await focusedInfo(page))?.id, { timeout: 5000 }).toBe('write-title');
    await page.keyboard.press('Tab');
    // The radio itself is invisible; its star (the label) carries the ring.
    expect(await focusedInfo(page)).toMatchObject({ id: 'star-1' });
    const ring = await page.locator('earful-star-input label[for="star-1"]').evaluate((l) => getComputedStyle(l).outlineStyle);
    expect(ring).toBe('solid');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await page.locator('earful-star-input #star-4').isChecked()).toBe(true);
    await page.keyboard.press('Tab');
    expect(await focusedInfo(page)).toMatchObject({ id: 'f-issueType', outline: '3px solid' });
  });

  it('points the form’s answers to the part of the guide that helps', async () => {
    await open('/companies/netflix');
    await page.getByRole('button', { name: 'Write a review' }).click();
    await page.getByLabel(/Who bills you for/).selectOption('mobile-carrier');
    const hint = page.locator('earful-review-form .hint-box').first();
    await hint.waitFor();
    const link = hint.locator('a');
    const anchor = (await link.getAttribute('href'))!.slice(1);
    expect(await page.locator(`earful-guide details[id="${anchor}"]`).evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await link.click();
    await expect
      .poll(() => page.locator(`earful-guide details[id="${anchor}"]`).evaluate((d) => (d as HTMLDetailsElement).open))
      .toBe(true);
    expect(new URL(page.url()).hash).toBe(`#${anchor}`);
  });

  it('arrives with its data in the page: no request for it and no layout shift', async () => {
    for (const width of [390, 1280]) {
      const fresh = await browser.newPage({ viewport: { width, height: 900 } });
      const requests: string[] = [];
      fresh.on('request', (r) => requests.push(new URL(r.url()).pathname));
      await fresh.addInitScript(() => {
        (window as unknown as { shift: number }).shift = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
            if (!e.hadRecentInput) (window as unknown as { shift: number }).shift += e.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await fresh.goto(`${server.url}/companies/netflix`, { waitUntil: 'networkidle' });
      await fresh.waitForTimeout(300);
      const shift = await fresh.evaluate(() => (window as unknown as { shift: number }).shift);
      expect({ width, shift: shift < 0.01 }).toEqual({ width, shift: true });
      expect(requests.filter((p) => p.startsWith('/api/companies/netflix'))).toEqual([]);
      await fresh.close();
    }
  });

  it('loads at most 60 KB of JavaScript gzipped; the widget at most 30 KB', async () => {
    const fresh = await browser.newPage();
    const scripts: Promise<Buffer>[] = [];
    fresh.on('response', (r) => {
      if (r.request().resourceType() === 'script') scripts.push(r.body());
    });
    await fresh.goto(`${server.url}/companies/netflix`, { waitUntil: 'networkidle' });
    await fresh.getByRole('button', { name: 'Write a review' }).click();
    const bodies = await Promise.all(scripts);
    const pageKb = bodies.reduce((sum, b) => sum + gzipSync(b, { level: 9 }).length, 0) / KB;
    const widget = await fetch(`${server.url}/widget.js`);
    const widgetKb = gzipSync(Buffer.from(await widget.arrayBuffer()), { level: 9 }).length / KB;
    console.log(`JavaScript gzipped: company page ${pageKb.toFixed(1)} KB in ${bodies.length} files, widget ${widgetKb.toFixed(1)} KB`);
    expect(bodies.length).toBeGreaterThan(0);
    expect(pageKb).toBeLessThanOrEqual(60);
    expect(widgetKb).toBeLessThanOrEqual(30);
    await fresh.close();
  });

  it('raised no console or CSP errors on the way', () => {
    expect(errors).toEqual([]);
  });
});
