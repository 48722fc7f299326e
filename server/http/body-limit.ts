// Request bodies beyond `maxSize` are refused with 413 on every route, declared or chunked. A declared length
// is checked from the header alone: Node's parser never hands on more bytes than Content-Length says, and not
// touching `c.req.raw.body` lets @hono/node-server read the body straight from the socket for `c.req.json()`
// (Hono's bodyLimit reads `body` first, which builds a fetch Request and a web stream: about 240 µs a POST).
// Chunked bodies, whose size is known only once read, go through Hono's bodyLimit.
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AppEnv } from './app-env';
import { errorResponse } from './errors';

export function limitBodies(maxSize: number): MiddlewareHandler<AppEnv> {
  const tooLarge: Parameters<typeof bodyLimit>[0]['onError'] = (c) =>
    errorResponse(c, 'payload_too_large', `Request body is larger than ${maxSize / 1024} KB`);
  const limitStream = bodyLimit({ maxSize, onError: tooLarge });
  return async (c, next) => {
    const length = c.req.header('content-length');
    if (c.req.header('transfer-encoding') !== undefined) return limitStream(c, next);
    if (length === undefined || length === '0') return next();
    if (!/^\d{1,15}$/.test(length)) return limitStream(c, next);
    return Number(length) > maxSize ? tooLarge(c) : next();
  };
}
