import { readFileSync, existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { startTestServer, useTestServer } from '../helpers/server';
import { createModerator, logIn, sessionCookieFrom, signInAs, TEST_PASSWORD } from '../helpers/moderator';
import type { ErrorBody } from '../../server/contract/errors';
import type { SessionResponse } from '../../server/contract/auth';
import type { AuditPage } from '../../server/contract/moderation';

let clock = Date.now();
// 127.0.0.1 is a trusted proxy here so that X-Forwarded-For can play several readers over one socket.
const server = useTestServer({ trustedProxies: ['127.0.0.1'] }, { now: () => clock });

const login = <T = SessionResponse>(email: string, password: string, headers: Record<string, string> = {}) =>
  server.request<T>('/api/auth/login', { method: 'POST', json: { email, password }, headers: { origin: server.url, ...headers } });
const from = (address: string) => ({ 'x-forwarded-for': address });
const withoutRequestId = (body: ErrorBody) => ({ ...body.error, requestId: undefined });

describe('POST /api/auth/login', () => {
  it('answers the moderator and a CSRF token, and sets an HttpOnly SameSite=Lax session cookie', async () => {
    const account = await createModerator(server, { role: 'admin' });
    const res = await login(account.email.toUpperCase(), account.password, from('10.0.0.1'));
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      moderator: { email: account.email, role: 'admin', companies: [] },
      csrfToken: expect.stringMatching(/^[\w-]{43}$/),
    });
    const setCookie = res.headers.getSetCookie().join('\n');
    expect(setCookie).toMatch(/earful_session=[\w-]{43}/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(setCookie).toMatch(/Path=\//);
    expect(setCookie).not.toMatch(/Secure/i);
  });

  it('keeps neither the session id nor the password in the database, the audit or the logs', async () => {
    const me = await signInAs(server);
    const sessionId = me.cookie.split('=')[1]!;
    await me.request('/api/auth/me');
    const files = [server.databasePath, `${server.databasePath}-wal`].filter(existsSync).map((f) => readFileSync(f));
    for (const secret of [sessionId, TEST_PASSWORD]) {
      for (const file of files) expect(file.includes(Buffer.from(secret))).toBe(false);
      expect(JSON.stringify(server.logs)).not.toContain(secret);
    }
  });

  it('refuses a wrong password and an unknown account with the same answer', async () => {
    const account = await createModerator(server);
    const wrong = await login<ErrorBody>(account.email, 'not the right password', from('10.0.1.1'));
    const unknown = await login<ErrorBody>('nobody@example.test', 'not the right password', from('10.0.1.2'));
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(withoutRequestId(wrong.body)).toEqual(withoutRequestId(unknown.body));
    expect(sessionCookieFrom(wrong.headers)).toBeUndefined();
  });

  it('refuses a login posted from another site', async () => {
    const account = await createModerator(server);
    const res = await login<ErrorBody>(account.email, account.password, { origin: 'https://evil.example', ...from('10.0.2.1') });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('forbidden');
  });

  it('answers 400 naming the field when the email or password is missing', async () => {
    const res = await server.request<ErrorBody>('/api/auth/login', {
      method: 'POST',
      json: { email: 'a@b.c' },
      headers: { origin: server.url },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.fields).toHaveProperty('password');
  });
});

describe('login throttling', () => {
  it('answers 429 after five wrong passwords and refuses the right one until the window passes', async () => {
    const account = await createModerator(server);
    for (let i = 0; i < 5; i++) expect((await login(account.email, `wrong password ${i}`, from('10.1.0.1'))).status).toBe(401);
    const refused = await login<ErrorBody>(account.email, account.password, from('10.1.0.1'));
    expect(refused.status).toBe(429);
    expect(refused.body.error.code).toBe('rate_limited');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(14 * 60);
    expect(sessionCookieFrom(refused.headers)).toBeUndefined();

    clock += 14 * 60_000;
    expect((await login(account.email, account.password, from('10.1.0.1'))).status).toBe(429);
    clock += 61_000;
    expect((await login(account.email, account.password, from('10.1.0.1'))).status).toBe(200);

    const admin = await signInAs(server, 'admin');
    const audit = (await admin.request<AuditPage>(`/api/moderation/audit?targetType=moderator&targetId=${account.id}`)).body.entries;
    const actions = audit.map((e: { action: string }) => e.action);
    expect(actions.filter((a: string) => a === 'auth.login-failed')).toHaveLength(5);
    expect(actions.filter((a: string) => a === 'auth.login-throttled')).toHaveLength(2);
    expect(actions[0]).toBe('auth.login');
  });

  it('throttles the account whichever clients the failures came from', async () => {
    const account = await createModerator(server);
    for (let i = 0; i < 5; i++) await login(account.email, 'wrong password!', from(`10.2.0.${i + 1}`));
    expect((await login(account.email, account.password, from('10.2.0.99'))).status).toBe(429);
  });

  it('throttles a client trying many accounts, known or not', async () => {
    for (let i = 0; i < 5; i++) await login(`guess-${i}@example.test`, 'wrong password!', from('10.3.0.1'));
    const account = await createModerator(server);
    expect((await login(account.email, account.password, from('10.3.0.1'))).status).toBe(429);
    expect((await login(account.email, account.password, from('10.3.0.2'))).status).toBe(200);
  });

  it('answers an unknown account exactly as a known one once throttled', async () => {
    const account = await createModerator(server);
    for (let i = 0; i < 5; i++) {
      await login(account.email, 'wrong password!', from('10.4.0.1'));
      await login('ghost@example.test', 'wrong password!', from('10.4.0.2'));
    }
    const known = await login<ErrorBody>(account.email, 'wrong password!', from('10.4.0.1'));
    const unknown = await login<ErrorBody>('ghost@example.test', 'wrong password!', from('10.4.0.2'));
    expect(known.status).toBe(429);
    expect(unknown.status).toBe(429);
    expect(withoutRequestId(known.body)).toEqual(withoutRequestId(unknown.body));
    expect(known.headers.get('retry-after')).toBe(unknown.headers.get('retry-after'));
  });
});

describe('sessions', () => {
  it('answers 401 to moderator routes without a session or with a made-up one', async () => {
    for (const cookie of [undefined, 'earful_session=not-a-session', `earful_session=${'a'.repeat(43)}`]) {
      const res = await server.request<ErrorBody>('/api/moderation/queue', { headers: cookie ? { cookie } : {} });
      expect(res.status).toBe(401);
      expect(res.body.error.code).toBe('unauthorized');
    }
    expect((await server.request('/api/auth/me')).status).toBe(401);
  });

  it('GET /api/auth/me answers the moderator and the same CSRF token', async () => {
    const me = await signInAs(server);
    const res = await me.request('/api/auth/me');
    expect(res.body).toEqual({ moderator: { email: me.email, role: 'moderator', companies: [] }, csrfToken: me.csrfToken });
  });

  it('ends after the idle time without requests', async () => {
    const me = await signInAs(server);
    clock += 29 * 60_000;
    expect((await me.request('/api/auth/me')).status).toBe(200);
    clock += 29 * 60_000;
    expect((await me.request('/api/auth/me')).status).toBe(200);
    clock += 31 * 60_000;
    expect((await me.request('/api/auth/me')).status).toBe(401);
  });

  it('ends after the absolute lifetime however active it is', async () => {
    const me = await signInAs(server);
    for (let hours = 0; hours < 12; hours += 0.25) {
      clock += 15 * 60_000;
      const res = await me.request('/api/auth/me');
      expect(res.status).toBe(hours + 0.25 <= 12 ? 200 : 401);
    }
    clock += 15 * 60_000;
    expect((await me.request('/api/auth/me')).status).toBe(401);
  });

  it('logout ends this session only; logout-all ends every session of the moderator', async () => {
    const account = await createModerator(server);
    const [a, b, c] = [await logIn(server, account), await logIn(server, account), await logIn(server, account)];
    const out = await a.request('/api/auth/logout', { method: 'POST' });
    expect(out.status).toBe(204);
    expect(out.headers.getSetCookie().join()).toMatch(/earful_session=;/);
    expect((await a.request('/api/auth/me')).status).toBe(401);
    expect((await b.request('/api/auth/me')).status).toBe(200);

    expect((await b.request('/api/auth/logout-all', { method: 'POST' })).status).toBe(204);
    expect((await b.request('/api/auth/me')).status).toBe(401);
    expect((await c.request('/api/auth/me')).status).toBe(401);
  });

  it('a password change ends every other session and replaces the password', async () => {
    const account = await createModerator(server);
    const here = await logIn(server, account);
    const elsewhere = await logIn(server, account);
    const newPassword = 'a brand new passphrase';
    const tooShort = await here.request<ErrorBody>('/api/auth/password', {
      method: 'POST',
      json: { currentPassword: account.password, newPassword: 'short' },
    });
    expect(tooShort.status).toBe(400);
    expect(tooShort.body.error.fields).toHaveProperty('newPassword');
    const wrong = await here.request<ErrorBody>('/api/auth/password', {
      method: 'POST',
      json: { currentPassword: 'not my password', newPassword },
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.fields).toHaveProperty('currentPassword');

    const changed = await here.request('/api/auth/password', { method: 'POST', json: { currentPassword: account.password, newPassword } });
    expect(changed.status).toBe(204);
    expect((await here.request('/api/auth/me')).status).toBe(200);
    expect((await elsewhere.request('/api/auth/me')).status).toBe(401);
    expect((await login(account.email, account.password, from('10.5.0.1'))).status).toBe(401);
    expect((await login(account.email, newPassword, from('10.5.0.2'))).status).toBe(200);
  });
});

describe('CSRF proof on state-changing requests', () => {
  it('answers 403 without the token, with a wrong token, or from another origin', async () => {
    const me = await signInAs(server);
    const cases: Record<string, string>[] = [
      { cookie: me.cookie, origin: server.url },
      { cookie: me.cookie, origin: server.url, 'x-csrf-token': 'x'.repeat(43) },
      { cookie: me.cookie, origin: 'https://evil.example', 'x-csrf-token': me.csrfToken },
      { cookie: me.cookie, 'x-csrf-token': me.csrfToken },
      { cookie: me.cookie, referer: 'https://evil.example/page', 'x-csrf-token': me.csrfToken },
    ];
    for (const headers of cases) {
      const res = await server.request<ErrorBody>('/api/auth/logout', { method: 'POST', headers });
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('forbidden');
    }
    // Still signed in: none of them did anything.
    expect((await me.request('/api/auth/me')).status).toBe(200);
  });

  it('accepts a same-origin Referer when the browser sends no Origin', async () => {
    const me = await signInAs(server);
    const res = await server.request('/api/auth/logout', {
      method: 'POST',
      headers: { cookie: me.cookie, referer: `${server.url}/moderate`, 'x-csrf-token': me.csrfToken },
    });
    expect(res.status).toBe(204);
  });
});

describe('behind HTTPS', () => {
  it('marks the session cookie Secure when PUBLIC_ORIGIN is https and accepts that origin', async () => {
    const tls = await startTestServer({ publicOrigin: 'https://reviews.example' });
    try {
      const account = await createModerator(tls);
      const res = await tls.request('/api/auth/login', {
        method: 'POST',
        json: { email: account.email, password: account.password },
        headers: { origin: 'https://reviews.example' },
      });
      expect(res.status).toBe(200);
      expect(res.headers.getSetCookie().join()).toMatch(/;\s*Secure/i);
    } finally {
      await tls.stop();
      tls.remove();
    }
  });
});
