// The one error type domain verbs throw; the HTTP layer maps its code to a status once.
import type { ErrorCode, FieldErrors } from '../contract/errors';

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: FieldErrors,
    /** Seconds, for rate_limited. */
    readonly retryAfter?: number,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const notFound = (what: string) => new AppError('not_found', `${what} not found`);
export const invalid = (fields: FieldErrors) => new AppError('validation_failed', `Invalid ${Object.keys(fields).join(', ')}`, fields);
