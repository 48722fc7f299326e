// The reviewer's side of issue 18 in a real Chromium against the real server: the links after posting, a form
// that adapts and keeps its draft, plain messages, a report with no reason chosen for the reader, no helpful
// vote on one's own review, and the manage page (company named, stars and answers editable, a later outcome
// dated for readers, a rejected review fixed and sent again). axe-core finds nothing in any state shown;
// screenshots go to /tmp/reviewer-*.png.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations, collectErrors, deepText, launchBrowser } from '../helpers/browser';
import { closeSite, postReview, startSite } from '../helpers/site';
import type { TestServer } from '../helpers/server';
import { buildReview } from '../helpers/fixtures';
import { signInAs } from '../helpers/moderator';
import type { ErrorBody } from '../../server/contract/errors';
import type { SubmissionResponse } from '../../server/contract/manage';
import type { ReviewResponse } from '../../server/contract/review';

let server: TestServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let errors: string[];

beforeAll(async () => {
  [server, browser] = await Promise.all([startSite(), launchBrowser()]);
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, permissions: ['clipboard-read', 'clipboard-write'] });
  page = await context.newPage();
  page.setDefaultTimeout(5000);
  errors = collectErrors(page);
});

afterAll(() => closeSite(browser, server));

const shot = async (name: string) => {
  const width = page.viewportSize()?.width ?? 0;
  await page.screenshot({ path: `/tmp/reviewer-${name}-${width}.png`, fullPage: true });
};
const form = () => page.locator('earful-review-form');
const result = () => page.locator('earful-submit-result');
const manage = () => page.locator('earful-manage-review');

async function openForm(slug: string) {
  await page.goto(`${server.url}/companies/${slug}`);
  await page.getByRole('button', { name: 'Write a review' }).click();
  await form().locator('form').waitFor();
}

async function fillRequired(body: string, contact = 'in-app-chat') {
  await page.locator('earful-star-input label[for="star-4"]').click();
  await form().getByLabel('What was the problem?').selectOption('billing');
  await form().getByLabel('How did you contact them?').selectOption(contact);
  await form().getByLabel('Was it resolved?').selectOption('no');
  await form()
    .getByLabel(/Who bills you for/)
    .selectOption('company');
  await form().getByLabel('Your review (required)').fill(body);
}

/** A review posted through the API, with its private link. */
async function postOwn(slug: string, overrides: Record<string, unknown> = {}) {
  const res = await server.request<SubmissionResponse>(`/api/companies/${slug}/reviews`, { method: 'POST', json: buildReview(overrides) });
  return res.body.review;
}

describe('after posting', () => {
  it('offers the public page to share, and the private link marked private, shown once, with a copy button', async () => {
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await openForm('hulu');
      await fillRequired(`The agent refunded the double charge at once, on a ${width} px screen.`);
      await page.getByRole('button', { name: 'Post review' }).click();
      await result().locator('#result-title').waitFor();
      const open = result().getByRole('link', { name: 'Open your review’s page' });
      const href = await open.getAttribute('href');
      expect(href).toMatch(new RegExp(`^${server.url}/companies/hulu/reviews/\\d+$`));
      const text = await deepText(result());
      expect(text).toContain('Your private link: do not share it');
      expect(text).toContain('It is shown only this once');
      const link = await result().locator('#manage-link').inputValue();
      expect(link).toMatch(/\/manage\/\d+#/);
      await result().getByRole('button', { name: 'Copy private link' }).click();
      await expect.poll(() => deepText(result().getByRole('status'))).toContain('Copied');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
      expect(await axeViolations(page)).toEqual([]);
      await shot('submitted');
      await open.click();
      await page.waitForURL(href!);
      expect(page.url()).not.toContain('/manage/');
    }
  });
});

describe('the review form', () => {
  it('marks the required questions, and asks nothing about a contact that did not happen', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await openForm('max');
    for (const label of ['What was the problem? (required)', 'How did you contact them? (required)', 'Was it resolved? (required)']) {
      expect(await form().getByLabel(label, { exact: true }).count()).toBe(1);
    }
    expect(
      await form()
        .getByLabel(/Who bills you for Max\? \(required\)/)
        .count(),
    ).toBe(1);
    await fillRequired('I never contacted them; the charge simply vanished from my statement.');
    await form().getByLabel('How long until they answered?').selectOption('5-30-min');
    await form().getByLabel('What did they do?').selectOption('refund');
    await form().getByLabel('How did you contact them?').selectOption('did-not-contact');
    for (const gone of ['How long until they answered?', 'What did they do?']) expect(await form().getByLabel(gone).count()).toBe(0);
    expect(await deepText(form())).not.toContain('Did they explain the next steps?');
    expect(await axeViolations(page)).toEqual([]);
    await shot('form-no-contact');
    await page.getByRole('button', { name: 'Post review' }).click();
    await result().locator('#result-title').waitFor();
    const id = Number((await result().getByRole('link', { name: 'Open your review’s page' }).getAttribute('href'))!.split('/').pop());
    const stored = (await server.request<ReviewResponse>(`/api/reviews/${id}`)).body.review;
    expect(stored).toMatchObject({ contactMethod: 'did-not-contact', responseTime: null, outcome: null, nextStepsExplained: null });
  });

  it('says what is missing in words that read on their own', async () => {
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await openForm('netflix');
      await form().getByLabel('Your review (required)').fill('Too short');
      await page.getByRole('button', { name: 'Post review' }).click();
      const items = await form().locator('.error-summary li').allTextContents();
      expect(items.map((i) => i.trim())).toEqual([
        'Choose a star rating',
        'Choose what the problem was',
        'Choose how you contacted them',
        'Choose who bills you',
        'Choose whether it was resolved',
        'Review must be at least 20 characters',
      ]);
      expect(items.join(' ')).not.toMatch(/Choose a value|Review: Review/);
      expect(await axeViolations(page)).toEqual([]);
      await shot('form-errors');
    }
  });

  it('keeps every question in place when a technical problem adds the device question', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await openForm('peacock');
    const ids = ['f-issueType', 'f-contactMethod', 'f-billingParty', 'f-resolved', 'f-responseTime', 'f-outcome'];
    const boxes = () => Promise.all(ids.map(async (id) => JSON.stringify(await form().locator(`#${id}`).boundingBox())));
    const before = await boxes();
    // Side by side, the answers line up although "How did you contact them? (required)" wraps and its neighbour does not.
    const y = (box: string) => (JSON.parse(box) as { y: number }).y;
    expect(y(before[1]!)).toBe(y(before[0]!));
    expect(y(before[3]!)).toBe(y(before[2]!));
    await form().getByLabel('What was the problem?').selectOption('streaming');
    await form().getByLabel('Which device were you using?').waitFor();
    const after = await boxes();
    // The questions above the device do not move; the ones below it move down together, in the same columns.
    expect(after.slice(0, 4)).toEqual(before.slice(0, 4));
    const x = (box: string) => (JSON.parse(box) as { x: number }).x;
    expect(after.slice(4).map(x)).toEqual(before.slice(4).map(x));
    expect(await axeViolations(page)).toEqual([]);
    await shot('form-device');
  });

  it('keeps a draft in the browser across a reload until it is posted', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await openForm('paramount-plus');
    await page.locator('earful-star-input label[for="star-2"]').click();
    await form().getByLabel('What was the problem?').selectOption('billing');
    await form().getByLabel('Title (optional)').fill('Half a refund');
    await form().getByLabel('Your review (required)').fill('They refunded half of the double charge and then stopped answering.');
    await page.reload();
    await page.getByRole('button', { name: 'Write a review' }).click();
    await expect.poll(() => form().getByLabel('Title (optional)').inputValue()).toBe('Half a refund');
    expect(await form().getByLabel('Your review (required)').inputValue()).toBe(
      'They refunded half of the double charge and then stopped answering.',
    );
    expect(await form().getByLabel('What was the problem?').inputValue()).toBe('billing');
    expect(await page.locator('earful-star-input #star-2').isChecked()).toBe(true);
    await form().getByLabel('How did you contact them?').selectOption('phone');
    await form().getByLabel('Was it resolved?').selectOption('partly');
    await form()
      .getByLabel(/Who bills you for/)
      .selectOption('company');
    await page.getByRole('button', { name: 'Post review' }).click();
    await result().locator('#result-title').waitFor();
    await page.reload();
    await page.getByRole('button', { name: 'Write a review' }).click();
    await form().locator('form').waitFor();
    expect(await form().getByLabel('Title (optional)').inputValue()).toBe('');
    expect(await form().getByLabel('Your review (required)').inputValue()).toBe('');
  });
});

describe('reports and votes', () => {
  it('leaves the report’s reason for the reader to choose', async () => {
    const posted = await postReview(server, 'netflix', { title: 'Report me maybe' });
    await page.goto(`${server.url}/companies/netflix/reviews/${posted.id}`);
    const card = page.locator('earful-review-page earful-review-card');
    await card.getByRole('button', { name: 'Report' }).click();
    const reason = card.getByLabel('Why?');
    expect(await reason.inputValue()).toBe('');
    await card.getByRole('button', { name: 'Send report' }).click();
    await expect.poll(() => deepText(card)).toContain('Choose why you are reporting this review');
    expect(await reason.getAttribute('aria-invalid')).toBe('true');
    expect(await axeViolations(page)).toEqual([]);
    await shot('report-no-reason');
    await reason.selectOption('fake');
    await card.getByRole('button', { name: 'Send report' }).click();
    await expect.poll(() => deepText(card)).toContain('A moderator will look at this review.');
  });

  it('does not offer the author a helpful vote on their own review, and the server refuses it', async () => {
    await openForm('disney-plus');
    await fillRequired('My own review, which I must not be able to mark as helpful myself.');
    await page.getByRole('button', { name: 'Post review' }).click();
    const href = await result().getByRole('link', { name: 'Open your review’s page' }).getAttribute('href');
    const token = (await result().locator('#manage-link').inputValue()).split('#')[1]!;
    await page.goto(href!);
    const card = page.locator('earful-review-page earful-review-card');
    await expect.poll(() => deepText(card)).toContain('Your review');
    expect(await card.getByRole('button', { name: 'Helpful' }).count()).toBe(0);
    const id = Number(href!.split('/').pop());
    const vote = await server.request<ErrorBody>(`/api/reviews/${id}/helpful`, {
      method: 'POST',
      json: {},
      headers: { 'x-manage-token': token },
    });
    expect(vote.status).toBe(403);
    expect(vote.body.error.message).toBe('You cannot mark your own review helpful');
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('the manage page', () => {
  it('names the company and edits the stars and answers, through the same checks', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    const own = await postOwn('hulu', { rating: 2, issueType: 'billing', responseTime: '5-30-min' });
    await page.goto(own.manageUrl);
    await expect.poll(() => deepText(manage())).toContain('Your review of Hulu customer service');
    expect(await page.title()).toBe('Your review of Hulu — Earful');
    await manage().locator('earful-star-input label[for="star-5"]').click();
    await manage().getByLabel('What was the problem?').selectOption('cancellation');
    await manage().getByLabel('How long until they answered?').selectOption('');
    await manage().getByLabel('Your review (required)').fill('Too short');
    await manage().getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => deepText(manage())).toContain('Review must be at least 20 characters');
    expect(await axeViolations(page)).toEqual([]);
    await manage().getByLabel('Your review (required)').fill('They cancelled it on the first call and confirmed it by email.');
    await manage().getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => manage().locator('.status').textContent()).toContain('Your changes are saved.');
    const stored = (await server.request<ReviewResponse>(`/api/reviews/${own.id}`)).body.review;
    expect(stored).toMatchObject({ rating: 5, issueType: 'cancellation', responseTime: null });
    await shot('manage-edited');
    // On a phone too: nothing overflows and axe-core finds nothing; "Did not contact them" hides the contact questions.
    await page.setViewportSize({ width: 390, height: 900 });
    await page.reload();
    await manage().getByLabel('How did you contact them?').selectOption('did-not-contact');
    expect(await manage().getByLabel('How long until they answered?').count()).toBe(0);
    await manage().getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => manage().locator('.status').textContent()).toContain('Your changes are saved.');
    // Nor does the later outcome ask what they did, as nobody was contacted.
    expect(await manage().getByLabel('What did they do?').count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await shot('manage-no-contact');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('asks about a later outcome with nothing chosen, and shows readers when and how it changed', async () => {
    const own = await postOwn('max', { title: 'Waiting on a refund', resolved: 'no', outcome: 'no-action' });
    await page.goto(own.manageUrl);
    const later = manage().getByLabel('Was it resolved?');
    await later.waitFor();
    expect(await later.inputValue()).toBe('');
    await manage().getByRole('button', { name: 'Update the outcome' }).click();
    await expect.poll(() => deepText(manage())).toContain('Choose whether it was resolved');
    expect((await server.request<ReviewResponse>(`/api/reviews/${own.id}`)).body.review.resolved).toBe('no');
    await later.selectOption('yes');
    await manage().getByLabel('What did they do?', { exact: false }).last().selectOption('refund');
    await manage().getByRole('button', { name: 'Update the outcome' }).click();
    await expect.poll(() => manage().locator('.status').textContent()).toContain('the outcome is updated');
    const note = /Outcome updated on \w{3} \d{1,2}, \d{4}: Resolved: Yes · Refund \(at first: No · No action taken\)/;
    expect(await deepText(manage())).toMatch(note);
    expect(await axeViolations(page)).toEqual([]);
    await shot('manage-outcome');
    // Readers see it on the review's page and in the company's list.
    await page.goto(`${server.url}/companies/max/reviews/${own.id}`);
    await expect.poll(() => deepText(page.locator('earful-review-page earful-review-card'))).toMatch(note);
    await shot('review-outcome-updated');
    await page.goto(`${server.url}/companies/max`);
    const card = page.locator('earful-review-list earful-review-card').filter({ hasText: 'Waiting on a refund' });
    await expect.poll(() => deepText(card)).toMatch(note);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('shows a rejected author the reason and lets them fix the review and send it again', async () => {
    const own = await postOwn('peacock', { body: 'Their refund page at https://deals.example.com/refund never worked for me.' });
    expect(own.status).toBe('pending');
    const moderator = await signInAs(server);
    await moderator.request(`/api/moderation/reviews/${own.id}/decision`, {
      method: 'POST',
      json: { action: 'reject', reason: 'off-topic' },
    });
    await page.goto(own.manageUrl);
    await expect.poll(() => manage().locator('.status').textContent()).toContain('A moderator did not publish your review.');
    expect(await deepText(manage().locator('.status'))).toContain('Reason: Off topic.');
    expect(await axeViolations(page)).toEqual([]);
    await shot('manage-rejected');
    await manage().getByLabel('Your review (required)').fill('Their refund page never worked, and the chat could not refund me either.');
    await manage().getByRole('button', { name: 'Send it again' }).click();
    await expect.poll(() => manage().locator('.status').textContent()).toContain('Your review is waiting for a moderator.');
    expect(await deepText(manage().locator('.status'))).toContain('sent again');
  });

  it('raised no console or CSP errors on the way', () => {
    expect(errors).toEqual([]);
  });
});
