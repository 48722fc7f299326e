// Request bodies beyond `maxSize` are refused with 413 on every route: a declared length from the header alone,
// so the body is never touched here; chunked bodies through Hono's bodyLimit (docs/decisions.md#body-limit).
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
