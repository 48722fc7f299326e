// The signed-in account as the console gets it: email, role and, for a representative, the companies' slugs.
import type { Store } from '../store';
import type { SessionResponse, SessionState, SignedInModerator } from '../../contract/auth';
import type { Config } from '../../env';
import { representedCompanies } from '../replies/represented';
import { findActiveSession } from './session';

export async function describeSession(
  store: Store,
  moderator: Pick<SignedInModerator, 'id' | 'email' | 'role'>,
  csrfToken: string,
): Promise<SessionResponse> {
  const companies = (await representedCompanies(store, moderator)).map((c) => c.slug);
  return { moderator: { email: moderator.email, role: moderator.role, companies }, csrfToken };
}

/** GET /api/auth/session: signed in or not, never an error. */
export async function sessionState(store: Store, config: Config, cookie: string | undefined, now: number): Promise<SessionState> {
  const active = cookie ? await findActiveSession(store, config, cookie, now) : null;
  // A disabled account's session is ended by findActiveSession, so signedIn is never true for one.
  if (!active) return { signedIn: false };
  return { signedIn: true, ...(await describeSession(store, active.moderator, active.session.csrfToken)) };
}
