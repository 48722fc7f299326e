// Range requests for static files: one byte range is served as 206 (or 416 when it lies past the end). Anything
// else is ignored, as RFC 9110 §14.2 allows, and the whole file is sent as 200: serveStatic would otherwise
// read a malformed or multi-range header as "from byte 0" and answer 206 with the whole file.
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env';

/** One byte-range-spec, first-last / first- / -suffix (RFC 9110 §14.1.2). */
const ONE_BYTE_RANGE = /^bytes=(\d+-\d*|-\d+)$/;

export const ignoreUnusableRanges: MiddlewareHandler<AppEnv> = async (c, next) => {
  const range = c.req.header('range');
  if (range !== undefined && !ONE_BYTE_RANGE.test(range.trim())) c.req.raw.headers.delete('range');
  await next();
};
