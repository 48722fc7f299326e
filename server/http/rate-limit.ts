// Per-client limit on public writes (reviews, reports, helpful votes, manage-link edits, sign-in attempts):
// a token bucket per keyed client hash, in the database, answered with 429 and Retry-After when empty.
import type { MiddlewareHandler } from 'hono';
import type { AppEnv, Deps } from './app-env';
import { takeWriteToken } from '../domain/take-write-token';
import { isConsolePath } from './console-paths';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Signed-in moderators and representatives work quickly and are throttled by their sessions, not by this limit. */
const isPublicWrite = (method: string, path: string) => !SAFE_METHODS.has(method) && !isConsolePath(path);

/**
 * `config.writeRateLimit` writes per client per minute, refilled continuously, with a burst of the same size;
 * 0 turns it off. Shared by every process on the database.
 */
export function writeRateLimit(deps: Pick<Deps, 'store' | 'config' | 'now'>): MiddlewareHandler<AppEnv> {
  const perMinute = deps.config.writeRateLimit;
  return async (c, next) => {
    const key = c.get('clientHash');
    if (perMinute === 0 || key === null || !isPublicWrite(c.req.method, c.req.path)) return next();
    await takeWriteToken(deps.store, key, perMinute, deps.now());
    await next();
  };
}
