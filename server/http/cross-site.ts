// Other websites must not make a visitor's browser write here. Public writes outside the widget's review
// submission take JSON only (a plain HTML form cannot send it, and a cross-origin fetch of it needs a CORS
// preflight these routes never grant), and a foreign Origin or Sec-Fetch-Site: cross-site is refused.
import type { MiddlewareHandler } from 'hono';
import { AppError } from '../domain/app-error';
import type { AppEnv } from './app-env';
import { WIDGET_PATHS } from './cors';
import { requireJson } from './validate';
import { isConsolePath } from './console-paths';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Console routes have their own, stronger proof (same origin and the session's CSRF token). */
const isGuardedElsewhere = (path: string) => WIDGET_PATHS.test(path) || isConsolePath(path) || path.startsWith('/api/auth/');

const originOf = (value: string) => {
  try {
    return new URL(value).origin;
  } catch {
    return null;
  }
};

export function refuseCrossSiteWrites(publicOrigin: string | undefined): MiddlewareHandler<AppEnv> {
  const ours = publicOrigin ? originOf(publicOrigin) : null;
  return async (c, next) => {
    if (SAFE_METHODS.has(c.req.method) || isGuardedElsewhere(c.req.path)) return next();
    // Browsers send Origin on every POST, PATCH and DELETE; a client that sends neither header is no browser,
    // so no visitor of another site stands behind it.
    const origin = c.req.header('origin');
    const claimed = origin === undefined ? undefined : originOf(origin);
    // "Origin: null" (a sandboxed frame, a redirect from elsewhere) is no origin of ours either.
    const foreign =
      c.req.header('sec-fetch-site') === 'cross-site' ||
      (claimed !== undefined && (claimed === null || (claimed !== new URL(c.req.url).origin && claimed !== ours)));
    if (foreign) throw new AppError('forbidden', 'This request came from another site; only this site may send it');
    // A DELETE carries no body, and its method alone needs a preflight.
    if (c.req.method === 'DELETE') return next();
    return requireJson(c, next);
  };
}
