// GET /api/auth/session: the console asks whether it is still signed in (at load, when a tab comes back to the
// front) and gets 200 either way, so a signed-out visit logs no 401; the session ends elsewhere all the same.
import { describe, expect, it } from 'vitest';
import { useTestServer } from '../helpers/server';
import { logIn, signInAs } from '../helpers/moderator';

let clock = Date.now();
const server = useTestServer({ sessionIdleMinutes: 30 }, { now: () => clock });

describe('GET /api/auth/session', () => {
  it('answers 200 signedIn false without a session, and the same for a made-up cookie', async () => {
    for (const cookie of [undefined, 'earful_session=not-a-session', `earful_session=${'a'.repeat(43)}`]) {
      const res = await server.request('/api/auth/session', { headers: cookie ? { cookie } : {} });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ signedIn: false });
      expect(res.headers.get('cache-control')).toBe('no-store');
    }
    // Everyone else still gets the 401 they relied on.
    expect((await server.request('/api/auth/me')).status).toBe(401);
  });

  it('answers the moderator and the CSRF token while signed in, as /me does', async () => {
    const me = await signInAs(server, 'admin');
    const res = await me.request('/api/auth/session');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ signedIn: true, moderator: { email: me.email, role: 'admin', companies: [] }, csrfToken: me.csrfToken });
  });

  it('says signed out once another device signs out of all devices', async () => {
    const here = await signInAs(server);
    const elsewhere = await logIn(server, here);
    expect((await elsewhere.request('/api/auth/logout-all', { method: 'POST', json: {} })).status).toBe(204);
    expect((await here.request('/api/auth/session')).body).toEqual({ signedIn: false });
  });

  it('says signed out after the idle timeout', async () => {
    const me = await signInAs(server);
    clock += 31 * 60_000;
    expect((await me.request('/api/auth/session')).body).toEqual({ signedIn: false });
    expect((await me.request('/api/auth/me')).status).toBe(401);
  });
});
