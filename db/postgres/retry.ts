// PostgreSQL aborts one of two transactions that wait on each other (deadlock) or that a serializable read
// found overtaken; both are safe to run again from the start, which is what the server asks for.
import type { PgDb, PgTx } from './connection';

const RETRYABLE = new Set(['40P01', '40001']);
const ATTEMPTS = 4;

export const isRetryableConflict = (error: unknown) =>
  RETRYABLE.has((error as { code?: string }).code ?? '') || RETRYABLE.has((error as { cause?: { code?: string } }).cause?.code ?? '');

export async function retryingConflicts<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= ATTEMPTS || !isRetryableConflict(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 5 * attempt * Math.random()));
    }
  }
}

/** A transaction run again from the start when PostgreSQL aborted it for a deadlock or a serialization failure. */
export const retryingTransaction = <T>(db: PgDb, work: (tx: PgTx) => Promise<T>): Promise<T> =>
  retryingConflicts(() => db.transaction(work));
