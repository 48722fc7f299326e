// The company page in a real Chromium against the real server: the rating summary, writing a review and
// seeing it, moderation's changes shown, filters and "load more", field errors, server-rendered head.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, deepText, focusedInfo, launchBrowser, saveScreenshot, openPage } from '../helpers/browser';
import { postReview, startSite, closeSite } from '../helpers/site';
import type { TestServer } from '../helpers/server';

let server: TestServer;
let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  [server, browser] = await Promise.all([startSite(), launchBrowser()]);
  ({ page, errors } = await openPage(browser));
});

afterAll(() => closeSite(browser, server));

const card = (title: string) => page.locator('earful-review-list earful-review-card').filter({ hasText: title });
const summaryText = () => page.locator('earful-rating-summary .text').textContent();
const list = () => page.locator('earful-review-list');

async function openForm() {
  await page.getByRole('button', { name: 'Write a review' }).click();
  await expect.poll(() => page.locator('earful-review-form').count()).toBe(1);
}

async function fillForm(fields: { rating: number; title: string; body: string; issue?: string }) {
  await page.locator(`earful-star-input label[for="star-${fields.rating}"]`).click();
  await page.getByLabel('What was the problem?').selectOption(fields.issue ?? 'billing');
  await page.getByLabel('How did you contact them?').selectOption('in-app-chat');
  await page.getByLabel('Was it resolved?').selectOption('yes');
  await page.getByLabel(/Who bills you for/).selectOption('company');
  await page.getByLabel('Title (optional)').fill(fields.title);
  await page.getByLabel('Your review (required)').fill(fields.body);
}

describe('company page', () => {
  it('says so plainly when a company has no reviews yet', async () => {
    await page.goto(`${server.url}/companies/peacock`);
    const summary = page.locator('earful-rating-summary');
    await expect.poll(() => summary.locator('.text').textContent()).toBe('0 out of 5 stars (based on 0 reviews)');
    expect(await deepText(summary)).toContain('There are no reviews yet. Be the first one to write one.');
    expect(await deepText(page.locator('earful-complaint-patterns'))).toMatch(/Not enough reviews yet to identify complaint patterns/i);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('publishes a review written in the form and shows it in the list and the summary', async () => {
    await page.goto(`${server.url}/companies/hulu`);
    await openForm();
    await fillForm({
      rating: 4,
      title: 'Refund came the same day',
      body: 'The chat agent saw the double charge at once and refunded it within the hour.',
    });
    await page.getByRole('button', { name: 'Post review' }).click();
    await expect.poll(() => page.locator('earful-submit-result #result-title').textContent()).toContain('your review is published');
    const share = page.locator('earful-submit-result').getByRole('link', { name: 'Link to this review' });
    expect(await share.getAttribute('href')).toMatch(new RegExp(`^${server.url}/companies/hulu/reviews/\\d+$`));
    await expect.poll(summaryText).toBe('4 out of 5 stars (based on 1 review)');
    await expect.poll(() => card('Refund came the same day').count()).toBe(1);
    expect(await deepText(card('Refund came the same day'))).toContain('The chat agent saw the double charge');
  });

  it('lets the author check, edit, update and delete their review with the private link', async () => {
    // The review published in the previous test is still on screen with its link.
    const link = await page.locator('earful-submit-result #manage-link').inputValue();
    expect(link).toMatch(new RegExp(`^${server.url}/manage/\\d+#[A-Za-z0-9_-]{40,}$`));
    await page.goto(link);
    const manage = page.locator('earful-manage-review');
    await expect.poll(() => manage.locator('.status').textContent()).toContain('Your review is published');
    expect(await axeViolations(page)).toEqual([]);
    await manage
      .getByRole('textbox', { name: 'Your review' })
      .fill('The chat agent refunded the double charge within the hour; my email is sam@example.com.');
    await manage.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => manage.locator('.status').textContent()).toContain('Your changes are saved.');
    expect(await deepText(manage.locator('earful-review-card'))).toContain('my email is [email removed].');
    await manage.getByLabel('Was it resolved?').selectOption('partly');
    await manage.getByRole('button', { name: 'Update the outcome' }).click();
    await expect.poll(() => manage.locator('.status').textContent()).toContain('the outcome is updated');
    await manage.getByRole('button', { name: 'Delete my review…' }).click();
    await manage.getByRole('button', { name: 'Yes, delete my review' }).click();
    await expect.poll(() => deepText(manage)).toContain('Your review is deleted for good.');
    await page.goto(`${server.url}/companies/hulu`);
    await expect.poll(summaryText).toBe('0 out of 5 stars (based on 0 reviews)');
    await page.goto(link);
    await expect.poll(() => deepText(manage)).toContain('This link does not open a review.');
  });

  it('shows a phone number removed and marks the change for its author', async () => {
    await page.goto(`${server.url}/companies/max`);
    await openForm();
    await fillForm({
      rating: 2,
      title: 'They told me to call a number',
      body: 'The chat told me to call +1 415 555 0132 and nobody there could see my account at all.',
    });
    await page.getByRole('button', { name: 'Post review' }).click();
    const result = page.locator('earful-submit-result');
    await expect.poll(() => result.locator('mark.redacted').first().textContent()).toBe('[phone number removed]');
    expect(await deepText(result)).toContain('1 phone number removed');
    await expect.poll(() => card('They told me to call a number').count()).toBe(1);
    const text = await deepText(card('They told me to call a number'));
    expect(text).toContain('[phone number removed]');
    expect(text).not.toContain('555');
  });

  it('shows a profane review soft-masked', async () => {
    await postReview(server, 'paramount-plus', {
      title: 'Useless chat',
      body: 'This fucking chat bot sent me in circles for an hour before I gave up.',
    });
    await page.goto(`${server.url}/companies/paramount-plus`);
    await expect.poll(() => card('Useless chat').count()).toBe(1);
    const text = await deepText(card('Useless chat'));
    expect(text).toContain('f—');
    expect(text).not.toMatch(/fucking/i);
  });

  it('shows client-side errors at their fields, then the server’s', async () => {
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${server.url}/companies/netflix`);
      await openForm();
      await page.getByLabel('Your review (required)').fill('Too short');
      await page.getByRole('button', { name: 'Post review' }).click();
      const summary = page.locator('earful-review-form .error-summary');
      await expect.poll(() => summary.count()).toBe(1);
      const items = await summary.locator('li').allTextContents();
      expect(items).toEqual([
        'Choose a star rating',
        'Choose what the problem was',
        'Choose how you contacted them',
        'Choose who bills you',
        'Choose whether it was resolved',
        'Review must be at least 20 characters',
      ]);
      expect(await page.getByLabel('Your review (required)').getAttribute('aria-invalid')).toBe('true');
      expect(await page.locator('earful-review-form #body-error').textContent()).toBe('Review must be at least 20 characters');
      expect(await axeViolations(page)).toEqual([]);
      await saveScreenshot(page, 'company-form-error');
    }
    // Valid in the browser, refused by the server: only markup, nothing readable left after moderation.
    await fillForm({ rating: 3, title: 'Markup only', body: '<b></b><i></i><u></u><em></em><strong></strong>' });
    await page.getByRole('button', { name: 'Post review' }).click();
    await expect
      .poll(() => page.locator('earful-review-form #body-error').textContent())
      .toBe('Nothing readable is left of this review after moderation');
    expect(await deepText(page.locator('earful-review-form .error-summary'))).toContain('Nothing readable is left');
  });

  it('filters by the distribution bars and the filters, and loads more with the cursor', async () => {
    for (let i = 0; i < 13; i++) {
      await postReview(server, 'disney-plus', {
        rating: 2,
        issueType: 'billing',
        contactMethod: 'in-app-chat',
        resolved: 'yes',
        title: `Billing ${i}`,
        body: `Charged twice in month ${i}, the agent refunded the second charge.`,
      });
    }
    for (let i = 0; i < 10; i++) {
      await postReview(server, 'disney-plus', {
        rating: 5,
        issueType: 'cancellation',
        contactMethod: 'phone',
        resolved: 'no',
        title: `Cancel ${i}`,
        body: `Cancelled on the phone in week ${i}, they were quick and polite.`,
      });
    }
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${server.url}/companies/disney-plus`);
    const titles = () => page.locator('earful-review-list earful-review-card h3').allTextContents();
    await expect.poll(async () => (await titles()).length).toBe(10);
    // By keyboard: focus moves on to the first review that arrived.
    await page.getByRole('button', { name: 'Load more reviews' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await titles()).length).toBe(20);
    await expect.poll(() => focusedInfo(page)).toMatchObject({ tag: 'li' });
    const focusedIndex = await page.locator('earful-review-list').evaluate((list) => {
      const item = list.shadowRoot?.activeElement;
      return item ? [...item.parentElement!.children].indexOf(item) : -1;
    });
    expect(focusedIndex).toBe(10);
    await page.getByRole('button', { name: 'Load more reviews' }).click();
    await expect.poll(async () => (await titles()).length).toBe(23);
    expect(new Set(await titles()).size).toBe(23);
    expect(await page.getByRole('button', { name: 'Load more reviews' }).count()).toBe(0);

    await page.locator('earful-review-list select').first().selectOption('cancellation');
    await expect.poll(async () => (await titles()).every((t) => t.startsWith('Cancel')) && (await titles()).length === 10).toBe(true);
    await page.locator('earful-review-list select').first().selectOption('');
    await page.getByRole('button', { name: /^Poor/ }).click();
    expect(await page.getByRole('button', { name: /^Poor/ }).getAttribute('aria-pressed')).toBe('true');
    await expect.poll(async () => (await titles()).every((t) => t.startsWith('Billing')) && (await titles()).length === 10).toBe(true);
    await page.getByRole('button', { name: 'Load more reviews' }).click();
    await expect.poll(async () => (await titles()).length).toBe(13);
    await page.getByRole('button', { name: 'Show all ratings' }).click();
    await list().getByLabel('Contact method').selectOption('phone');
    await list().getByLabel('Resolved', { exact: true }).selectOption('no');
    await expect.poll(async () => (await titles()).every((t) => t.startsWith('Cancel')) && (await titles()).length === 10).toBe(true);
    await list().getByLabel('Resolved', { exact: true }).selectOption('yes');
    await expect.poll(() => page.locator('earful-review-list .status').textContent()).toBe('No reviews match these filters.');
  });

  it('raised no console or CSP errors on the way', () => {
    expect(errors).toEqual([]);
  });
});
