// One error model for every route: AppError and Hono's own HTTP errors become the JSON error body; the store's
// "database unreachable" errors a 503 with Retry-After; anything else is logged with the request id and a bare 500.
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ERROR_STATUS, type ErrorBody, type ErrorCode, type FieldErrors } from '../contract/errors';
import { AppError } from '../domain/app-error';
import type { Logger } from './logger';
import type { Store } from '../domain/store';
import { isPageRequest, UNAVAILABLE_MESSAGE, UNAVAILABLE_RETRY_AFTER, unavailablePage } from './unavailable';

export function errorResponse(c: Context, code: ErrorCode, message: string, fields?: FieldErrors, retryAfter?: number) {
  const body: ErrorBody = { error: { code, message, ...(fields ? { fields } : {}), requestId: c.get('requestId') } };
  if (retryAfter !== undefined) c.header('Retry-After', String(Math.max(1, Math.ceil(retryAfter))));
  return c.json(body, ERROR_STATUS[code] as ContentfulStatusCode);
}

/** Hono's own exceptions carry a status but no code of ours. */
function codeForStatus(status: number, message: string): ErrorCode {
  if (status === 413) return 'payload_too_large';
  if (status === 415) return 'unsupported_media_type';
  if (status === 400 && /json/i.test(message)) return 'invalid_json';
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  return 'validation_failed';
}

export function handleError(log: Logger, store: Pick<Store, 'isUnavailable'>) {
  return (err: Error, c: Context) => {
    if (err instanceof AppError) return errorResponse(c, err.code, err.message, err.fields, err.retryAfter);
    if (err instanceof HTTPException && err.status < 500) {
      const code = codeForStatus(err.status, err.message);
      return errorResponse(c, code, code === 'invalid_json' ? 'Request body is not valid JSON' : err.message || 'Bad request');
    }
    if (store.isUnavailable(err)) {
      // An outage answers every request this way: one short line each, no stack, no driver message.
      log({ level: 'warn', requestId: c.get('requestId'), msg: 'database unavailable', error: err.name });
      if (isPageRequest(c)) return unavailablePage(c);
      return errorResponse(c, 'unavailable', UNAVAILABLE_MESSAGE, undefined, UNAVAILABLE_RETRY_AFTER);
    }
    // Only the error's class and stack are logged: messages of driver errors can quote request data.
    log({ level: 'error', requestId: c.get('requestId'), error: err.name, stack: err.stack?.split('\n').slice(1, 6).join('\n') });
    return errorResponse(c, 'internal', 'Internal Server Error');
  };
}
