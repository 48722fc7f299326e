// A company's reply as readers see it (issue 19), in a real Chromium: written through the real API by a
// representative an admin made, shown under the review on the company page, the review's own page and the widget,
// with "edited" and what the reviewer said came of it; in the HTML readers without script get, and in JSON-LD.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, deepText, launchBrowser, openPage, saveScreenshot } from '../helpers/browser';
import { logIn, signInAs, TEST_PASSWORD, type SignedIn } from '../helpers/moderator';
import { closeSite, postReview, startSite } from '../helpers/site';
import type { TestServer } from '../helpers/server';
import type { ModeratorResponse } from '../../server/contract/moderators';
import type { ReplyResponse } from '../../server/contract/reply';
import { escapeHtml } from '../../server/pages/html';

let server: TestServer;
let browser: Browser;
let page: Page;
let errors: string[];
let resolved: { id: number; manageToken: string };
let notResolved: { id: number; manageToken: string };

// Screening strips markup from a reply as from a review; what is left of it still must show as text.
const HOSTILE_REPLY = 'We are sorry & <img src=x onerror=window.__pwned=1> 1 < 2 > 0 "quoted" — refunded today.';
/** The edited reply as the API stored it. */
let shownReply = '';

async function reply(rep: SignedIn, id: number, body: string, offersResolution = false, expected = 201): Promise<string> {
  const res = await rep.request<ReplyResponse>(`/api/reviews/${id}/reply`, { method: 'PUT', json: { body, offersResolution } });
  if (res.status !== expected || res.body.status !== 'published') {
    throw new Error(`reply not published: ${res.status} ${JSON.stringify(res.body)}`);
  }
  return res.body.reply!.body;
}

async function answer(review: { id: number; manageToken: string }, value: 'resolved' | 'not-resolved') {
  const res = await server.request(`/api/reviews/${review.id}/manage/resolution`, {
    method: 'POST',
    json: { answer: value },
    headers: { 'x-manage-token': review.manageToken },
  });
  if (res.status !== 200) throw new Error(`resolution not accepted: ${res.status} ${JSON.stringify(res.body)}`);
}

beforeAll(async () => {
  [server, browser] = await Promise.all([startSite(), launchBrowser()]);
  resolved = (await postReview(server, 'netflix', { title: 'Charged twice', rating: 2 })) as never;
  notResolved = (await postReview(server, 'netflix', { title: 'Stream keeps stopping', rating: 1, issueType: 'streaming' })) as never;
  await postReview(server, 'netflix', { title: 'Nobody answered', rating: 3 });
  const admin = await signInAs(server, 'admin');
  const email = `rep-${process.pid}@example.test`;
  const made = await admin.request<ModeratorResponse>('/api/moderation/moderators', {
    method: 'POST',
    json: { email, role: 'representative', password: TEST_PASSWORD, companies: ['netflix'] },
  });
  if (made.status !== 201) throw new Error(`representative not made: ${made.status} ${JSON.stringify(made.body)}`);
  const rep = await logIn(server, { id: made.body.moderator?.id ?? 0, email, password: TEST_PASSWORD, role: 'representative' });
  await reply(rep, resolved.id, 'We are sorry. We refunded the second charge.', true);
  shownReply = await reply(rep, resolved.id, HOSTILE_REPLY, true, 200);
  await reply(rep, notResolved.id, 'Please reinstall the app; that fixes it for most customers.', true);
  await answer(resolved, 'resolved');
  await answer(notResolved, 'not-resolved');
  ({ page, errors } = await openPage(browser));
});

afterAll(() => closeSite(browser, server));

const card = (title: string) => page.locator('earful-review-card').filter({ has: page.locator('h3', { hasText: title }) });
const replyText = (title: string) => deepText(card(title).locator('earful-review-reply'));

describe('the company’s reply', () => {
  it('shows under its review on the company page, set apart, as text, edited and resolved', async () => {
    await page.goto(`${server.url}/companies/netflix`);
    await expect.poll(() => replyText('Charged twice')).toContain('Response from Netflix');
    const text = await replyText('Charged twice');
    expect(shownReply).toContain('&');
    expect(text).toContain(shownReply);
    expect(text).toMatch(/Replied \w{3} \d{1,2}, \d{4} · edited \w{3} \d{1,2}, \d{4}/);
    expect(text).toContain("Resolved after the company's reply");
    expect(await replyText('Stream keeps stopping')).toContain('The reviewer says this did not resolve it');
    expect(await replyText('Stream keeps stopping')).not.toContain('edited');
    expect(await card('Nobody answered').locator('earful-review-reply').count()).toBe(0);
    const heading = card('Charged twice').getByRole('heading', { name: 'Response from Netflix' });
    expect(await heading.evaluate((h) => h.tagName)).toBe('H4');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await card('Charged twice').locator('img').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'reader-reply');
  });

  it('shows on the review’s own page, in its HTML without script, and as the Review’s Comment in JSON-LD', async () => {
    await page.goto(`${server.url}/companies/netflix/reviews/${resolved.id}`);
    await expect.poll(() => replyText('Charged twice')).toContain("Resolved after the company's reply");
    expect(await axeViolations(page)).toEqual([]);
    const html = await (await fetch(`${server.url}/companies/netflix/reviews/${resolved.id}`)).text();
    expect(html).toContain('<strong>Response from Netflix</strong>');
    expect(html).toContain(`<p class="reply-text">${escapeHtml(shownReply)}</p>`);
    expect(html).toContain('Resolved after the company&#39;s reply');
    const ld = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]!);
    expect(ld.comment).toMatchObject({ '@type': 'Comment', text: shownReply, author: { '@type': 'Organization', name: 'Netflix' } });
    expect(ld.comment.dateCreated).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const company = await (await fetch(`${server.url}/companies/netflix`)).text();
    const companyLd = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(company)![1]!);
    const withComment = companyLd.review.filter((r: { comment?: unknown }) => r.comment);
    expect(withComment.map((r: { name: string }) => r.name).sort()).toEqual(['Charged twice', 'Stream keeps stopping']);
  });

  it('shows in the widget on another site', async () => {
    const host: Server = createServer((_req, res) =>
      res.writeHead(200, { 'content-type': 'text/html' }).end(`<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>A blog</title><meta name="viewport" content="width=device-width, initial-scale=1"></head><body><main><h1>Our readers say</h1>
<earful-reviews company="netflix"></earful-reviews><script src="${server.url}/widget.js"></script></main></body></html>`),
    );
    await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
    try {
      const widgetPage = await browser.newPage({ viewport: { width: 390, height: 900 } });
      await widgetPage.goto(`http://localhost:${(host.address() as AddressInfo).port}/`);
      const widget = widgetPage.locator('earful-reviews');
      await expect.poll(() => deepText(widget.locator('.latest'))).toContain('Response from Netflix');
      const text = await deepText(widget.locator('.latest'));
      expect(text).toContain("Resolved after the company's reply");
      expect(text).toContain('The reviewer says this did not resolve it');
      expect(await widget.getByRole('link', { name: 'Link to this review' }).first().getAttribute('href')).toMatch(
        new RegExp(`^${server.url}/companies/netflix/reviews/\\d+$`),
      );
      expect(await axeViolations(widgetPage)).toEqual([]);
      await saveScreenshot(widgetPage, 'reader-reply-widget');
      await widgetPage.close();
    } finally {
      await new Promise((resolve) => host.close(resolve));
    }
  });

  it('is gone from the company page once a moderator removes it', async () => {
    const admin = await signInAs(server, 'admin');
    expect((await admin.request(`/api/reviews/${notResolved.id}/reply`, { method: 'DELETE' })).status).toBe(204);
    await page.goto(`${server.url}/companies/netflix`);
    await expect.poll(() => replyText('Charged twice')).toContain('Response from Netflix');
    expect(await card('Stream keeps stopping').locator('earful-review-reply').count()).toBe(0);
  });

  it('raised no console or CSP errors on the way', () => {
    expect(errors).toEqual([]);
  });
});
