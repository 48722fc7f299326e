// Guards moderator routes: a live session (401 otherwise), the role the route needs (403), and for every
// state-changing method the CSRF proof, same origin plus the session's x-csrf-token (403).
import { timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { STAFF_ROLES, type ModeratorRole } from '../contract/auth';
import { AppError } from '../domain/app-error';
import { findActiveSession, SESSION_COOKIE } from '../domain/auth/session';
import type { AppEnv, Deps } from './app-env';
import { isSameOrigin } from './same-origin';

const SAFE_METHODS = new Set(['GET', 'HEAD']);

const sameSecret = (given: string | undefined, expected: string) => {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
};

/**
 * Who may pass: `staff` (the default: moderators and admins, the desk), `admin`, or `any` signed-in account
 * (representatives too: their own routes, and the account's own session routes). A desk route that forgets to
 * say is closed to representatives.
 */
export type RouteRole = 'staff' | 'admin' | 'any';

const allowed = (role: ModeratorRole, needed: RouteRole) =>
  needed === 'any' || (needed === 'admin' ? role === 'admin' : STAFF_ROLES.includes(role));

export function requireModerator(deps: Deps, options: { role?: RouteRole } = {}): MiddlewareHandler<AppEnv> {
  const needed = options.role ?? 'staff';
  return async (c, next) => {
    const cookie = getCookie(c, SESSION_COOKIE);
    const active = cookie ? await findActiveSession(deps.store, deps.config, cookie, deps.now()) : null;
    if (!active) throw new AppError('unauthorized', 'Sign in as a moderator');
    const { session, moderator } = active;
    if (!SAFE_METHODS.has(c.req.method)) {
      if (!isSameOrigin(c, deps.config.publicOrigin)) throw new AppError('forbidden', 'Request must come from this site');
      if (!sameSecret(c.req.header('x-csrf-token'), session.csrfToken)) throw new AppError('forbidden', 'Missing or wrong CSRF token');
    }
    if (!allowed(moderator.role, needed))
      throw new AppError('forbidden', needed === 'admin' ? 'This needs the admin role' : 'This needs the moderator role');
    c.set('moderator', { id: moderator.id, email: moderator.email, role: moderator.role });
    c.set('sessionIdHash', session.idHash);
    c.set('csrfToken', session.csrfToken);
    await next();
  };
}
