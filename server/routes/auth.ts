// Moderator sign-in: login, who am I, whether signed in at all, logout, sign out everywhere, change password.
import { Hono, type Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { LoginRequest, PasswordChange, type SessionResponse, type SessionState } from '../contract/auth';
import { AppError } from '../domain/app-error';
import { changePassword } from '../domain/auth/change-password';
import { login, type LoginContext } from '../domain/auth/login';
import { logout, logoutEverywhere } from '../domain/auth/logout';
import { decoyHash } from '../domain/auth/password';
import { findActiveSession, SESSION_COOKIE } from '../domain/auth/session';
import type { AppEnv, Deps } from '../http/app-env';
import { requireModerator } from '../http/require-moderator';
import { isSameOrigin, isSecureSite } from '../http/same-origin';
import { requireJson, validJson } from '../http/validate';

export function authRoutes(deps: Deps) {
  const { store, config, now } = deps;
  const loginContext = (c: Context<AppEnv>): LoginContext => ({
    store,
    config,
    now: now(),
    clientHash: c.get('clientHash'),
    hashKey: deps.clientHashKey,
  });
  const moderatorOnly = requireModerator(deps);
  // Made now, so the first login with an unknown email costs no more time than any other.
  void decoyHash();
  const clearCookie = (c: Context<AppEnv>) =>
    deleteCookie(c, SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'Lax', secure: isSecureSite(c, config.publicOrigin) });

  return new Hono<AppEnv>()
    .post('/login', requireJson, validJson(LoginRequest), async (c) => {
      // Login CSRF: another site must not sign a browser into an account of its choosing.
      if (!isSameOrigin(c, config.publicOrigin)) throw new AppError('forbidden', 'Request must come from this site');
      const { moderator, sessionId, csrfToken } = await login(loginContext(c), c.req.valid('json'));
      setCookie(c, SESSION_COOKIE, sessionId, {
        path: '/',
        httpOnly: true,
        sameSite: 'Lax',
        secure: isSecureSite(c, config.publicOrigin),
        maxAge: config.sessionMaxHours * 3600,
      });
      const body: SessionResponse = { moderator: { email: moderator.email, role: moderator.role }, csrfToken };
      return c.json(body);
    })
    .get('/session', async (c) => {
      const cookie = getCookie(c, SESSION_COOKIE);
      const active = cookie ? await findActiveSession(store, config, cookie, now()) : null;
      const { moderator, session } = active ?? {};
      // A disabled account's session is ended by findActiveSession, so signedIn is never true for one.
      const body: SessionState =
        moderator && session
          ? { signedIn: true, moderator: { email: moderator.email, role: moderator.role }, csrfToken: session.csrfToken }
          : { signedIn: false };
      c.header('cache-control', 'no-store');
      return c.json(body);
    })
    .get('/me', moderatorOnly, (c) => {
      const { email, role } = c.get('moderator');
      const body: SessionResponse = { moderator: { email, role }, csrfToken: c.get('csrfToken') };
      return c.json(body);
    })
    .post('/logout', moderatorOnly, async (c) => {
      await logout(store, c.get('moderator'), c.get('sessionIdHash'), now());
      clearCookie(c);
      return c.body(null, 204);
    })
    .post('/logout-all', moderatorOnly, async (c) => {
      await logoutEverywhere(store, c.get('moderator'), now());
      clearCookie(c);
      return c.body(null, 204);
    })
    .post('/password', moderatorOnly, requireJson, validJson(PasswordChange), async (c) => {
      await changePassword(loginContext(c), c.get('moderator'), c.get('sessionIdHash'), c.req.valid('json'));
      return c.body(null, 204);
    });
}
