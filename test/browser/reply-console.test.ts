// The right of reply in the console, in a real Chromium on a real server: a representative sees only their
// companies' reviews and no desk, writes, edits and deletes a reply and reads the server's answer; an admin grants
// the role with companies and changes them; moderators approve or remove held replies and remove a reply from a
// reported review; the reviewer answers a reply that offered a resolution on their manage page.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, deepText, launchBrowser, openPage, saveScreenshot } from '../helpers/browser';
import { buildReview } from '../helpers/fixtures';
import { createModerator, logIn, type ModeratorAccountForTest, type SignedIn, TEST_PASSWORD } from '../helpers/moderator';
import { closeSite, postReview } from '../helpers/site';
import { startTestServer, type TestServer } from '../helpers/server';
import type { ModeratorList, ModeratorResponse } from '../../server/contract/moderators';
import type { HeldReplyList, ReplyResponse } from '../../server/contract/reply';
import type { ReviewResponse } from '../../server/contract/review';
import type { AuditPage, QueueItem } from '../../server/contract/moderation';
import type { SubmissionResponse } from '../../server/contract/manage';

let server: TestServer;
let browser: Browser;
let admin: SignedIn;
let reps = 0;

beforeAll(async () => {
  // A trusted local proxy lets X-Forwarded-For stand for the different readers who report a review.
  [server, browser] = await Promise.all([
    startTestServer({ writeRateLimit: 0, trustedProxies: ['127.0.0.1'] }, { webRoot: inject('webRoot') }),
    launchBrowser(),
  ]);
  admin = await logIn(server, await createModerator(server, { role: 'admin' }));
});

afterAll(() => closeSite(browser, server));

/** A representative of the companies, granted by the admin through the accounts route, signed in over the API. */
async function addRepresentative(companies: string[]): Promise<SignedIn> {
  const email = `rep-${process.pid}-${++reps}@example.test`;
  const res = await admin.request<ModeratorResponse>('/api/moderation/moderators', {
    method: 'POST',
    json: { email, role: 'representative', password: TEST_PASSWORD, companies },
  });
  expect(res.status).toBe(201);
  const account: ModeratorAccountForTest = { id: res.body.moderator.id, email, password: TEST_PASSWORD, role: 'representative' };
  return logIn(server, account);
}

async function putReply(rep: SignedIn, reviewId: number, body: string, offersResolution = false) {
  const res = await rep.request<ReplyResponse>(`/api/reviews/${reviewId}/reply`, { method: 'PUT', json: { body, offersResolution } });
  expect([200, 201]).toContain(res.status);
  return res.body;
}

const publicReply = async (id: number) => (await server.request<ReviewResponse>(`/api/reviews/${id}`)).body.review.reply;

/** The reason the audit log keeps for the removal of the reply to review `id`. */
async function removalReason(id: number): Promise<unknown> {
  const { entries } = (await admin.request<AuditPage>('/api/moderation/audit?action=reply.remove&limit=100')).body;
  return entries.find((e) => e.targetId === String(id))?.details.reason;
}

async function signIn(page: Page, account: ModeratorAccountForTest) {
  await page.goto(`${server.url}/moderate`);
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect.poll(() => page.getByText('Signed in as').count(), { timeout: 10_000 }).toBe(1);
}

async function bothWidths(page: Page, name: string) {
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, name);
  }
}

const THREAT = 'Watch your back. I know where you live and I will find you.';

describe("a representative's console", () => {
  it('shows only their companies, unanswered first, and no part of the desk', async () => {
    const rep = await addRepresentative(['netflix', 'max']);
    // The answered review is the newer: it still comes after the unanswered one.
    const fresh = await postReview(server, 'netflix', { title: 'Nobody answered me' });
    const answered = await postReview(server, 'netflix', { title: 'Answered already' });
    const other = await postReview(server, 'hulu', { title: 'Someone else entirely' });
    await putReply(rep, answered.id, 'We are sorry, a refund is on its way.');
    const { page, errors } = await openPage(browser);
    await signIn(page, rep);

    expect(await page.getByRole('button', { name: 'Queue' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Held replies' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Audit log' }).count()).toBe(0);
    expect(await page.locator('earful-moderation-queue').count()).toBe(0);
    const sections = page.getByRole('navigation', { name: 'Console sections' }).getByRole('button');
    expect((await sections.allTextContents()).map((t) => t.trim())).toEqual(['Reviews to answer', 'Your account']);
    // A desk section named in the address opens their own view instead.
    await page.goto(`${server.url}/moderate?section=queue`);
    await expect.poll(() => page.locator('earful-representative-console').count()).toBe(1);
    expect(await page.locator('earful-moderation-queue').count()).toBe(0);

    const console_ = page.locator('earful-representative-console');
    const picker = console_.getByLabel('Company', { exact: true });
    await expect.poll(async () => (await picker.locator('option').allTextContents()).sort()).toEqual(['Max', 'Netflix']);
    // The company picked is kept in the address: a reload opens it again.
    await picker.selectOption('max');
    await page.waitForURL(/[?&]company=max/);
    await page.reload();
    await expect.poll(() => console_.getByRole('heading', { level: 2 }).first().textContent()).toBe('Reviews of Max');
    expect(await picker.inputValue()).toBe('max');
    await picker.selectOption('netflix');
    const editors = console_.locator('earful-reply-editor');
    await expect.poll(() => editors.count()).toBeGreaterThanOrEqual(2);
    const listed = await deepText(console_.locator('ol'));
    expect(listed.indexOf('Nobody answered me')).toBeLessThan(listed.indexOf('Answered already'));
    expect(listed).not.toContain(other.title);
    expect(await deepText(editors.filter({ hasText: 'Answered already' }))).toContain('a refund is on its way');
    await bothWidths(page, 'reply-console-representative');

    const editor = editors.filter({ hasText: 'Nobody answered me' });
    await editor.getByLabel('Your public reply').fill('Write to us at help@example.com and we will refund the second charge.');
    expect(await deepText(editor)).toContain('69 of 2,000 characters');
    await editor.getByLabel('We offered a resolution').check();
    await editor.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => deepText(editor.locator('[role=status]').first())).toContain('Your reply is published');
    expect(await deepText(editor)).toContain('Moderation changed it: an email address was removed.');
    expect(await deepText(editor)).toContain('Write to us at [email removed]');
    let reply = await publicReply(fresh.id);
    expect(reply).toMatchObject({ body: 'Write to us at [email removed] and we will refund the second charge.', offersResolution: true });

    await editor.getByRole('button', { name: /^Edit/ }).click();
    await editor.getByLabel('Edit your public reply').fill('We have refunded the second charge today.');
    await editor.getByRole('button', { name: 'Save' }).click();
    await expect.poll(async () => (await publicReply(fresh.id))?.body).toBe('We have refunded the second charge today.');
    expect((await publicReply(fresh.id))!.edited).toBe(true);

    await editor.getByRole('button', { name: /^Delete/ }).click();
    expect(await deepText(editor)).toContain('Delete this reply for good?');
    await editor.getByRole('button', { name: 'Yes, delete the reply' }).click();
    await expect.poll(() => deepText(editor)).toContain('Your reply is deleted.');
    reply = await publicReply(fresh.id);
    expect(reply).toBeNull();

    // A threat is held for a moderator, and the representative is told why.
    await editor.getByLabel('Your public reply').fill(THREAT);
    await editor.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => deepText(editor)).toContain('Your reply is held for a moderator: threat of violence');
    expect(await publicReply(fresh.id)).toBeNull();

    await picker.selectOption('max');
    await postReview(server, 'max', { title: 'A Max review' });
    await console_.getByRole('button', { name: 'Reload' }).click();
    await expect.poll(() => deepText(console_)).toContain('A Max review');
    expect(await deepText(console_)).not.toContain('Nobody answered me');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('accounts for representatives', () => {
  it('lets an admin grant the role with companies, and change them', async () => {
    const { page, errors } = await openPage(browser);
    await signIn(page, admin);
    await page.getByRole('button', { name: 'Moderators', exact: true }).click();
    const accounts = page.locator('earful-moderator-admin');
    const email = `new-rep-${process.pid}@example.test`;
    await accounts.getByLabel('Email').fill(email);
    await accounts.getByLabel('Role', { exact: true }).selectOption('representative');
    await accounts.getByLabel(/First password/).fill('a long enough first password');
    await accounts.getByRole('button', { name: 'Add moderator' }).click();
    await expect.poll(() => deepText(accounts)).toContain('Choose the companies this representative answers for');

    const grant = accounts.getByRole('group', { name: /Companies they answer for/ });
    await expect.poll(() => grant.getByLabel('Netflix').count()).toBe(1);
    await grant.getByLabel('Netflix').check();
    await accounts.getByRole('button', { name: 'Add moderator' }).click();
    await expect
      .poll(() => accounts.locator('[role=status]').first().textContent())
      .toBe(`${email} can now sign in and answer for Netflix.`);
    const row = accounts.locator('li').filter({ hasText: email });
    expect(await deepText(row)).toContain('Answers for: Netflix');
    await bothWidths(page, 'reply-console-accounts');

    await row.getByRole('button', { name: /^Change companies/ }).click();
    await row.getByLabel('Hulu').check();
    await row.getByRole('button', { name: 'Save companies' }).click();
    await expect.poll(() => deepText(row)).toMatch(/Answers for: (Netflix, Hulu|Hulu, Netflix)/);
    const { body } = await admin.request<ModeratorList>('/api/moderation/moderators');
    const account = body.moderators.find((m: { email: string }) => m.email === email)!;
    expect([...account.companies].sort()).toEqual(['hulu', 'netflix']);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('replies for moderators', () => {
  it('approves or removes held replies, and removes a reply under a reported review', async () => {
    const rep = await addRepresentative(['netflix']);
    const first = await postReview(server, 'netflix', { title: 'Held reply one' });
    const second = await postReview(server, 'netflix', { title: 'Held reply two' });
    expect((await putReply(rep, first.id, THREAT)).status).toBe('held');
    expect((await putReply(rep, second.id, `${THREAT} Again.`)).status).toBe('held');
    const reported = await postReview(server, 'netflix', { title: 'Reported with a reply' });
    await putReply(rep, reported.id, 'We are looking into your account today.');
    for (const reader of ['10.90.0.1', '10.90.0.2', '10.90.0.3']) {
      const res = await server.request(`/api/reviews/${reported.id}/report`, {
        method: 'POST',
        json: { reason: 'fake' },
        headers: { 'x-forwarded-for': reader },
      });
      expect(res.status).toBe(201);
    }

    const moderator = await createModerator(server);
    const { page, errors } = await openPage(browser);
    await signIn(page, moderator);
    await page.getByRole('button', { name: 'Held replies' }).click();
    const held = page.locator('earful-held-replies');
    const item = (id: number) => held.locator('article').filter({ hasText: `to review ${id}` });
    await expect.poll(() => item(first.id).count()).toBe(1);
    expect(await deepText(item(first.id))).toContain('threat of violence');
    await bothWidths(page, 'reply-console-held');

    await item(first.id)
      .getByRole('button', { name: /^Approve/ })
      .click();
    await expect.poll(() => held.locator('[role=status]').textContent()).toBe(`The reply to review ${first.id} is approved and published.`);
    expect((await publicReply(first.id))?.body).toContain('Watch your back');
    // Remove asks why first; the reason is required and lands in the audit log.
    await item(second.id)
      .getByRole('button', { name: /^Remove/ })
      .click();
    const why = item(second.id).getByLabel('Why? (kept in the audit log)');
    await expect.poll(() => why.evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement)).toBe(true);
    await bothWidths(page, 'reply-console-held-remove');
    await item(second.id).getByRole('button', { name: 'Remove the reply' }).click();
    expect(await why.evaluate((el: HTMLTextAreaElement) => el.validity.valueMissing)).toBe(true);
    expect((await admin.request<HeldReplyList>('/api/moderation/replies?status=held')).body.replies.map((r) => r.reviewId)).toContain(
      second.id,
    );
    await why.fill('Threatens the reviewer');
    await item(second.id).getByRole('button', { name: 'Remove the reply' }).click();
    await expect.poll(() => held.locator('[role=status]').textContent()).toBe(`The reply to review ${second.id} is removed.`);
    expect(await removalReason(second.id)).toBe('Threatens the reviewer');
    expect(await publicReply(second.id)).toBeNull();
    const stillHeld = (await admin.request<HeldReplyList>('/api/moderation/replies?status=held')).body.replies.map(
      (r: { reviewId: number }) => r.reviewId,
    );
    expect(stillHeld).not.toContain(first.id);
    expect(stillHeld).not.toContain(second.id);

    await page.getByRole('button', { name: 'Queue' }).click();
    const queued = page.locator('earful-queue-item').filter({ hasText: `Review ${reported.id} ·` });
    await expect.poll(() => queued.count()).toBe(1);
    expect(await deepText(queued)).toContain('We are looking into your account today.');
    await queued.getByRole('button', { name: /^Remove reply/ }).click();
    await queued.getByLabel('Why? (kept in the audit log)').fill('Reported as fake by three readers');
    await queued.getByRole('button', { name: 'Yes, remove the reply' }).click();
    await expect.poll(() => deepText(queued)).toContain(`The company's reply to review ${reported.id} is removed.`);
    expect(await removalReason(reported.id)).toBe('Reported as fake by three readers');
    const review = await admin.request<QueueItem>(`/api/moderation/reviews/${reported.id}`);
    expect(review.body.review.reply ?? null).toBeNull();
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("the reviewer's answer to a reply", () => {
  it('records "resolved" from the manage page and shows it', async () => {
    const rep = await addRepresentative(['netflix']);
    const res = await server.request<SubmissionResponse>('/api/companies/netflix/reviews', {
      method: 'POST',
      json: buildReview({ title: 'Still waiting for my refund', resolved: 'no', outcome: 'no-action' }),
    });
    expect(res.status).toBe(201);
    const { id, manageUrl } = res.body.review;
    await putReply(rep, id, 'We have sent the refund to your card; it shows within three days.', true);

    const { page, errors } = await openPage(browser);
    await page.goto(manageUrl);
    const section = page.locator('earful-reply-resolution');
    await expect.poll(() => deepText(section)).toContain('Netflix replied and offered a resolution');
    expect(await deepText(section)).toContain('We have sent the refund to your card');
    await bothWidths(page, 'reply-manage-resolution');
    await section.getByRole('button', { name: 'Resolved', exact: true }).click();
    await expect.poll(() => deepText(section)).toContain("Thank you: readers see that it was resolved after the company's reply.");
    expect(await deepText(section)).toMatch(/You answered on .+: resolved\./);
    expect(await section.getByRole('button', { name: 'Not resolved' }).count()).toBe(0);

    const { review } = (await server.request<ReviewResponse>(`/api/reviews/${id}`)).body;
    expect(review.resolved).toBe('yes');
    expect(review.reply!.resolution).toMatchObject({ answer: 'resolved' });
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the reply figures on the company page', () => {
  it('says in words how often the company answers, or that there is too little evidence', async () => {
    const rep = await addRepresentative(['peacock']);
    const { page, errors } = await openPage(browser);
    const figures = page.locator('earful-complaint-patterns .replies');
    const reviews = [];
    for (let i = 0; i < 4; i++) reviews.push(await postReview(server, 'peacock'));
    await page.goto(`${server.url}/companies/peacock`);
    await expect.poll(() => deepText(figures)).toContain('There is too little evidence yet to say how often the company answers');

    reviews.push(await postReview(server, 'peacock'));
    for (const review of reviews.slice(0, 3)) await putReply(rep, review.id, 'Sorry about this; we have refunded the charge.');
    await page.reload();
    await expect.poll(() => deepText(figures)).toContain('The company answered 60% of reviews (95% interval 23–88%).');
    expect(await deepText(figures)).toContain('It has answered too few reviews yet to say how fast it usually answers.');
    await bothWidths(page, 'reply-figures-company-page');
    expect(errors).toEqual([]);
    await page.close();
  });
});
