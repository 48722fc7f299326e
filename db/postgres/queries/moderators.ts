// Moderator accounts, sessions and failed-login counts on PostgreSQL (twin of db/sqlite/queries/moderators.ts).
import { and, asc, count, eq, gte, inArray, lt, min, ne } from 'drizzle-orm';
import type { PgQuery } from '../connection';
import { loginFailures, moderators, moderatorSessions } from '../schema';
import type { ModeratorPatch, ModeratorRow, ModeratorSessionRow } from '../../../server/contract/store';

export const findModeratorById = async (q: PgQuery, id: number): Promise<ModeratorRow | undefined> =>
  (await q.select().from(moderators).where(eq(moderators.id, id)))[0];

export const findModeratorByEmail = async (q: PgQuery, email: string): Promise<ModeratorRow | undefined> =>
  (await q.select().from(moderators).where(eq(moderators.email, email)))[0];

export const listModerators = (q: PgQuery): Promise<ModeratorRow[]> => q.select().from(moderators).orderBy(asc(moderators.email));

/** Undefined when the email is taken. */
export const insertModerator = async (q: PgQuery, row: Omit<ModeratorRow, 'id' | 'disabled'>): Promise<ModeratorRow | undefined> =>
  (await q.insert(moderators).values(row).onConflictDoNothing().returning())[0];

export const updateModerator = async (q: PgQuery, id: number, patch: ModeratorPatch, now: number): Promise<ModeratorRow | undefined> =>
  (
    await q
      .update(moderators)
      .set({ ...patch, updatedAt: now })
      .where(eq(moderators.id, id))
      .returning()
  )[0];

export async function countActiveAdmins(q: PgQuery): Promise<number> {
  const [row] = await q
    .select({ n: count() })
    .from(moderators)
    .where(and(eq(moderators.role, 'admin'), eq(moderators.disabled, false)));
  return row!.n;
}

export async function insertSession(q: PgQuery, row: ModeratorSessionRow): Promise<void> {
  await q.insert(moderatorSessions).values(row);
}

export const findSession = async (q: PgQuery, idHash: string) =>
  (
    await q
      .select({ session: moderatorSessions, moderator: moderators })
      .from(moderatorSessions)
      .innerJoin(moderators, eq(moderators.id, moderatorSessions.moderatorId))
      .where(eq(moderatorSessions.idHash, idHash))
  )[0];

export async function touchSession(q: PgQuery, idHash: string, now: number): Promise<void> {
  await q.update(moderatorSessions).set({ lastSeenAt: now }).where(eq(moderatorSessions.idHash, idHash));
}

/** Ends one session; returns how many ended (0 or 1). */
export async function deleteSession(q: PgQuery, idHash: string): Promise<number> {
  const gone = await q
    .delete(moderatorSessions)
    .where(eq(moderatorSessions.idHash, idHash))
    .returning({ idHash: moderatorSessions.idHash });
  return gone.length;
}

/** Ends every session of the moderator, except `keep` when given; returns how many ended. */
export async function deleteSessionsOf(q: PgQuery, moderatorId: number, keep?: string): Promise<number> {
  const owner = eq(moderatorSessions.moderatorId, moderatorId);
  const result = await q.delete(moderatorSessions).where(keep ? and(owner, ne(moderatorSessions.idHash, keep)) : owner);
  return result.rowCount ?? 0;
}

export async function countFailures(q: PgQuery, key: string, since: number): Promise<{ count: number; oldest: number | null }> {
  const [row] = await q
    .select({ count: count(), oldest: min(loginFailures.at) })
    .from(loginFailures)
    .where(and(eq(loginFailures.key, key), gte(loginFailures.at, since)));
  return row!;
}

export async function insertFailure(q: PgQuery, key: string, at: number): Promise<number> {
  const [row] = await q.insert(loginFailures).values({ key, at }).returning({ id: loginFailures.id });
  return row!.id;
}

export async function deleteFailures(q: PgQuery, key: string): Promise<void> {
  await q.delete(loginFailures).where(eq(loginFailures.key, key));
}

export async function deleteFailureIds(q: PgQuery, ids: number[]): Promise<void> {
  if (ids.length > 0) await q.delete(loginFailures).where(inArray(loginFailures.id, ids));
}

/**
 * Failures older than the window no longer count; dropping them keeps the table small. Rows another claim is
 * already dropping are skipped, so concurrent claims never wait on (or deadlock over) each other's pruning.
 */
export async function pruneFailures(q: PgQuery, before: number): Promise<void> {
  const old = q
    .select({ id: loginFailures.id })
    .from(loginFailures)
    .where(lt(loginFailures.at, before))
    .for('update', { skipLocked: true });
  await q.delete(loginFailures).where(inArray(loginFailures.id, old));
}
