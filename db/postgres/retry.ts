// PostgreSQL aborts one of two transactions that wait on each other (deadlock) or that a serializable read
// found overtaken; both are safe to run again from the start, which is what the server asks for.
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
