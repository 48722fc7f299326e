// The per-client limit on public writes (WRITE_RATE_LIMIT): a token bucket per keyed client hash, kept in the
// store so every process on the database counts together.
import type { Store } from './store';
import { AppError } from './app-error';

/** Takes one of the client's `perMinute` writes a minute; throws rate_limited (429, Retry-After) when none is left. */
export async function takeWriteToken(store: Store, clientHash: string, perMinute: number, now: number): Promise<void> {
  const token = await store.takeWriteToken(clientHash, now, perMinute);
  if (!token.taken) throw new AppError('rate_limited', 'Too many requests: try again later', undefined, token.waitMs / 1000);
}
