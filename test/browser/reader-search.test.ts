// Searching a company's reviews as a reader does (issue 19), in a real Chromium: the search box updates the list
// and the address, the count says how many reviews mention the words, the matching words are marked with <mark>
// and nothing else, a search survives a reload and Back, markup typed or stored stays text, and the page works
// as a plain GET form without script (the server sends the searched results in its HTML), where the reviews,
// searched or newest first, go on page by page by the list's cursor.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, launchBrowser, openPage, saveScreenshot } from '../helpers/browser';
import { closeSite, postReview, startSite } from '../helpers/site';
import type { TestServer } from '../helpers/server';

let server: TestServer;
let browser: Browser;
let page: Page;
let errors: string[];

const REFUNDS = [
  { title: 'Refund finally arrived', body: 'After three calls the refund arrived, refunded in full by the chat agent.' },
  { title: 'Still waiting', body: 'They promised a REFUND for the double charge and nothing came for weeks.' },
  { title: 'App kept failing', body: 'The app kept showing error E-1234 & <3 stars from me, no refunds offered at all.' },
];

beforeAll(async () => {
  [server, browser] = await Promise.all([startSite(), launchBrowser()]);
  for (const [i, r] of REFUNDS.entries()) await postReview(server, 'netflix', { ...r, rating: i + 1 });
  for (let i = 0; i < 4; i++) {
    await postReview(server, 'netflix', {
      title: `Cancelled plan ${i}`,
      body: `The agent cancelled my plan on call ${i} and explained the next steps clearly.`,
      issueType: 'cancellation',
    });
  }
  ({ page, errors } = await openPage(browser));
});

afterAll(() => closeSite(browser, server));

const list = () => page.locator('earful-review-list');
const status = () => list().locator('p.status').textContent();
const box = () => list().getByRole('searchbox', { name: 'Search the reviews' });
const titles = () => list().locator('earful-review-card h3').allTextContents();
const search = () => new URL(page.url()).search;
/** Each shown card's marked words, and any element other than <mark> inside a title or text. */
const marks = () =>
  list()
    .locator('earful-review-card')
    .evaluateAll((cards) =>
      cards.map((card) => {
        const root = card.shadowRoot!;
        const parts = [...root.querySelectorAll('h3, p.body')];
        return {
          title: root.querySelector('h3')?.textContent ?? '',
          marked: parts.flatMap((p) => [...p.querySelectorAll('mark')].map((m) => m.textContent)),
          others: parts.flatMap((p) => [...p.querySelectorAll('*')].filter((e) => e.tagName !== 'MARK').map((e) => e.tagName)),
        };
      }),
    );

async function open(path: string) {
  await page.goto(server.url + path, { waitUntil: 'load' });
  await list().locator('.status').waitFor();
}

describe('searching the reviews', () => {
  it('follows the search box as the reader types, counts the matches and marks only the matching words', async () => {
    await open('/companies/netflix');
    await expect.poll(status).toBe('7 reviews.');
    await box().fill('refund');
    await expect.poll(status).toBe('3 reviews mention “refund”.');
    expect(search()).toBe('?q=refund');
    expect((await titles()).sort()).toEqual(['App kept failing', 'Refund finally arrived', 'Still waiting']);
    expect(await list().getByLabel('Sort').inputValue()).toBe('relevance');
    expect((await list().getByLabel('Sort').locator('option').first().textContent())?.trim()).toBe('Most relevant');
    const shown = await marks();
    const byTitle = Object.fromEntries(shown.map((c) => [c.title, c.marked]));
    expect(byTitle['Refund finally arrived']).toEqual(['Refund', 'refund', 'refunded']);
    expect(byTitle['Still waiting']).toEqual(['REFUND']);
    expect(byTitle['App kept failing']).toEqual(['refunds']);
    expect(shown.flatMap((c) => c.others)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'reader-search');
  });

  it('keeps the search through a reload, and Back and Forward go through the searches', async () => {
    await page.reload({ waitUntil: 'load' });
    await expect.poll(status).toBe('3 reviews mention “refund”.');
    expect(await box().inputValue()).toBe('refund');
    expect((await marks()).flatMap((c) => c.marked)).toContain('REFUND');
    await box().fill('error e-1234');
    await box().press('Enter');
    await expect.poll(status).toBe('1 review mentions “error e-1234”.');
    expect(search()).toBe('?q=error+e-1234');
    expect((await marks())[0]?.marked).toEqual(['error', 'E', '1234']);
    await page.goBack();
    await expect.poll(status).toBe('3 reviews mention “refund”.');
    expect(await box().inputValue()).toBe('refund');
    await page.goBack();
    await expect.poll(status).toBe('7 reviews.');
    expect(await box().inputValue()).toBe('');
    await page.goForward();
    await expect.poll(status).toBe('3 reviews mention “refund”.');
  });

  it('combines the search with the filters and sorts, and says so', async () => {
    await open('/companies/netflix?q=refund&rating=1');
    await expect.poll(status).toBe('1 review mentions “refund” and matches these filters.');
    await list().getByLabel('Sort').selectOption('highest');
    await expect.poll(search).toBe('?q=refund&rating=1&sort=highest');
    await list().getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(status).toBe('3 reviews mention “refund”.');
    expect(await titles()).toEqual(['App kept failing', 'Still waiting', 'Refund finally arrived']);
  });

  it('says when nothing matches and clears the search from there', async () => {
    await open('/companies/netflix?q=zebra');
    await expect.poll(status).toBe('No reviews mention “zebra”.');
    expect(await axeViolations(page)).toEqual([]);
    await list().getByRole('button', { name: 'Clear search' }).click();
    await expect.poll(status).toBe('7 reviews.');
    expect(search()).toBe('');
    expect(await box().inputValue()).toBe('');
    expect(await box().evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement)).toBe(true);
  });

  it('shows markup typed as a search as text, and creates no element from it', async () => {
    await open('/companies/netflix');
    const hostile = '<img src=x onerror=window.__pwned=1>';
    await box().fill(hostile);
    await expect.poll(status).toMatch(/mention “<img src=x onerror=window.__pwned=1>”\.$/);
    const found = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: unknown }).__pwned,
      images: document.querySelectorAll('img').length,
      inList: document.querySelector('earful-review-list')!.shadowRoot!.querySelectorAll('img').length,
    }));
    expect(found).toEqual({ pwned: undefined, images: 0, inList: 0 });
    expect((await marks()).flatMap((c) => c.others)).toEqual([]);
  });

  it('arrives searched from a shared link, with the results in the page and no request for them', async () => {
    const asked: string[] = [];
    const onRequest = (r: { url(): string }) => {
      if (new URL(r.url()).pathname.endsWith('/reviews')) asked.push(r.url());
    };
    page.on('request', onRequest);
    await open('/companies/netflix?q=refund');
    await expect.poll(status).toBe('3 reviews mention “refund”.');
    page.off('request', onRequest);
    expect(asked).toEqual([]);
  });

  it('raised no console or CSP errors on the way', () => {
    expect(errors).toEqual([]);
  });
});

describe('searching without script', () => {
  it('sends the searched reviews in the HTML of the page’s address with ?q=', async () => {
    const res = await fetch(`${server.url}/companies/netflix?q=refund`);
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(html).toContain('3 reviews mention “refund”.');
    for (const { title } of REFUNDS) expect(html).toContain(`<h3>${title}</h3>`);
    expect(html).not.toContain('Cancelled plan');
    expect(html).toContain('<meta name="robots" content="noindex" />');
    expect(html).toContain('<link rel="canonical" href="');
    // Another search is never served the first one's page, and the plain page stays plain.
    const other = await (await fetch(`${server.url}/companies/netflix?q=cancelled`)).text();
    expect(other).toContain('4 reviews mention “cancelled”.');
    expect(other).not.toContain('Refund finally arrived</h3>');
    // Punctuation is not syntax: a search of it alone is a page, not an error.
    expect((await fetch(`${server.url}/companies/netflix?q=${encodeURIComponent('— -*:( NEAR "')}`)).status).toBe(200);
    // A search that looks like markup stays text in the title, the search box, the count and the data block.
    const hostile = '</noscript><script>alert(1)</script>"><img src=x>';
    const escaped = await (await fetch(`${server.url}/companies/netflix?q=${encodeURIComponent(hostile)}`)).text();
    expect(escaped).not.toContain('<script>alert');
    expect(escaped).not.toContain('<img src=x>');
    expect(escaped.match(/<\/noscript>/g)).toHaveLength(1);
    expect(escaped).toContain('value="&#60;/noscript&#62;&#60;script&#62;alert(1)&#60;/script&#62;&#34;&#62;&#60;img src=x&#62;"');
    const plain = await (await fetch(`${server.url}/companies/netflix`)).text();
    expect(plain).not.toContain('reviews mention');
    expect(plain).not.toContain('noindex');
  });

  it('works as a plain GET form in a browser with script off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 900 } });
    try {
      const noScript = await context.newPage();
      noScript.setDefaultTimeout(5000);
      await noScript.goto(`${server.url}/companies/netflix`);
      const form = noScript.getByRole('search');
      await form.getByLabel('Search the reviews').fill('<b>refund</b>');
      await form.getByRole('button', { name: 'Search' }).click();
      await noScript.waitForURL(/\?q=/);
      expect(new URL(noScript.url()).search).toBe('?q=%3Cb%3Erefund%3C%2Fb%3E');
      expect(await noScript.locator('main b').count()).toBe(0);
      expect(await noScript.getByRole('status').textContent()).toContain('“<b>refund</b>”');
      await noScript.getByLabel('Search the reviews').fill('refund');
      await noScript.getByRole('button', { name: 'Search' }).click();
      await noScript.waitForURL(/\?q=refund$/);
      expect(await noScript.getByRole('heading', { level: 3 }).allTextContents()).toHaveLength(3);
      // (axe-core needs script to run, so this page's check is the one with script above.)
      await saveScreenshot(noScript, 'reader-search-no-script');
    } finally {
      await context.close();
    }
  });

  it('lists the reviews newest first without script, and pages through them and through a search', async () => {
    // Seven more, all about a plan: fourteen reviews, eleven that mention "plan", more than a page of each.
    for (let i = 0; i < 7; i++) {
      await postReview(server, 'netflix', { title: `Plan change ${i}`, body: `They moved me to a cheaper plan on chat, attempt ${i}.` });
    }
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 900 } });
    try {
      const noScript = await context.newPage();
      noScript.setDefaultTimeout(5000);
      const headings = () => noScript.locator('main h3').allTextContents();
      const api = (await (await fetch(`${server.url}/api/companies/netflix/reviews?sort=newest&limit=50`)).json()) as {
        reviews: { title: string }[];
      };
      const newest = api.reviews.map((r) => r.title);
      expect(newest.length).toBeGreaterThan(10);
      // The home page lists the companies as links, in the ranking the page script shows.
      await noScript.goto(server.url);
      const ranked = (await (await fetch(`${server.url}/api/companies`)).json()) as { companies: { name: string }[] };
      expect(await noScript.locator('main ol li a').allTextContents()).toEqual(ranked.companies.map((c) => c.name));
      expect(await noScript.locator('main ol li').first().textContent()).toMatch(/out of 5 stars \(based on \d+ reviews?\)|no reviews yet/);
      // No room is kept for the list the script would have drawn: the companies follow the introduction.
      const gap = await noScript.evaluate(
        () =>
          document.querySelector('main ol')!.getBoundingClientRect().top -
          document.querySelector('main .lede')!.getBoundingClientRect().bottom,
      );
      expect(gap).toBeLessThan(120);
      await saveScreenshot(noScript, 'reader-no-script-home');
      await noScript.getByRole('link', { name: 'Netflix', exact: true }).click();
      await noScript.waitForURL(/\/companies\/netflix$/);
      expect(await noScript.getByRole('heading', { level: 2, name: 'Newest reviews' }).count()).toBe(1);
      expect(await headings()).toEqual(newest.slice(0, 10));
      expect(newest.slice(0, 3)).toEqual(['Plan change 6', 'Plan change 5', 'Plan change 4']);
      expect(await noScript.locator('meta[name=robots]').count()).toBe(0);
      await saveScreenshot(noScript, 'reader-no-script-newest');

      await noScript.getByRole('link', { name: 'Older reviews' }).click();
      await noScript.waitForURL(/\?cursor=/);
      expect(await noScript.getByRole('heading', { level: 2, name: 'Older reviews' }).count()).toBe(1);
      expect(await headings()).toEqual(newest.slice(10, 20));
      expect(await noScript.locator('meta[name=robots]').getAttribute('content')).toBe('noindex');
      expect(await noScript.getByRole('link', { name: 'Older reviews' }).count()).toBe(0);
      await noScript.getByRole('link', { name: 'Newest reviews' }).click();
      await noScript.waitForURL(/\/companies\/netflix$/);
      expect(await headings()).toEqual(newest.slice(0, 10));

      await noScript.getByLabel('Search the reviews').fill('plan');
      await noScript.getByRole('button', { name: 'Search' }).click();
      await noScript.waitForURL(/\?q=plan$/);
      expect(await noScript.getByRole('status').textContent()).toBe('11 reviews mention “plan”.');
      const firstTen = await headings();
      expect(firstTen).toHaveLength(10);
      await noScript.getByRole('link', { name: 'More results' }).click();
      await noScript.waitForURL(/\?q=plan&sort=relevance&cursor=/);
      const rest = await headings();
      expect(rest).toHaveLength(1);
      expect([...firstTen, ...rest].filter((t) => /^(Plan change|Cancelled plan)/.test(t))).toHaveLength(11);
      await noScript.getByRole('link', { name: 'First results' }).click();
      await noScript.waitForURL(/\?q=plan&sort=relevance$/);
      expect(await headings()).toEqual(firstTen);
    } finally {
      await context.close();
    }
    // A cursor that is not the list's shows the first page, not an error.
    const mangled = await fetch(`${server.url}/companies/netflix?cursor=not-a-cursor`);
    expect(mangled.status).toBe(200);
    expect(await mangled.text()).toContain('<h2>Newest reviews</h2>');
  });
});
