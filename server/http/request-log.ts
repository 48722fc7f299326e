// One JSON line per request: id, method, matched route (never the raw URL, which can carry personal data),
// status and duration.
import type { MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';
import type { AppEnv } from './app-env';
import type { Logger } from './logger';

export function requestLog(log: Logger, level: 'info' | 'silent'): MiddlewareHandler<AppEnv> {
  if (level === 'silent') return async (_c, next) => next();
  return async (c, next) => {
    const start = performance.now();
    await next();
    log({
      level: 'info',
      requestId: c.get('requestId'),
      method: c.req.method,
      route: routePath(c),
      status: c.res.status,
      ms: Math.round((performance.now() - start) * 10) / 10,
    });
  };
}
