// Every request gets an id the server made, echoed in X-Request-Id, the error body and the log line. A client's
// own X-Request-Id is taken only from a proxy listed in TRUSTED_PROXIES (so one request keeps one id end to
// end); from anyone else it could forge or flood the log with ids of its choosing.
import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env';
import { isTrusted, peerAddress, trustedProxyList } from './client-identity';

/** What a proxy's id may look like: short, and nothing a log line or a header could be confused by. */
const PROXY_ID = /^[\w.:-]{1,128}$/;

export function requestIds(trustedProxies: readonly string[]): MiddlewareHandler<AppEnv> {
  const trusted = trustedProxies.length > 0 ? trustedProxyList(trustedProxies) : null;
  return async (c, next) => {
    let id: string | undefined;
    if (trusted) {
      const given = c.req.header('x-request-id');
      const peer = given !== undefined && PROXY_ID.test(given) ? peerAddress(c) : null;
      if (peer && isTrusted(trusted, peer)) id = given;
    }
    id ??= randomUUID();
    c.set('requestId', id);
    c.header('X-Request-Id', id);
    await next();
  };
}
