// The moderator console in a real Chromium: a held review is seen by nobody until a moderator signs in and
// approves it; reject and edit-and-approve; the audit log; accounts; guides; adding a company; signing out
// everywhere.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, deepText, focusedInfo, launchBrowser, saveScreenshot, openPage } from '../helpers/browser';
import { createModerator, logIn, type ModeratorAccountForTest } from '../helpers/moderator';
import { postReview, startSite, closeSite } from '../helpers/site';
import type { TestServer } from '../helpers/server';
import type { CompanyGuide, CompanyHints } from '../../server/contract/guide';
import type { ReviewResponse } from '../../server/contract/review';

let server: TestServer;
let browser: Browser;
let page: Page;
let errors: string[];
let admin: ModeratorAccountForTest;

beforeAll(async () => {
  [server, browser] = await Promise.all([startSite(), launchBrowser()]);
  admin = await createModerator(server, { role: 'admin' });
  ({ page, errors } = await openPage(browser));
});

afterAll(() => closeSite(browser, server));

const queueItem = (id: number) => page.locator('earful-queue-item').filter({ hasText: `Review ${id} ·` });

async function bothWidths(name: string) {
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, name);
  }
}

async function signIn(password = admin.password) {
  await page.getByLabel('Email').fill(admin.email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

describe('moderator console', () => {
  it('keeps a held review from readers until a moderator approves it', async () => {
    const held = await postReview(server, 'prime-video', {
      title: 'Refund promised by a stranger',
      body: 'Their agent gave me 415-555-0132 and said to claim the refund at http://cheap-streams.example.com instead.',
    });
    expect(held.status).toBe('pending');

    await page.goto(`${server.url}/companies/prime-video`);
    await expect.poll(() => page.locator('earful-rating-summary .text').textContent()).toBe('0 out of 5 stars (based on 0 reviews)');
    expect(await page.locator('earful-review-list earful-review-card').count()).toBe(0);

    await page.goto(`${server.url}/moderate`);
    await expect.poll(() => page.getByRole('heading', { name: 'Sign in' }).count()).toBe(1);
    await bothWidths('console-sign-in');

    await signIn('not the password at all');
    await expect.poll(() => page.locator('earful-sign-in .form-error').textContent()).toContain('do not match');
    await signIn();
    const item = queueItem(held.id);
    await expect.poll(() => item.count()).toBe(1);
    const text = await deepText(item);
    expect(text).toContain('link to another site');
    expect(text).toContain('1 phone number removed');
    expect(await item.locator('mark.redacted').first().textContent()).toBe('[phone number removed]');
    // The answers by the company's own labels, as readers see them, not their stored slugs.
    await expect.poll(async () => deepText(item.locator('.answers'))).toContain('Chat in the app');
    expect(await deepText(item.locator('.answers'))).not.toContain('in-app-chat');
    await bothWidths('console-queue');

    await item.getByRole('button', { name: 'Approve', exact: true }).click();
    await expect.poll(() => page.locator('earful-moderation-queue .queue-status').textContent()).toBe(`Review ${held.id} approved.`);
    expect(await queueItem(held.id).count()).toBe(0);

    await page.goto(`${server.url}/companies/prime-video`);
    await expect.poll(() => page.locator('earful-rating-summary .text').textContent()).toBe('2 out of 5 stars (based on 1 review)');
    expect(await deepText(page.locator('earful-review-list'))).toContain('Refund promised by a stranger');
  });

  it('rejects with a reason, and edits and approves through moderation again', async () => {
    const spam = await postReview(server, 'max', {
      title: 'Free months',
      body: 'Get free months at http://cheap-streams.example.com, it works every single time.',
    });
    const edit = await postReview(server, 'max', {
      title: 'Chat link',
      body: 'The support chat sent me to http://help-desk.example.com and it fixed my billing in ten minutes.',
    });
    await page.goto(`${server.url}/moderate`);
    await expect.poll(() => queueItem(spam.id).count()).toBe(1);

    await queueItem(spam.id).getByRole('button', { name: 'Reject…' }).click();
    await queueItem(spam.id).getByRole('button', { name: 'Reject review' }).click();
    expect(await deepText(queueItem(spam.id))).toContain('Choose a reason to reject');
    await queueItem(spam.id).getByLabel('Reason to reject').selectOption('spam');
    await queueItem(spam.id).getByRole('button', { name: 'Reject review' }).click();
    await expect.poll(() => page.locator('earful-moderation-queue .queue-status').textContent()).toBe(`Review ${spam.id} rejected.`);

    await queueItem(edit.id).getByRole('button', { name: 'Edit and approve…' }).click();
    await queueItem(edit.id)
      .getByLabel('Review text')
      .fill('The support chat fixed my billing in ten minutes; they emailed me at sam@example.com to confirm.');
    await queueItem(edit.id).getByRole('button', { name: 'Save and approve' }).click();
    await expect
      .poll(() => page.locator('earful-moderation-queue .queue-status').textContent())
      .toBe(`Review ${edit.id} edited and approved.`);

    const published = await server.request<ReviewResponse>(`/api/reviews/${edit.id}`);
    expect(published.body.review.body).toBe(
      'The support chat fixed my billing in ten minutes; they emailed me at [email removed] to confirm.',
    );
    expect((await server.request(`/api/reviews/${spam.id}`)).status).toBe(404);
  });

  it('shows admins the audit log and the moderator accounts', async () => {
    await page.goto(`${server.url}/moderate`);
    await page.getByRole('button', { name: 'Audit log' }).click();
    const log = page.locator('earful-audit-log');
    await expect.poll(async () => (await deepText(log)).includes('Approved a review')).toBe(true);
    expect(await deepText(log)).toContain('Rejected a review');
    expect(await deepText(log)).toContain(admin.email);
    await bothWidths('console-audit');

    await page.getByRole('button', { name: 'Moderators', exact: true }).click();
    await page.getByLabel('Email').fill('second-moderator@example.test');
    await page.getByLabel(/First password/).fill('a long enough first password');
    await page.getByRole('button', { name: 'Add moderator' }).click();
    await expect
      .poll(() => page.locator('earful-moderator-admin [role=status]').textContent())
      .toBe('second-moderator@example.test can now sign in as moderator.');
    await bothWidths('console-moderators');
  });

  it('lets an admin write a company guide, which readers then get', async () => {
    await page.goto(`${server.url}/moderate`);
    await page.getByRole('button', { name: 'Guides' }).click();
    const editor = page.locator('earful-guide-editor');
    await expect.poll(() => editor.getByLabel('Company', { exact: true }).locator('option').count()).toBeGreaterThan(1);
    await editor.getByLabel('Company', { exact: true }).selectOption('hulu');
    await expect.poll(() => deepText(editor)).toContain('This company has no guide yet.');
    await editor.getByRole('button', { name: 'Add a section' }).click();
    await editor.getByLabel('Title', { exact: true }).fill('Reaching Hulu');
    await editor.getByRole('button', { name: 'Save the guide' }).click();
    await expect.poll(() => editor.locator('.field-error').textContent()).toBe('Write the text');
    expect(await axeViolations(page)).toEqual([]);

    await editor
      .getByLabel('Text', { exact: true })
      .fill('Use the [help center](https://help.hulu.com) first.\n\n- Have your account email ready');
    await editor.getByLabel('Billing or unexpected charge').check();
    await editor.getByRole('button', { name: 'Save the guide' }).click();
    await expect.poll(() => editor.locator('[role=status]').first().textContent()).toBe('Saved. Readers see version 1 now.');
    await saveScreenshot(page, 'console-guides-1280');

    const guide = (await server.request<CompanyGuide>('/api/companies/hulu/guide')).body;
    expect(guide.sections).toHaveLength(1);
    expect(guide.sections[0]).toMatchObject({ anchor: 'reaching-hulu', title: 'Reaching Hulu', issueTypes: ['billing'] });
    expect(guide.sections[0]!.blocks[0]).toEqual({
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Use the ' },
        { type: 'link', text: 'help center', href: 'https://help.hulu.com/' },
        { type: 'text', text: ' first.' },
      ],
    });
    expect(guide.issueTypeSections).toEqual({ billing: 'reaching-hulu' });

    await editor.getByRole('button', { name: 'Add a section' }).click();
    await editor.getByLabel('Title', { exact: true }).last().fill('What to have ready');
    await editor.getByLabel('Text', { exact: true }).last().fill('The email address of the account.');
    await editor.getByRole('button', { name: 'Move up' }).last().click();
    await editor.getByRole('button', { name: 'Save the guide' }).click();
    await expect.poll(() => editor.locator('[role=status]').first().textContent()).toBe('Saved. Readers see version 2 now.');
    const reordered = (await server.request<CompanyGuide>('/api/companies/hulu/guide')).body;
    expect(reordered.sections.map((s) => s.anchor)).toEqual(['what-to-have-ready', 'reaching-hulu']);

    await editor.getByRole('button', { name: 'Add a hint' }).click();
    const hint = editor.locator('earful-guide-hint');
    await hint.getByLabel('What the form shows').fill('Your app store handles refunds for this plan.');
    await hint.getByLabel('Shown when the customer answers').selectOption('billingParty');
    await hint.getByLabel('Links to the section').selectOption('reaching-hulu');
    await editor.getByRole('button', { name: 'Save the guide' }).click();
    await expect.poll(() => hint.locator('.field-error').textContent()).toBe('Give at least one value');
    await hint.getByLabel('App store').check();
    await editor.getByRole('button', { name: 'Save the guide' }).click();
    await expect.poll(() => editor.locator('[role=status]').first().textContent()).toBe('Saved. Readers see version 3 now.');
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'console-guides-hints-1280');
    const hints = (await server.request<CompanyHints>('/api/companies/hulu/hints')).body;
    expect(hints.hints).toEqual([
      {
        id: 'your-app-store-handles-refunds-for-this-plan',
        when: { billingParty: ['app-store'] },
        text: 'Your app store handles refunds for this plan.',
        section: 'reaching-hulu',
        sectionTitle: 'Reaching Hulu',
      },
    ]);
  });

  it('lets an admin add a company, which readers can then open', async () => {
    await page.goto(`${server.url}/moderate`);
    await page.getByRole('button', { name: 'Companies', exact: true }).click();
    const companies = page.locator('earful-company-admin');
    const row = (name: string) => companies.locator('tbody tr').filter({ hasText: name });
    await expect.poll(() => row('Prime Video').count()).toBe(1);
    expect(await row('Prime Video').getByRole('link', { name: 'Prime Video' }).getAttribute('href')).toBe('/companies/prime-video');

    const name = companies.getByLabel('Name', { exact: true });
    const address = companies.getByLabel('Address', { exact: true });
    const category = companies.getByLabel('Category', { exact: true });
    const outcome = companies.getByRole('status');
    // The address follows the name as it is typed: lowercase, punctuation to single hyphens, trimmed.
    await name.pressSequentially('Acme Mobile Ltd.');
    expect(await address.inputValue()).toBe('acme-mobile-ltd');
    await category.fill('Mobile network');
    await companies.getByRole('button', { name: 'Add company' }).click();
    // The address is fixed for good once added: a dialog asks first.
    await companies.getByRole('button', { name: 'Yes, add it for good' }).click();
    await expect.poll(() => deepText(outcome)).toBe('Added Acme Mobile Ltd. at /companies/acme-mobile-ltd');
    expect(await outcome.getByRole('link').getAttribute('href')).toBe('/companies/acme-mobile-ltd');
    expect([await name.inputValue(), await address.inputValue(), await category.inputValue()]).toEqual(['', '', '']);
    await expect.poll(() => row('Acme Mobile Ltd.').count()).toBe(1);
    expect(await deepText(row('Acme Mobile Ltd.'))).toBe('Acme Mobile Ltd. /companies/acme-mobile-ltd Mobile network 0');
    await bothWidths('console-companies');

    // The same address again: the server's answer shows under the address, which gets the focus.
    await name.fill('Acme Mobile Ltd.');
    await category.fill('Mobile network');
    await companies.getByRole('button', { name: 'Add company' }).click();
    // The address is fixed for good once added: a dialog asks first.
    await companies.getByRole('button', { name: 'Yes, add it for good' }).click();
    await expect.poll(() => companies.locator('#company-slug-error').textContent()).toBe('Already in use');
    expect(await address.getAttribute('aria-invalid')).toBe('true');
    expect(await address.getAttribute('aria-describedby')).toContain('company-slug-error');
    expect((await focusedInfo(page))?.id).toBe('company-slug');
    expect(await deepText(outcome)).toBe('The company was not added. Check the marked fields.');
    expect(await axeViolations(page)).toEqual([]);

    // An address typed by hand stays when the name changes; a missing category is the server's to say.
    await address.fill('acme-mobile-uk');
    expect(await companies.locator('#company-slug-error').count()).toBe(0);
    await name.fill('Acme Mobile UK');
    expect(await address.inputValue()).toBe('acme-mobile-uk');
    await category.fill('');
    await companies.getByRole('button', { name: 'Add company' }).click();
    // The address is fixed for good once added: a dialog asks first.
    await companies.getByRole('button', { name: 'Yes, add it for good' }).click();
    await expect
      .poll(() => companies.locator('#company-category-error').textContent())
      .toBe('Give a category, such as Streaming or Mobile network');
    expect(await category.getAttribute('aria-invalid')).toBe('true');
    expect(await row('Acme Mobile UK').count()).toBe(0);

    await page.goto(`${server.url}/companies/acme-mobile-ltd`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Acme Mobile Ltd. customer service reviews');
    const summary = page.locator('earful-rating-summary');
    await expect.poll(() => summary.locator('.text').textContent()).toBe('0 out of 5 stars (based on 0 reviews)');
    expect(await deepText(summary)).toContain('There are no reviews yet.');
  });

  it('links a reported published review to its page, where readers still see it', async () => {
    const published = await postReview(server, 'max', {
      title: 'Reported but still up',
      body: 'The agent sorted the login issue in five minutes.',
    });
    const report = await server.request(`/api/reviews/${published.id}/report`, { method: 'POST', json: { reason: 'fake' } });
    expect(report.status).toBe(201);

    await page.goto(`${server.url}/moderate`);
    await page.getByRole('button', { name: 'Queue' }).click();
    const item = queueItem(published.id);
    await expect.poll(() => item.count()).toBe(1);
    expect(await deepText(item)).toContain('Published, reported by readers');
    const link = item.getByRole('link', { name: 'Link to this review' });
    expect(await link.getAttribute('href')).toBe(`/companies/max/reviews/${published.id}`);
    await link.click();
    await page.waitForURL(`${server.url}/companies/max/reviews/${published.id}`);
    await expect.poll(() => deepText(page.locator('earful-review-page'))).toContain('Reported but still up');
  });

  it('keeps the admin sections from a plain moderator', async () => {
    const moderator = await createModerator(server);
    const { page: own, errors: ownErrors } = await openPage(browser);
    try {
      await own.goto(`${server.url}/moderate`);
      await own.getByLabel('Email').fill(moderator.email);
      await own.getByLabel('Password').fill(moderator.password);
      await own.getByRole('button', { name: 'Sign in' }).click();
      const nav = own.getByRole('navigation', { name: 'Console sections' });
      await expect
        .poll(async () => (await nav.getByRole('button').allTextContents()).map((t) => t.trim()))
        .toEqual(['Queue', 'Held replies', 'Your account']);
      expect(await own.locator('earful-company-admin').count()).toBe(0);
      expect(ownErrors).toEqual([]);
    } finally {
      await own.close();
    }
  });

  it('changes the password, which ends the sessions on other devices but not this one', async () => {
    const elsewhere = await logIn(server, admin);
    const newPassword = 'a brand new console passphrase';
    await page.goto(`${server.url}/moderate`);
    await page.getByRole('button', { name: 'Your account' }).click();
    const form = page.locator('earful-password-change');
    await form.getByLabel('Current password').fill(admin.password);
    await form.getByLabel(/^New password \(/).fill(newPassword);
    await form.getByLabel('New password again').fill('a different passphrase');
    await form.getByRole('button', { name: 'Change password' }).click();
    await expect.poll(() => form.locator('#repeatPassword-error').textContent()).toBe('The two new passwords differ');
    expect(await axeViolations(page)).toEqual([]);

    await form.getByLabel('New password again').fill(newPassword);
    await form.getByRole('button', { name: 'Change password' }).click();
    await expect.poll(() => form.locator('[role=status]').textContent()).toContain('Your password is changed');
    expect((await elsewhere.request('/api/auth/me')).status).toBe(401);
    await page.reload();
    await expect.poll(() => page.getByRole('button', { name: 'Your account' }).count()).toBe(1);
    await expect(logIn(server, admin)).rejects.toThrow('login failed: 401');
    admin = { ...admin, password: newPassword };
    expect((await (await logIn(server, admin)).request('/api/auth/me')).status).toBe(200);
  });

  it('signs out of all devices', async () => {
    await page.goto(`${server.url}/moderate`);
    await page.getByRole('button', { name: 'Sign out of all devices' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Sign in' }).count()).toBe(1);
    expect(await page.locator('earful-moderator-console .notice').textContent()).toBe('You are signed out on every device.');
    await page.reload();
    await expect.poll(() => page.getByRole('heading', { name: 'Sign in' }).count()).toBe(1);
  });

  it('raised no console or CSP errors on the way', () => {
    expect(errors).toEqual([]);
  });
});
