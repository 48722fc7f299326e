// The moderator console as moderators and admins met it (issue 18): a session that ends in another tab is
// noticed and signed in again in place without losing an edit; the queue riskiest first with reader reports
// weighed in; a new company's review form from a template, and its address confirmed; the console's width,
// sections in the address, the empty queue, the audit log in words with filters, the guide editor folded with
// Save in view and a preview, and no 401 in the browser console for a signed-out visit.
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations, collectErrors, deepText, focusedInfo, launchBrowser } from '../helpers/browser';
import { createModerator, insertHeldReview, type ModeratorAccountForTest, uniqueBody } from '../helpers/moderator';
import { postReview, startSite, closeSite } from '../helpers/site';
import type { TestServer } from '../helpers/server';
import type { CompanyGuide } from '../../server/contract/guide';
import type { CompanyDetail, ReviewResponse } from '../../server/contract/review';

let server: TestServer;
let browser: Browser;
let admin: ModeratorAccountForTest;

beforeAll(async () => {
  [server, browser] = await Promise.all([startSite(), launchBrowser()]);
  admin = await createModerator(server, { role: 'admin' });
});

afterAll(() => closeSite(browser, server));

/** A fresh browser profile (its own cookies), with every console error kept, 401 "Failed to load" ones too. */
async function newProfile(): Promise<{ context: BrowserContext; page: Page; errors: string[]; consoleErrors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(5000);
  const consoleErrors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  return { context, page, errors: collectErrors(page), consoleErrors };
}

async function signIn(page: Page, account = admin) {
  await page.goto(`${server.url}/moderate`);
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect
    .poll(
      async () =>
        (await page.getByText('Signed in as').count()) === 1 ? 'signed in' : await deepText(page.locator('earful-moderator-console')),
      {
        timeout: 15_000,
      },
    )
    .toBe('signed in');
}

const shot = (page: Page, name: string) =>
  page.screenshot({ path: `/tmp/console-${name}-${page.viewportSize()!.width}.png`, fullPage: true });

const queueItem = (page: Page, id: number) => page.locator('earful-queue-item').filter({ hasText: `Review ${id} ·` });

/** Every session of every account idle for longer than SESSION_IDLE_MINUTES (30), as if the clock had moved on. */
function ageSessions(minutes: number) {
  const db = new Database(server.databasePath);
  try {
    db.prepare('update moderator_sessions set last_seen_at = last_seen_at - ?').run(minutes * 60_000);
  } finally {
    db.close();
  }
}

describe('console sessions', () => {
  it('checks the session without a 401 in the browser console when signed out', async () => {
    const { context, page, consoleErrors } = await newProfile();
    const refused: string[] = [];
    page.on('response', (r) => r.status() === 401 && refused.push(r.url()));
    try {
      await page.goto(`${server.url}/moderate`);
      await expect.poll(() => page.getByRole('heading', { name: 'Sign in' }).count()).toBe(1);
      expect(refused).toEqual([]);
      expect(consoleErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('keeps an edit through "sign out of all devices" elsewhere: sign-in opens in place and the save goes through', async () => {
    const held = await insertHeldReview(server, { company: 'hulu', riskScore: 40, body: uniqueBody() });
    const { context, page, errors } = await newProfile();
    try {
      await signIn(page);
      const other = await context.newPage();
      await other.goto(`${server.url}/moderate`);
      await expect.poll(() => other.getByText('Signed in as').count()).toBe(1);

      const item = queueItem(page, held.id);
      await item.getByRole('button', { name: 'Edit and approve…' }).click();
      const edited = 'The agent refunded the double charge within the hour and emailed a reference number to keep.';
      await item.getByLabel('Review text').fill(edited);

      await other.getByRole('button', { name: 'Sign out of all devices' }).click();
      await expect.poll(() => other.getByRole('heading', { name: 'Sign in' }).count()).toBe(1);
      await other.close();

      // The next request finds the session gone: sign-in opens over the work, which stays as typed.
      await item.getByRole('button', { name: 'Save and approve' }).click();
      const dialog = page.locator('earful-moderator-console dialog');
      await expect.poll(() => dialog.isVisible()).toBe(true);
      expect(await page.getByText('Signed in as').count()).toBe(0);
      expect(await deepText(page.locator('earful-moderator-console .bar'))).toContain('Your session has ended');
      expect(await item.getByLabel('Review text').inputValue()).toBe(edited);
      expect(await axeViolations(page)).toEqual([]);
      await shot(page, 'session-ended');

      await dialog.getByLabel('Email').fill(admin.email);
      await dialog.getByLabel('Password').fill(admin.password);
      await dialog.getByRole('button', { name: 'Sign in' }).click();
      // Signing in hashes a password: slow on a busy machine.
      await expect
        .poll(() => page.locator('earful-moderation-queue .queue-status').textContent(), { timeout: 15_000 })
        .toBe(`Review ${held.id} edited and approved.`);
      expect(await dialog.isVisible()).toBe(false);
      expect(await page.getByText('Signed in as').count()).toBe(1);
      expect((await server.request<ReviewResponse>(`/api/reviews/${held.id}`)).body.review.body).toBe(edited);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('notices an idle timeout when the tab comes back to the front, and keeps the edit if sign-in is put off', async () => {
    const held = await insertHeldReview(server, { company: 'hulu', riskScore: 41, body: uniqueBody() });
    const { context, page } = await newProfile();
    try {
      await signIn(page);
      const item = queueItem(page, held.id);
      await item.getByRole('button', { name: 'Edit and approve…' }).click();
      await item.getByLabel('Title').fill('Kept while signed out');
      ageSessions(31);
      await page.evaluate(() => window.dispatchEvent(new Event('focus')));
      const dialog = page.locator('earful-moderator-console dialog');
      await expect.poll(() => dialog.isVisible()).toBe(true);
      expect(await page.getByText('Signed in as').count()).toBe(0);

      await dialog.getByRole('button', { name: 'Not now' }).click();
      await item.getByRole('button', { name: 'Save and approve' }).click();
      await expect.poll(() => dialog.isVisible()).toBe(true);
      await dialog.getByRole('button', { name: 'Not now' }).click();
      await expect.poll(() => deepText(item.locator('[role=alert]'))).toContain('Not saved');
      expect(await item.getByLabel('Title').inputValue()).toBe('Kept while signed out');
    } finally {
      await context.close();
    }
  });
});

describe('the queue, riskiest first', () => {
  it('puts a review readers report as offensive above low-risk held ones; removing it is the filled button', async () => {
    const low = await insertHeldReview(server, { company: 'peacock', reasons: ['link in text'], riskScore: 2, body: uniqueBody() });
    const published = await postReview(server, 'peacock', { body: uniqueBody() });
    const report = await server.request(`/api/reviews/${published.id}/report`, {
      method: 'POST',
      json: { reason: 'offensive', note: 'A threat' },
    });
    expect(report.status).toBe(201);
    const { context, page } = await newProfile();
    try {
      await signIn(page);
      await page.getByLabel('Company').selectOption('peacock');
      const heads = page.locator('earful-queue-item .head h3');
      await expect.poll(() => heads.count()).toBe(2);
      expect(await heads.allTextContents()).toEqual([`Review ${published.id} · Peacock`, `Review ${low.id} · Peacock`]);
      const reported = queueItem(page, published.id);
      expect(await deepText(reported)).toContain('Risk score 8 (0 from moderation, 8 from reader reports)');
      expect((await reported.locator('.actions button.primary').textContent())?.trim()).toBe('Remove…');
      expect((await reported.getByRole('button', { name: 'Keep and dismiss reports' }).getAttribute('class')) ?? '').not.toContain(
        'primary',
      );
      expect(await axeViolations(page)).toEqual([]);
      await shot(page, 'queue-reported');
    } finally {
      await context.close();
    }
  });
});

describe('adding a company', () => {
  it("gives it its kind's review form, editable, and confirms the address before it is fixed", async () => {
    const { context, page, errors } = await newProfile();
    try {
      await signIn(page);
      await page.getByRole('button', { name: 'Companies', exact: true }).click();
      const admin = page.locator('earful-company-admin');
      await admin.getByLabel('Name', { exact: true }).fill('Acme Mobile & Broadband');
      await admin.getByLabel('Category', { exact: true }).fill('Mobile and broadband');
      const kind = admin.getByLabel('Kind of company');
      await expect.poll(() => kind.inputValue()).toBe('mobile-broadband');
      const problems = admin.getByLabel('Problems a customer can choose');
      expect(await problems.inputValue()).toContain('No signal or dropped calls');
      expect(await problems.inputValue()).not.toContain('Household');
      await problems.fill(`${await problems.inputValue()}\nEsim activation`);
      for (const width of [390, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        expect(await axeViolations(page)).toEqual([]);
        await shot(page, 'company-form');
      }

      await admin.getByRole('button', { name: 'Add company' }).click();
      const confirm = admin.locator('dialog');
      await expect.poll(() => confirm.isVisible()).toBe(true);
      expect(await deepText(confirm)).toContain('Add Acme Mobile & Broadband at /companies/acme-mobile-broadband?');
      expect(await deepText(confirm)).toContain('cannot be changed later');
      expect(await deepText(confirm)).toContain('Review form: Mobile and broadband, with your own answers');
      expect(await axeViolations(page)).toEqual([]);
      await shot(page, 'company-confirm');
      await confirm.getByRole('button', { name: 'Change the address' }).click();
      expect((await focusedInfo(page))?.id).toBe('company-slug');
      expect((await server.request('/api/companies/acme-mobile-broadband')).status).toBe(404);

      await admin.getByLabel('Address', { exact: true }).fill('acme-mobile');
      await admin.getByRole('button', { name: 'Add company' }).click();
      await confirm.getByRole('button', { name: 'Yes, add it for good' }).click();
      await expect.poll(() => deepText(admin.getByRole('status'))).toBe('Added Acme Mobile & Broadband at /companies/acme-mobile');
      const { taxonomy } = (await server.request<CompanyDetail>('/api/companies/acme-mobile')).body;
      const issueTypes = taxonomy.issueType.map((v: { value: string }) => v.value);
      expect(issueTypes).toContain('no-signal');
      expect(issueTypes).toContain('esim-activation');
      expect(issueTypes).not.toContain('household');

      await page.goto(`${server.url}/companies/acme-mobile#write`);
      const form = page.locator('earful-review-form');
      await expect.poll(async () => (await deepText(form)).includes('Esim activation')).toBe(true);
      expect(await deepText(form)).not.toContain('Household');
      expect(await deepText(form)).not.toContain('subtitles');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('the console looks finished', () => {
  it('sits in the header’s container, keeps its section in the address, and says when the queue is empty', async () => {
    const { context, page, errors } = await newProfile();
    try {
      await signIn(page);
      // Nothing pending in this company: the queue says it is empty and what comes next.
      await page.getByLabel('Company').selectOption('paramount-plus');
      await expect.poll(() => deepText(page.locator('earful-moderation-queue .empty'))).toContain('Nothing waits under these filters');
      await page.getByRole('button', { name: 'Show the whole queue' }).click();
      const boxes = await page.evaluate(() => {
        const header = document.querySelector('.site-header__inner')!.getBoundingClientRect();
        const console = document.querySelector('earful-moderator-console')!.getBoundingClientRect();
        return {
          header: [Math.round(header.left), Math.round(header.right)],
          console: [Math.round(console.left), Math.round(console.right)],
        };
      });
      expect(Math.abs(boxes.console[0]! - boxes.header[0]!)).toBeLessThanOrEqual(24);
      expect(Math.abs(boxes.console[1]! - boxes.header[1]!)).toBeLessThanOrEqual(24);

      await page.getByRole('button', { name: 'Audit log' }).click();
      expect(new URL(page.url()).search).toBe('?section=audit');
      await page.reload();
      await expect.poll(() => page.getByRole('heading', { name: 'Audit log' }).count()).toBe(1);
      await page.getByRole('button', { name: 'Guides' }).click();
      await expect.poll(() => page.getByRole('heading', { name: 'Company guides' }).count()).toBe(1);
      await page.goBack();
      await expect.poll(() => page.getByRole('heading', { name: 'Audit log' }).count()).toBe(1);
      expect(await page.getByRole('button', { name: 'Audit log' }).getAttribute('aria-current')).toBe('page');
      await page.goBack();
      await expect.poll(() => page.getByRole('heading', { name: 'Review queue' }).count()).toBe(1);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('shows the queue empty with what comes next', async () => {
    const { context, page } = await newProfile();
    try {
      await signIn(page);
      // Clear whatever earlier tests left, through the API the console uses.
      const queue = async () =>
        (await page.evaluate(async () => (await fetch('/api/moderation/queue?limit=100')).json())) as {
          items: { review: { id: number; status: string; updatedAt: string } }[];
        };
      const csrf = (await page.evaluate(async () => (await (await fetch('/api/auth/session')).json()).csrfToken)) as string;
      for (const { review } of (await queue()).items) {
        await page.evaluate(
          async ([id, csrfToken, updatedAt, action]) =>
            fetch(`/api/moderation/reviews/${id}/decision`, {
              method: 'POST',
              headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken! },
              body: JSON.stringify({ action, updatedAt, ...(action === 'remove' || action === 'reject' ? { reason: 'other' } : {}) }),
            }),
          [String(review.id), csrf, review.updatedAt, review.status === 'pending' ? 'reject' : 'approve'] as [
            string,
            string,
            string,
            string,
          ],
        );
      }
      await page.reload();
      const empty = page.locator('earful-moderation-queue .empty');
      await expect.poll(() => deepText(empty)).toContain('The queue is empty');
      expect(await deepText(empty)).toContain('appear here as they come in');
      for (const width of [390, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        expect(await axeViolations(page)).toEqual([]);
        await shot(page, 'queue-empty');
      }
    } finally {
      await context.close();
    }
  });

  it('shows the audit log in words, filtered by action, moderator and date', async () => {
    const held = await insertHeldReview(server, { company: 'max', body: uniqueBody() });
    const { context, page } = await newProfile();
    try {
      await signIn(page);
      const item = queueItem(page, held.id);
      await item.getByRole('button', { name: 'Reject…' }).click();
      await item.getByLabel('Reason to reject').selectOption('spam');
      await item.getByRole('button', { name: 'Reject review' }).click();
      await expect.poll(() => page.locator('earful-moderation-queue .queue-status').textContent()).toBe(`Review ${held.id} rejected.`);

      await page.getByRole('button', { name: 'Audit log' }).click();
      const log = page.locator('earful-audit-log');
      // Not "Rejected a review": the action filter's options say that before a single entry has loaded.
      await expect.poll(async () => (await deepText(log)).includes('Reason: Spam or advertising')).toBe(true);
      const text = await deepText(log);
      expect(text).toContain('Reason: Spam or advertising');
      expect(text).toContain('Waiting → Rejected');
      expect(text).toContain('Signed in');
      expect(text).not.toContain('review.reject');
      expect(text).not.toMatch(/[{}"]/);

      await log.getByLabel('Action').selectOption({ label: 'Rejected a review' });
      await expect
        .poll(async () => (await log.locator('tbody tr').allTextContents()).every((t) => t.includes('Rejected a review')))
        .toBe(true);
      expect(await log.locator('tbody tr').count()).toBeGreaterThan(0);
      await log.getByLabel('Moderator').selectOption({ label: admin.email });
      await expect.poll(() => log.locator('tbody tr').count()).toBeGreaterThan(0);
      const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
      await log.getByLabel('From (UTC)').fill(tomorrow);
      await expect.poll(() => deepText(log.getByRole('status'))).toBe('No entries match these filters.');
      expect(await log.locator('tbody tr').count()).toBe(0);
      for (const width of [390, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        expect(await axeViolations(page)).toEqual([]);
      }
      // A filter changed after the session timed out: sign-in opens, and the entries come once signed in.
      ageSessions(31);
      await log.getByRole('button', { name: 'Clear filters' }).click();
      const dialog = page.locator('earful-moderator-console dialog');
      await expect.poll(() => dialog.isVisible()).toBe(true);
      await dialog.getByLabel('Email').fill(admin.email);
      await dialog.getByLabel('Password').fill(admin.password);
      await dialog.getByRole('button', { name: 'Sign in' }).click();
      await expect.poll(() => log.locator('tbody tr').count(), { timeout: 15_000 }).toBeGreaterThan(1);
      await shot(page, 'audit');
    } finally {
      await context.close();
    }
  });

  it('folds the guide into its sections, keeps Save in view, and previews it as readers see it', async () => {
    const { context, page } = await newProfile();
    try {
      await signIn(page);
      await page.getByRole('button', { name: 'Guides' }).click();
      const editor = page.locator('earful-guide-editor');
      await expect.poll(() => editor.getByLabel('Company', { exact: true }).locator('option').count()).toBeGreaterThan(1);
      await editor.getByLabel('Company', { exact: true }).selectOption('netflix');
      await expect.poll(() => editor.locator('earful-guide-section').count()).toBeGreaterThan(3);
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      expect(height).toBeLessThan(5000);

      // Halfway down, Save is on screen.
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
      const save = editor.getByRole('button', { name: 'Save the guide' });
      const box = (await save.boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(900);

      const first = editor.locator('earful-guide-section').first();
      await first.locator('summary').click();
      await first.getByLabel('Title', { exact: true }).fill('How to reach Netflix, edited');
      await editor.getByRole('button', { name: 'Preview as readers see it' }).click();
      const preview = editor.getByRole('region', { name: 'Preview of the guide' });
      await expect.poll(() => deepText(preview)).toContain('How to reach Netflix, edited');
      expect(await deepText(preview)).toContain('How to get help from Netflix');
      expect(await axeViolations(page)).toEqual([]);
      await shot(page, 'guide-preview');
      await editor.getByRole('button', { name: 'Preview as readers see it' }).click();
      expect(await first.getByLabel('Title', { exact: true }).inputValue()).toBe('How to reach Netflix, edited');
      for (const width of [390, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        expect(await axeViolations(page)).toEqual([]);
        await shot(page, 'guide-editor');
        // What a phone shows halfway down: the sections' titles and the Save bar.
        await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 3));
        await page.screenshot({ path: `/tmp/console-guide-scrolled-${width}.png` });
      }

      // The session times out while editing: Save opens sign-in, and the guide as edited is saved after it.
      ageSessions(31);
      await editor.getByRole('button', { name: 'Save the guide' }).click();
      const dialog = page.locator('earful-moderator-console dialog');
      await expect.poll(() => dialog.isVisible()).toBe(true);
      await dialog.getByLabel('Email').fill(admin.email);
      await dialog.getByLabel('Password').fill(admin.password);
      await dialog.getByRole('button', { name: 'Sign in' }).click();
      await expect
        .poll(() => editor.locator('[role=status]').first().textContent(), { timeout: 15_000 })
        .toBe('Saved. Readers see version 2 now.');
      const guide = (await server.request<CompanyGuide>('/api/companies/netflix/guide')).body;
      expect(guide.sections[0]!.title).toBe('How to reach Netflix, edited');
    } finally {
      await context.close();
    }
  });
});
