// Builds the Hono app from its dependencies, so the server and the tests run the same thing.
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { requestId } from 'hono/request-id';
import type { AppEnv, Deps } from './http/app-env';
import { errorResponse, handleError } from './http/errors';
import { clientAddress, hashClient } from './http/client';
import { requestLog } from './http/request-log';
import { companyRoutes } from './routes/companies';
import { companyReviewRoutes, reviewRoutes } from './routes/reviews';
import { webRoutes } from './routes/web';

/** Large enough for the longest review in any script, small enough that junk is refused unread. */
export const API_BODY_LIMIT = 64 * 1024;

export function createApp(deps: Deps) {
  const app = new Hono<AppEnv>();
  app.use(requestId());
  app.use(requestLog(deps.log, deps.config.logLevel));
  app.use('/api/*', async (c, next) => {
    c.set('clientHash', hashClient(deps.clientHashSalt, clientAddress(c, deps.config.trustedProxies)));
    await next();
  });
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: API_BODY_LIMIT,
      onError: (c) => errorResponse(c, 'payload_too_large', `Request body is larger than ${API_BODY_LIMIT / 1024} KB`),
    }),
  );

  app.route('/api/companies', companyRoutes(deps));
  app.route('/api/companies', companyReviewRoutes(deps));
  app.route('/api/reviews', reviewRoutes(deps));
  app.all('/api/*', (c) => errorResponse(c, 'not_found', 'No such API route'));
  if (deps.webRoot) app.route('/', webRoutes(deps.webRoot));

  app.notFound((c) => errorResponse(c, 'not_found', 'Not found'));
  app.onError(handleError(deps.log));
  return app;
}

export type App = ReturnType<typeof createApp>;
