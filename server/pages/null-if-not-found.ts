// A page for something that is not there is the not-found page; anything else that went wrong stays an error.
import { AppError } from '../domain/app-error';

export function nullIfNotFound(e: unknown): null {
  if (e instanceof AppError && e.code === 'not_found') return null;
  throw e;
}
