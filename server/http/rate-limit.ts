// Per-client limit on public writes (reviews, reports, helpful votes, manage-link edits, sign-in attempts):
// a token bucket per salted client hash, answered with 429 and Retry-After when empty.
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env';
import { errorResponse } from './errors';

const WINDOW_MS = 60_000;
/** Buckets kept at most; past it the longest-idle go first, so a flood of addresses cannot grow memory. */
const MAX_CLIENTS = 100_000;
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Signed-in moderators work a queue quickly and are throttled by their sessions, not by this limit. */
const isPublicWrite = (method: string, path: string) => !SAFE_METHODS.has(method) && !path.startsWith('/api/moderation/');

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * `perMinute` writes per client per minute, refilled continuously, with a burst of the same size; 0 turns
 * it off. In memory, so it restarts empty and each process counts alone — enough for one SQLite process.
 */
export function writeRateLimit(perMinute: number, now: () => number): MiddlewareHandler<AppEnv> {
  const buckets = new Map<string, Bucket>();
  const refillPerMs = perMinute / WINDOW_MS;

  function take(key: string, t: number): number {
    const old = buckets.get(key);
    const tokens = old ? Math.min(perMinute, old.tokens + (t - old.at) * refillPerMs) : perMinute;
    // Re-inserting keeps the Map in order of last use, so the first entries are the longest idle.
    buckets.delete(key);
    if (tokens < 1) {
      buckets.set(key, { tokens, at: t });
      return (1 - tokens) / refillPerMs / 1000;
    }
    buckets.set(key, { tokens: tokens - 1, at: t });
    if (buckets.size > MAX_CLIENTS) buckets.delete(buckets.keys().next().value!);
    return 0;
  }

  return async (c, next) => {
    const key = c.get('clientHash');
    if (perMinute === 0 || key === null || !isPublicWrite(c.req.method, c.req.path)) return next();
    const waitSeconds = take(key, now());
    if (waitSeconds > 0) return errorResponse(c, 'rate_limited', 'Too many requests: try again later', undefined, waitSeconds);
    await next();
  };
}
