// Builds the Hono app from its dependencies, so the server and the tests run the same thing.
import { Hono } from 'hono';
import type { AppEnv, Deps } from './http/app-env';
import { errorResponse, handleError } from './http/errors';
import { clientIdentity } from './http/client-identity';
import { writeRateLimit } from './http/rate-limit';
import { limitBodies } from './http/body-limit';
import { securityHeaders } from './http/security-headers';
import { widgetCors } from './http/cors';
import { refuseCrossSiteWrites } from './http/cross-site';
import { requestLog } from './http/request-log';
import { requestIds } from './http/request-id';
import { companyRoutes } from './routes/companies';
import { companyReviewRoutes, reviewRoutes } from './routes/reviews';
import { patternRoutes } from './routes/patterns';
import { burstRoutes } from './routes/bursts';
import { guideRoutes } from './routes/guides';
import { webRoutes } from './routes/web';
import { authRoutes } from './routes/auth';
import { moderationRoutes } from './routes/desk';
import { replyRoutes, representativeRoutes } from './routes/replies';
import { readerRoutes } from './routes/reader';
import { crawlerRoutes } from './routes/crawlers';
import { inlineStyleSources } from './pages/page-shells';

/** Large enough for the longest review in any script, small enough that junk is refused unread. */
export const API_BODY_LIMIT = 64 * 1024;

/** The app the server runs: the middleware, then the routes. */
export function createApp(deps: Deps) {
  const app = new Hono<AppEnv>();
  useMiddleware(app, deps);
  mountRoutes(app, deps);
  return app;
}

/** What every request passes first, in order; apart from the routes so the bench can mount its baselines between. */
export function useMiddleware(app: Hono<AppEnv>, deps: Deps): void {
  app.use(requestIds(deps.config.trustedProxies));
  app.use(requestLog(deps.log, deps.config.logLevel));
  app.use(securityHeaders(inlineStyleSources(deps.pageShells)));
  app.use('/api/*', widgetCors());
  app.use('/api/*', clientIdentity(deps.clientHashKey, deps.config.trustedProxies));
  app.use('/api/*', writeRateLimit(deps));
  // After the limit: a refused write costs the client as much as any other.
  app.use('/api/*', refuseCrossSiteWrites(deps.config.publicOrigin));
  app.use(limitBodies(API_BODY_LIMIT));
}

/** Every route, then the answers for no route and for an error. */
export function mountRoutes(app: Hono<AppEnv>, deps: Deps): void {
  app.route('/api/companies', companyRoutes(deps));
  app.route('/api/companies', companyReviewRoutes(deps));
  app.route('/api/companies', patternRoutes(deps));
  app.route('/api/companies', guideRoutes(deps));
  app.route('/api/moderation/bursts', burstRoutes(deps));
  app.route('/api/reviews', reviewRoutes(deps));
  app.route('/api/reviews', readerRoutes(deps));
  app.route('/api/reviews', replyRoutes(deps));
  app.route('/api/auth', authRoutes(deps));
  // Before the desk, whose staff-only guard covers every route under /api/moderation mounted after it.
  app.route('/api/moderation', representativeRoutes(deps));
  app.route('/api/moderation', moderationRoutes(deps));
  app.all('/api/*', (c) => errorResponse(c, 'not_found', 'No such API route'));
  app.route('/', crawlerRoutes(deps));
  if (deps.webRoot) app.route('/', webRoutes(deps, deps.webRoot));

  app.notFound((c) => errorResponse(c, 'not_found', 'Not found'));
  app.onError(handleError(deps.log, deps.store));
}

export type App = ReturnType<typeof createApp>;
