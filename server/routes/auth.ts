// Moderator sign-in: login, who am I, whether signed in at all, logout, sign out everywhere, change password.
import { Hono, type Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { LoginRequest, PasswordChange } from '../contract/auth';
import { AppError } from '../domain/app-error';
import { changePassword } from '../domain/auth/change-password';
import { login, type LoginContext } from '../domain/auth/login';
import { logout, logoutEverywhere } from '../domain/auth/logout';
import { decoyHash } from '../domain/auth/password';
import { SESSION_COOKIE } from '../domain/auth/session';
import { describeSession, sessionState } from '../domain/auth/session-view';
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
  // Every account's own session routes: representatives sign in, out and change passwords like moderators.
  const moderatorOnly = requireModerator(deps, { role: 'any' });
  // Made now, so the first login with an unknown email costs no more time than any other.
  void decoyHash();
  const clearCookie = (c: Context<AppEnv>) =>
    deleteCookie(c, SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'Lax', secure: isSecureSite(c, config.publicOrigin) });

  return new Hono<AppEnv>()
    .post('/login', requireJson, validJson(LoginRequest), async (c) => {
      // Login CSRF: another site must not sign a browser into an account of its choosing.
      if (!isSameOrigin(c, config.publicOrigin)) throw new AppError('forbidden', 'Request must come from this site');
      const { sessionId, session } = await login(loginContext(c), c.req.valid('json'));
      setCookie(c, SESSION_COOKIE, sessionId, {
        path: '/',
        httpOnly: true,
        sameSite: 'Lax',
        secure: isSecureSite(c, config.publicOrigin),
        maxAge: config.sessionMaxHours * 3600,
      });
      return c.json(session);
    })
    .get('/session', async (c) => {
      const body = await sessionState(store, config, getCookie(c, SESSION_COOKIE), now());
      c.header('cache-control', 'no-store');
      return c.json(body);
    })
    .get('/me', moderatorOnly, async (c) => c.json(await describeSession(store, c.get('moderator'), c.get('csrfToken'))))
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
