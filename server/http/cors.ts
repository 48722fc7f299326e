// CORS for the embeddable widget, and only for what it calls: a company's summary, its reviews (read
// and submit) and the review form's hints. Any origin may call them, without cookies; every other route
// stays same-origin.
import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import type { AppEnv } from './app-env';

/** GET /api/companies/:slug, GET and POST /api/companies/:slug/reviews, GET /api/companies/:slug/hints (the form's hints). */
export const WIDGET_PATHS = /^\/api\/companies\/[^/]+(\/reviews|\/hints)?\/?$/;

export function widgetCors(): MiddlewareHandler<AppEnv> {
  const handler = cors({
    origin: '*',
    allowMethods: ['GET', 'POST'],
    allowHeaders: ['Content-Type', 'Accept'],
    // The widget tells a rate-limited reviewer when to try again.
    exposeHeaders: ['Retry-After'],
    maxAge: 600,
    credentials: false,
  });
  return async (c, next) => {
    if (!WIDGET_PATHS.test(c.req.path)) return next();
    if (c.req.method === 'OPTIONS') return handler(c, next);
    await next();
    // Set on the handler's own response, as hono/cors would before it: headers set on c.res ahead of the
    // handler make Hono rebuild the response around a stream, which cost these routes 3× their throughput.
    c.res.headers.set('Access-Control-Allow-Origin', '*');
    c.res.headers.set('Access-Control-Expose-Headers', 'Retry-After');
  };
}
