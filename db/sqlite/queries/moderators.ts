// Moderator accounts, sessions and failed-login counts.
import { and, asc, count, eq, gte, inArray, lt, min, ne, sql } from 'drizzle-orm';
import type { DbOrTx } from '../connection';
import { loginFailures, moderators, moderatorSessions, type ModeratorRow, type ModeratorSessionRow } from '../schema';

export type { ModeratorRow, ModeratorSessionRow };

export type ModeratorPatch = Partial<Pick<ModeratorRow, 'role' | 'disabled' | 'passwordHash'>>;

export function moderatorQueries(db: DbOrTx) {
  const byId = db
    .select()
    .from(moderators)
    .where(eq(moderators.id, sql.placeholder('id')))
    .prepare();
  const byEmail = db
    .select()
    .from(moderators)
    .where(eq(moderators.email, sql.placeholder('email')))
    .prepare();
  const sessionWithOwner = db
    .select({ session: moderatorSessions, moderator: moderators })
    .from(moderatorSessions)
    .innerJoin(moderators, eq(moderators.id, moderatorSessions.moderatorId))
    .where(eq(moderatorSessions.idHash, sql.placeholder('idHash')))
    .prepare();
  const touch = db
    .update(moderatorSessions)
    .set({ lastSeenAt: sql`${sql.placeholder('now')}` })
    .where(eq(moderatorSessions.idHash, sql.placeholder('idHash')))
    .prepare();
  const failuresSince = db
    .select({ count: count(), oldest: min(loginFailures.at) })
    .from(loginFailures)
    .where(and(eq(loginFailures.key, sql.placeholder('key')), gte(loginFailures.at, sql.placeholder('since'))))
    .prepare();

  return {
    findModeratorById: (id: number): ModeratorRow | undefined => byId.get({ id }),
    findModeratorByEmail: (email: string): ModeratorRow | undefined => byEmail.get({ email }),
    listModerators: (): ModeratorRow[] => db.select().from(moderators).orderBy(asc(moderators.email)).all(),
    /** Undefined when the email is taken. */
    insertModerator: (row: Omit<ModeratorRow, 'id' | 'disabled'>): ModeratorRow | undefined =>
      db.insert(moderators).values(row).onConflictDoNothing().returning().get(),
    updateModerator: (id: number, patch: ModeratorPatch, now: number): ModeratorRow | undefined =>
      db
        .update(moderators)
        .set({ ...patch, updatedAt: now })
        .where(eq(moderators.id, id))
        .returning()
        .get(),
    countActiveAdmins: (): number =>
      db
        .select({ n: count() })
        .from(moderators)
        .where(and(eq(moderators.role, 'admin'), eq(moderators.disabled, false)))
        .get()!.n,

    insertSession: (row: ModeratorSessionRow): void => void db.insert(moderatorSessions).values(row).run(),
    findSession: (idHash: string) => sessionWithOwner.get({ idHash }),
    touchSession: (idHash: string, now: number): void => void touch.run({ idHash, now }),
    deleteSession: (idHash: string): void => void db.delete(moderatorSessions).where(eq(moderatorSessions.idHash, idHash)).run(),
    /** Ends every session of the moderator, except `keep` when given; returns how many ended. */
    deleteSessionsOf(moderatorId: number, keep?: string): number {
      const owner = eq(moderatorSessions.moderatorId, moderatorId);
      return db
        .delete(moderatorSessions)
        .where(keep ? and(owner, ne(moderatorSessions.idHash, keep)) : owner)
        .run().changes;
    },

    countFailures: (key: string, since: number): { count: number; oldest: number | null } => failuresSince.get({ key, since })!,
    insertFailure: (key: string, at: number): number =>
      db.insert(loginFailures).values({ key, at }).returning({ id: loginFailures.id }).get()!.id,
    deleteFailures: (key: string): void => void db.delete(loginFailures).where(eq(loginFailures.key, key)).run(),
    deleteFailureIds: (ids: number[]): void => void db.delete(loginFailures).where(inArray(loginFailures.id, ids)).run(),
    /** Failures older than the window no longer count; dropping them keeps the table small. */
    pruneFailures: (before: number): void => void db.delete(loginFailures).where(lt(loginFailures.at, before)).run(),
  };
}
