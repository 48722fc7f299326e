// What a reader meets on the company and home pages (issue 18, readers), at 1280 and 390 px in a real Chromium:
// the rating and the reviews first with the patterns beside them (or one link away on a phone), a star bar that
// filters and shows the list, tables that never widen the page, figures that do not mislead, and companies
// without reviews ranked after rated ones. Screenshots go to test-artifacts/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, deepText, launchBrowser, openPage, saveScreenshot } from '../helpers/browser';
import { closeSite, postReview } from '../helpers/site';
import { startTestServer, type TestServer } from '../helpers/server';

const DAY = 86_400_000;
const MIN_REVIEWS = 5;
let clock = Date.now();
let server: TestServer;
let browser: Browser;
let page: Page;
let errors: string[];

const ISSUES = ['other', 'other', 'other', 'other', 'billing', 'billing', 'billing', 'cancellation', 'login', 'streaming'];

beforeAll(async () => {
  [server, browser] = await Promise.all([
    startTestServer({ writeRateLimit: 0, patternMinReviews: MIN_REVIEWS }, { webRoot: inject('webRoot'), now: () => clock }),
    launchBrowser(),
  ]);
  // Two reviews three months ago: a month below the evidence minimum, 5 stars and 1 star.
  clock = Date.now() - 92 * DAY;
  await postReview(server, 'netflix', {
    rating: 5,
    issueType: 'billing',
    body: 'An old review from months ago about a refund (case old-1).',
  });
  await postReview(server, 'netflix', { rating: 1, issueType: 'login', body: 'An old review from months ago about a login (case old-2).' });
  clock = Date.now();
  // "Something else" is the most common issue; billing reviews repeat one phrase.
  for (let i = 0; i < 30; i++) {
    const issueType = ISSUES[i % ISSUES.length]!;
    await postReview(server, 'netflix', {
      rating: (i % 5) + 1,
      issueType,
      billingParty: i % 3 ? 'company' : 'mobile-carrier',
      title: `Visit number ${i}`,
      body:
        issueType === 'billing'
          ? `The chat bot kept asking for my order number on visit ${i} before anyone looked at the charge.`
          : `The agent handled my ${issueType} problem on visit ${i} and explained what would happen next.`,
    });
  }
  await postReview(server, 'max', { rating: 1, body: 'Nobody answered the phone for an hour and the chat closed on me.' });
  ({ page, errors } = await openPage(browser));
});

afterAll(() => closeSite(browser, server));

const open = async (path: string, width: number) => {
  await page.setViewportSize({ width, height: 900 });
  await page.goto(server.url + path, { waitUntil: 'load' });
  await page.locator('earful-review-list earful-review-card').first().waitFor();
  // The patterns are drawn as they come near the screen (below the list on a phone): as a reader scrolls to them.
  await page.locator('#patterns').scrollIntoViewIfNeeded();
  await page.locator('earful-complaint-patterns').waitFor();
  await page.evaluate(() => scrollTo(0, 0));
};
const box = (selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { top: r.top + scrollY, bottom: r.bottom + scrollY, left: r.left, right: r.right };
    });
const inView = (selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.top < innerHeight;
    });
const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('company page layout', () => {
  it('puts the rating and the first reviews in the first screens, the patterns beside them on a wide screen', async () => {
    await open('/companies/netflix', 1280);
    const rating = await box('earful-rating-summary');
    const firstReview = await box('earful-review-list earful-review-card');
    const patterns = await box('#patterns');
    expect(rating.top).toBeLessThan(300);
    expect(firstReview.top).toBeLessThan(1000);
    // Beside: to the right of the reviews, starting level with the rating.
    expect(patterns.left).toBeGreaterThanOrEqual(firstReview.right);
    expect(patterns.top).toBeLessThan(firstReview.top);
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'reader-company');
  });

  it('on a phone, shows the first reviews early and links to the patterns from the rating', async () => {
    await open('/companies/netflix', 390);
    expect((await box('earful-review-list earful-review-card')).top).toBeLessThan(1600);
    expect(await overflow()).toBe(0);
    const jump = page.locator('.company-module').getByRole('link', { name: 'See the complaint patterns' });
    expect(await jump.isVisible()).toBe(true);
    await jump.click();
    await expect.poll(() => inView('#patterns-title')).toBe(true);
    expect(new URL(page.url()).hash).toBe('#patterns');
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'reader-company');
  });

  it('filters the list by a star bar and brings the list into view', async () => {
    for (const width of [390, 1280]) {
      await open('/companies/netflix', width);
      await page
        .locator('earful-rating-summary')
        .getByRole('button', { name: /^Terrible/ })
        .click();
      await expect.poll(() => page.locator('earful-review-list p.status').textContent()).toMatch(/^7 reviews match/);
      const stars = await page
        .locator('earful-review-list earful-review-card earful-stars')
        .evaluateAll((s) => s.map((e) => e.getAttribute('label')));
      expect(new Set(stars)).toEqual(new Set(['Rated 1 out of 5 stars']));
      expect({ width, inView: await inView('#reviews-title') }).toEqual({ width, inView: true });
      expect(new URL(page.url()).searchParams.get('rating')).toBe('1');
      expect(await axeViolations(page)).toEqual([]);
      await saveScreenshot(page, 'reader-star-filter');
    }
  });
});

describe('complaint patterns', () => {
  it('keeps every table alternative inside the page at 1280 and 390 px', async () => {
    for (const width of [1280, 390]) {
      await open('/companies/netflix', width);
      for (const summary of await page.locator('earful-complaint-patterns summary').all()) await summary.click();
      expect(await page.locator('earful-complaint-patterns table').count()).toBeGreaterThanOrEqual(5);
      expect({ width, overflow: await overflow() }).toEqual({ width, overflow: 0 });
      // Each table's box stays within its own figure: nothing printed over the next column.
      const spills = await page
        .locator('earful-complaint-patterns .scroll')
        .evaluateAll(
          (boxes) =>
            boxes
              .map((b) => ({ box: b.getBoundingClientRect(), figure: (b.closest('figure') ?? b.parentElement!).getBoundingClientRect() }))
              .filter(({ box, figure }) => box.right > figure.right + 1 || box.left < figure.left - 1).length,
        );
      expect({ width, spills }).toEqual({ width, spills: 0 });
      expect(await axeViolations(page)).toEqual([]);
      await saveScreenshot(page, 'reader-tables');
    }
  });

  it('draws no monthly average for a month with fewer reviews than the minimum, and says so', async () => {
    await open('/companies/netflix', 1280);
    const trend = page.locator('earful-trend-chart');
    // This month has 30 reviews; the month three months ago has 2, below the minimum of 5.
    expect(await trend.locator('circle.dot').count()).toBe(1);
    expect(await deepText(trend)).toContain('1 month with fewer than 5 reviews: too few for an average, so left out.');
    await page.locator('figure.trend summary').click();
    expect(await deepText(page.locator('figure.trend table'))).toMatch(/2\s*Not enough reviews yet/);
  });

  it('shows a recurring phrase once, not its overlapping fragments', async () => {
    await open('/companies/netflix', 1280);
    const billing = page.locator('earful-complaint-patterns .phrases div', { has: page.locator('h4', { hasText: 'Billing and charges' }) });
    const phrases = (await billing.locator('li').allTextContents()).map((li) => li.slice(1, li.indexOf('”')));
    expect(phrases.filter((p) => p === 'chat bot kept' || p === 'bot kept asking')).toHaveLength(1);
    for (const fragment of ['chat bot', 'bot kept', 'kept asking']) expect(phrases).not.toContain(fragment);
    // No phrase shown sits inside another shown phrase.
    for (const p of phrases) expect(phrases.filter((other) => other !== p && ` ${other} `.includes(` ${p} `))).toEqual([]);
  });

  it('lists “Something else” after the named issues even when it is the most common', async () => {
    await open('/companies/netflix', 1280);
    const names = await page
      .locator('earful-complaint-patterns earful-bar-chart[label="Share of reviews by issue"] .name')
      .allTextContents();
    expect(names[names.length - 1]).toBe('Something else');
    const rows = await page.locator('earful-complaint-patterns figure').first().locator('tbody th').allTextContents();
    expect(rows[rows.length - 1]?.trim()).toBe('Something else');
  });

  it('links the patterns as CSV from the patterns section', async () => {
    await open('/companies/netflix', 1280);
    const link = page.locator('#patterns').getByRole('link', { name: 'the patterns' });
    expect(await link.getAttribute('href')).toBe('/api/companies/netflix/patterns.csv');
    const csv = await fetch(server.url + (await link.getAttribute('href')));
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
  });
});

describe('the rating', () => {
  it('says the average once, in words, with no big number beside it', async () => {
    await open('/companies/netflix', 1280);
    const summary = page.locator('earful-rating-summary');
    const text = (await summary.locator('.text').textContent())!;
    const average = text.split(' ')[0]!;
    expect(text).toBe(`${average} out of 5 stars (based on 32 reviews)`);
    // No other figure for the average beside the statement ("3.0" next to "3 out of 5").
    expect((await deepText(summary)).replace(text, '')).not.toMatch(/(^|\s)[0-5]\.\d(\s|$)/);
    expect(await summary.locator('.average').count()).toBe(0);
  });

  it('draws 2.8 as two full stars and 0.8 of the third (by its ink, not its width)', async () => {
    await open('/companies/netflix', 1280);
    const ink = async (value: number) => {
      await page.evaluate((v) => {
        document.querySelector('#star-probe')?.remove();
        const probe = document.createElement('earful-stars');
        probe.id = 'star-probe';
        probe.setAttribute('value', String(v));
        // Through the CSSOM: the page's CSP refuses style attributes.
        for (const [k, val] of Object.entries({
          '--earful-stars-width': '400px',
          position: 'fixed',
          top: '0',
          left: '0',
          'z-index': '9',
          background: '#fff',
        })) {
          probe.style.setProperty(k, val);
        }
        document.body.append(probe);
      }, value);
      const shot = await page.locator('#star-probe').screenshot();
      const png = shot.toString('base64');
      // Share of each star's cell that is inked (not white), decoded on a canvas in the page.
      return page.evaluate(async (data) => {
        const img = new Image();
        img.src = `data:image/png;base64,${data}`;
        await img.decode();
        const canvas = Object.assign(document.createElement('canvas'), { width: img.width, height: img.height });
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(img, 0, 0);
        const { data: px } = ctx.getImageData(0, 0, img.width, img.height);
        const cell = img.width / 5;
        const inked = [0, 0, 0, 0, 0];
        for (let y = 0; y < img.height; y++) {
          for (let x = 0; x < img.width; x++) {
            const i = (y * img.width + x) * 4;
            if (px[i]! + px[i + 1]! + px[i + 2]! < 600) inked[Math.min(4, Math.floor(x / cell))]! += 1;
          }
        }
        return inked;
      }, png);
    };
    const cells = await ink(2.8);
    const full = cells[0]!;
    const empty = cells[4]!;
    const third = (cells[2]! - empty) / (full - empty);
    expect(cells[1]).toBeCloseTo(full, -1);
    expect(third).toBeGreaterThan(0.72);
    expect(third).toBeLessThan(0.88);
    const half = await ink(2.5);
    expect((half[2]! - empty) / (full - empty)).toBeCloseTo(0.5, 1);
    await page.evaluate(() => document.querySelector('#star-probe')?.remove());
  });
});

describe('home page', () => {
  it('ranks companies without reviews after rated ones, marked “No reviews yet”, with no 0 rating', async () => {
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(server.url + '/', { waitUntil: 'load' });
      const items = page.locator('earful-company-directory li');
      await items.first().waitFor();
      const texts = (await items.evaluateAll((lis) => lis.map((li) => (li as HTMLElement).innerText))) as string[];
      const names = texts.map((t) =>
        t
          .split('\n')
          .find((l) => /^[A-Z]/.test(l.trim()))
          ?.trim(),
      );
      // Max has one 1-star review: below the platform mean, still above every company with none.
      expect(names.slice(0, 2)).toEqual(['Netflix', 'Max']);
      for (const text of texts.slice(2)) {
        expect(text).toContain('No reviews yet');
        expect(text).not.toMatch(/0 out of 5|0\.0/);
      }
      expect(await items.nth(2).locator('earful-stars').count()).toBe(0);
      expect(await axeViolations(page)).toEqual([]);
      await saveScreenshot(page, 'reader-home');
    }
  });

  it('raised no console or CSP errors on the way', () => {
    expect(errors).toEqual([]);
  });
});
