// Request validation with zod through Hono's validator, reporting every bad field by name.
import type { Context, MiddlewareHandler } from 'hono';
import { zValidator } from '@hono/zod-validator';
import type { z } from 'zod';
import type { FieldErrors } from '../contract/errors';
import { AppError } from '../domain/app-error';

/** Zod issues as { field: message }; unknown keys are named one by one. */
export function fieldErrorsOf(error: { issues: readonly z.core.$ZodIssue[] }): FieldErrors {
  // Without a prototype, a field named "__proto__" is a field like any other, not the object's prototype.
  const fields: FieldErrors = Object.create(null) as FieldErrors;
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) fields[[...issue.path, key].join('.')] = 'Unknown field';
      continue;
    }
    const path = issue.path.length > 0 ? issue.path.join('.') : 'request';
    fields[path] ??= path === 'request' ? 'Expected a JSON object' : issue.message;
  }
  return fields;
}

const failWithFields = (result: { success: boolean; error?: { issues: readonly z.core.$ZodIssue[] } }) => {
  if (!result.success && result.error) {
    const fields = fieldErrorsOf(result.error);
    throw new AppError('validation_failed', `Invalid ${Object.keys(fields).join(', ')}`, fields);
  }
};

/** Bodies must be JSON: anything else is a 415, before any parsing. */
export const requireJson: MiddlewareHandler = async (c: Context, next) => {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/([\w.+-]+\+)?json\s*(;|$)/i.test(type)) {
    throw new AppError('unsupported_media_type', 'Send the request body as application/json');
  }
  await next();
};

export const validJson = <T extends z.ZodType>(schema: T) => zValidator('json', schema, failWithFields);

/** Distinct query strings whose answers are kept before the memo starts afresh. */
const QUERY_MEMO_MAX = 1000;

/**
 * A query string means the same every time, so its valid reading is kept (frozen, shared by the requests that
 * send it): a reader's page asks the same few lists over and over, and zod cost a kept list page a tenth of
 * its server CPU. Invalid queries are read afresh, so their errors are built per request as before.
 */
export const validQuery = <T extends z.ZodType>(schema: T) => {
  const validator = zValidator('query', schema, failWithFields);
  const memo = new Map<string, unknown>();
  const memoised: MiddlewareHandler = async (c, next) => {
    const url = c.req.url;
    const at = url.indexOf('?');
    const raw = at < 0 ? '' : url.slice(at);
    const known = memo.get(raw);
    if (known !== undefined) {
      c.req.addValidatedData('query', known as object);
      return next();
    }
    return validator(c, async () => {
      if (memo.size >= QUERY_MEMO_MAX) memo.clear();
      memo.set(raw, Object.freeze(c.req.valid('query' as never)));
      await next();
    });
  };
  return memoised as typeof validator;
};
