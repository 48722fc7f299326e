// Moderator sessions: a random 256-bit id in the cookie, only its sha256 in the database, with idle and
// absolute expiry checked on every request (and the account's disabled flag with them).
import { createHash, randomBytes } from 'node:crypto';
import type { ModeratorRow, ModeratorSessionRow, Store } from '../store';
import type { Config } from '../../env';

export const SESSION_COOKIE = 'earful_session';

/** lastSeenAt is written at most once a minute, so reading pages does not mean a write per request. */
const TOUCH_EVERY_MS = 60_000;

export const newSecret = () => randomBytes(32).toString('base64url');
export const hashSessionId = (id: string) => createHash('sha256').update(id).digest('hex');

export interface ActiveSession {
  session: ModeratorSessionRow;
  moderator: ModeratorRow;
}

export function sessionLimits(config: Config) {
  return { idleMs: config.sessionIdleMinutes * 60_000, maxMs: config.sessionMaxHours * 3_600_000 };
}

/** The session behind a cookie value if it is still valid; an expired one is deleted on sight. */
export async function findActiveSession(store: Store, config: Config, cookieValue: string, now: number): Promise<ActiveSession | null> {
  // Real ids are 43 base64url characters; anything else is not worth a lookup.
  if (!/^[\w-]{43}$/.test(cookieValue)) return null;
  const idHash = hashSessionId(cookieValue);
  const found = await store.findSession(idHash);
  if (!found) return null;
  const { idleMs, maxMs } = sessionLimits(config);
  const expired = now - found.session.lastSeenAt > idleMs || now - found.session.createdAt > maxMs;
  if (expired || found.moderator.disabled) {
    await store.endSessions({ idHash });
    return null;
  }
  if (now - found.session.lastSeenAt > TOUCH_EVERY_MS) await store.touchSession(idHash, now);
  return found;
}
