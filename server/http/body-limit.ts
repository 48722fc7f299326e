// Request bodies beyond `maxSize` are refused with 413 on every route, declared or chunked. Only requests that
// carry a body go through Hono's bodyLimit: reading `c.req.raw.body` makes @hono/node-server build a full
// fetch Request (headers, AbortSignal) that a GET would otherwise never pay for.
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AppEnv } from './app-env';
import { errorResponse } from './errors';

export function limitBodies(maxSize: number): MiddlewareHandler<AppEnv> {
  const limit = bodyLimit({
    maxSize,
    onError: (c) => errorResponse(c, 'payload_too_large', `Request body is larger than ${maxSize / 1024} KB`),
  });
  return (c, next) => {
    const length = c.req.header('content-length');
    const hasBody = c.req.header('transfer-encoding') !== undefined || (length !== undefined && length !== '0');
    return hasBody ? limit(c, next) : next();
  };
}
