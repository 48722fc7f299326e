// Signing out: this session, or every session of the moderator (a lost laptop), each with its audit entry.
import type { SignedInModerator } from '../../contract/auth';
import type { AuditInput, Store } from '../store';

const audited = (who: SignedInModerator, action: string, now: number): AuditInput => ({
  at: now,
  actorId: who.id,
  actorEmail: who.email,
  action,
  targetType: 'moderator',
  targetId: who.id,
});

export async function logout(store: Store, who: SignedInModerator, sessionIdHash: string, now: number): Promise<void> {
  await store.endSessions({ idHash: sessionIdHash }, audited(who, 'auth.logout', now));
}

export async function logoutEverywhere(store: Store, who: SignedInModerator, now: number): Promise<void> {
  await store.endSessions({ moderatorId: who.id }, audited(who, 'auth.logout-all', now));
}
