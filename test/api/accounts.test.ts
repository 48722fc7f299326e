import { beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, useTestServer } from '../helpers/server';
import { createModerator, logIn, signInAs, TEST_PASSWORD, type SignedIn } from '../helpers/moderator';
import type { ErrorBody } from '../../server/contract/errors';
import type { ModeratorList, ModeratorResponse } from '../../server/contract/moderators';
import type { SessionResponse } from '../../server/contract/auth';
import type { AuditPage } from '../../server/contract/moderation';

let admin: SignedIn;
const server = useTestServer();
beforeAll(async () => {
  admin = await signInAs(server, 'admin');
});

const change = <T = ModeratorResponse>(who: SignedIn, id: number, json: unknown) =>
  who.request<T>(`/api/moderation/moderators/${id}`, { method: 'PATCH', json });
const loginStatus = async (email: string, password: string) =>
  (await server.request('/api/auth/login', { method: 'POST', json: { email, password }, headers: { origin: server.url } })).status;

describe('admin routes', () => {
  it('answer 403 to a moderator and 401 without a session', async () => {
    const moderator = await signInAs(server);
    const routes: [string, string, unknown?][] = [
      ['GET', '/api/moderation/audit'],
      ['GET', '/api/moderation/moderators'],
      ['POST', '/api/moderation/moderators', { email: 'x@example.test', role: 'admin', password: TEST_PASSWORD }],
      ['PATCH', `/api/moderation/moderators/${moderator.id}`, { role: 'admin' }],
    ];
    for (const [method, path, json] of routes) {
      const forbidden = await moderator.request<ErrorBody>(path, { method, json });
      expect(forbidden.status).toBe(403);
      expect(forbidden.body.error.code).toBe('forbidden');
      expect((await server.request(path, { method, json })).status).toBe(401);
    }
    expect((await admin.request('/api/moderation/moderators')).status).toBe(200);
  });
});

describe('moderator accounts', () => {
  it('an admin adds a moderator who can then sign in; the email must be new and the password long', async () => {
    const email = 'new.moderator@example.test';
    const added = await admin.request<ModeratorResponse>('/api/moderation/moderators', {
      method: 'POST',
      json: { email: 'New.Moderator@Example.test', role: 'moderator', password: TEST_PASSWORD },
    });
    expect(added.status).toBe(201);
    expect(added.body.moderator).toMatchObject({ email, role: 'moderator', disabled: false });
    expect(added.body.moderator).not.toHaveProperty('passwordHash');
    expect(await loginStatus(email, TEST_PASSWORD)).toBe(200);

    const again = await admin.request('/api/moderation/moderators', {
      method: 'POST',
      json: { email, role: 'admin', password: TEST_PASSWORD },
    });
    expect(again.status).toBe(409);
    const short = await admin.request<ErrorBody>('/api/moderation/moderators', {
      method: 'POST',
      json: { email: 'b@example.test', role: 'moderator', password: 'eleven char' },
    });
    expect(short.status).toBe(400);
    expect(short.body.error.fields).toHaveProperty('password');
    const list = await admin.request<ModeratorList>('/api/moderation/moderators');
    expect(list.body.moderators.map((m: { email: string }) => m.email)).toContain(email);
  });

  it("stops a disabled moderator's sessions at once, and lets them back in when enabled", async () => {
    const account = await createModerator(server);
    const [laptop, phone] = [await logIn(server, account), await logIn(server, account)];
    expect((await laptop.request('/api/moderation/queue')).status).toBe(200);

    const disabled = await change(admin, account.id, { disabled: true });
    expect(disabled.status).toBe(200);
    expect(disabled.body.moderator.disabled).toBe(true);
    for (const session of [laptop, phone]) {
      expect((await session.request('/api/moderation/queue')).status).toBe(401);
      expect((await session.request('/api/auth/me')).status).toBe(401);
    }
    expect(await loginStatus(account.email, account.password)).toBe(401);

    await change(admin, account.id, { disabled: false });
    expect(await loginStatus(account.email, account.password)).toBe(200);
    // Sessions that were ended stay ended.
    expect((await laptop.request('/api/auth/me')).status).toBe(401);
  });

  it('a new role takes effect on the next request', async () => {
    const moderator = await signInAs(server);
    expect((await moderator.request('/api/moderation/audit')).status).toBe(403);
    await change(admin, moderator.id, { role: 'admin' });
    expect((await moderator.request('/api/moderation/audit')).status).toBe(200);
    await change(admin, moderator.id, { role: 'moderator' });
    expect((await moderator.request('/api/moderation/audit')).status).toBe(403);
  });

  it('never leaves the site without an enabled admin, and admins cannot demote themselves', async () => {
    const solo = await startTestServer();
    try {
      const only = await signInAs(solo, 'admin');
      const self = await only.request(`/api/moderation/moderators/${only.id}`, { method: 'PATCH', json: { disabled: true } });
      expect(self.status).toBe(409);
      const second = await createModerator(solo, { role: 'admin' });
      await only.request(`/api/moderation/moderators/${second.id}`, { method: 'PATCH', json: { disabled: true } });
      // Disabling the other admin worked, so `only` is the last one and stays one.
      expect((await only.request(`/api/moderation/moderators/${only.id}`, { method: 'PATCH', json: { role: 'moderator' } })).status).toBe(
        409,
      );
      expect((await only.request<SessionResponse>('/api/auth/me')).body.moderator.role).toBe('admin');
    } finally {
      await solo.stop();
      solo.remove();
    }
  });

  it('answers 400 to an empty or unknown change and 404 to an unknown moderator', async () => {
    const account = await createModerator(server);
    expect((await change(admin, account.id, {})).status).toBe(400);
    expect((await change<ErrorBody>(admin, account.id, { role: 'owner' })).body.error.fields).toHaveProperty('role');
    expect((await change<ErrorBody>(admin, account.id, { password: 'x' })).body.error.fields).toHaveProperty('password');
    expect((await change(admin, 999999, { role: 'admin' })).status).toBe(404);
  });
});

describe('GET /api/moderation/audit', () => {
  it('records sign-ins, failures, sign-outs and account changes, never a password', async () => {
    const account = await createModerator(server);
    await loginStatus(account.email, 'wrong password typed');
    const session = await logIn(server, account);
    await session.request('/api/auth/logout', { method: 'POST' });
    await change(admin, account.id, { role: 'admin' });

    const res = await admin.request<AuditPage>(`/api/moderation/audit?targetType=moderator&targetId=${account.id}`);
    expect(res.status).toBe(200);
    expect(res.body.entries.map((e: { action: string }) => e.action)).toEqual([
      'moderator.change',
      'auth.logout',
      'auth.login',
      'auth.login-failed',
      'moderator.add',
    ]);
    expect(res.body.entries[0]).toMatchObject({ actor: { id: admin.id }, statusBefore: 'moderator', statusAfter: 'admin' });
    expect(JSON.stringify(res.body)).not.toContain('wrong password typed');
    expect(JSON.stringify(res.body)).not.toContain(TEST_PASSWORD);
  });

  it('filters by action and time and pages from newest to oldest', async () => {
    for (let i = 0; i < 3; i++) await loginStatus(`nobody-${i}@example.test`, 'wrong password typed');
    const first = await admin.request<AuditPage>('/api/moderation/audit?action=auth.login-failed&limit=2');
    expect(first.body.entries).toHaveLength(2);
    expect(first.body.entries.every((e: { action: string }) => e.action === 'auth.login-failed')).toBe(true);
    expect(first.body.entries[0]!.actor).toBeNull();
    const next = await admin.request<AuditPage>(`/api/moderation/audit?action=auth.login-failed&limit=2&cursor=${first.body.nextCursor}`);
    expect(next.body.entries[0]!.id).toBeLessThan(first.body.entries[1]!.id);

    const future = new Date(Date.now() + 3_600_000).toISOString();
    expect((await admin.request<AuditPage>(`/api/moderation/audit?from=${encodeURIComponent(future)}`)).body.entries).toEqual([]);
    expect((await admin.request<ErrorBody>('/api/moderation/audit?from=yesterday')).body.error.fields).toHaveProperty('from');
    expect((await admin.request('/api/moderation/audit?cursor=abc')).status).toBe(400);
  });
});
