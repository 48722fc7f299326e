// Moderators in the store: accounts, sessions, login throttling and the audit trail, each change with its audit
// entry in one transaction.
import { IMMEDIATE, type Connection } from './client';
import { auditQueries, type AuditFilter, type AuditInput, type AuditRow } from './queries/audit';
import { moderatorQueries, type ModeratorPatch, type ModeratorRow, type ModeratorSessionRow } from './queries/moderators';

export type { AuditFilter, AuditInput, AuditRow, ModeratorPatch, ModeratorRow, ModeratorSessionRow };

export type LoginClaim = { claimed: true; ids: number[] } | { claimed: false; blockedOldest: number[] };

export type ModeratorUpdate = { ok: true; before: ModeratorRow; after: ModeratorRow } | { ok: false; reason: 'not_found' | 'last_admin' };

export interface ModeratorStore {
  findModeratorById(id: number): Promise<ModeratorRow | undefined>;
  findModeratorByEmail(email: string): Promise<ModeratorRow | undefined>;
  listModerators(): Promise<ModeratorRow[]>;
  /** Undefined when the email is taken. */
  insertModerator(row: Omit<ModeratorRow, 'id' | 'disabled'>, audit: (row: ModeratorRow) => AuditInput): Promise<ModeratorRow | undefined>;
  /**
   * Changes role, disabled or password. Disabling ends every session; a new password ends every session but
   * `keepSession`. Refused (last_admin) when no enabled admin would be left.
   */
  updateModerator(
    id: number,
    patch: ModeratorPatch,
    now: number,
    audit: (before: ModeratorRow, after: ModeratorRow) => AuditInput,
    keepSession?: string,
  ): Promise<ModeratorUpdate>;
  createSession(row: ModeratorSessionRow, audit: AuditInput): Promise<void>;
  findSession(idHash: string): Promise<{ session: ModeratorSessionRow; moderator: ModeratorRow } | undefined>;
  touchSession(idHash: string, now: number): Promise<void>;
  /** Ends one session (audit given: a logout) or, with `all`, every session of its moderator. */
  endSessions(target: { idHash: string } | { moderatorId: number }, audit?: AuditInput): Promise<number>;
  /**
   * Counts a sign-in attempt against every key before its password is checked, in one immediate transaction:
   * refused (with each blocked key's oldest attempt) when a key already has `max` since `since`; otherwise one
   * attempt per key is recorded, to stay as a failure or be forgiven (forgiveLoginAttempt) when it succeeds.
   */
  claimLoginAttempt(keys: string[], at: number, since: number, max: number): Promise<LoginClaim>;
  /** Takes back a claimed attempt, and clears every failure of `clearKey` (the account, after a sign-in). */
  forgiveLoginAttempt(ids: number[], clearKey?: string): Promise<void>;
  recordAudit(entry: AuditInput): Promise<void>;
  listAudit(filter: AuditFilter, limit: number): Promise<AuditRow[]>;
}

export function moderatorStore(conn: Connection): ModeratorStore {
  const { db } = conn;
  const q = moderatorQueries(db);
  const auditQ = auditQueries(db);

  return {
    findModeratorById: async (id) => q.findModeratorById(id),
    findModeratorByEmail: async (email) => q.findModeratorByEmail(email),
    listModerators: async () => q.listModerators(),
    insertModerator: async (row, audit) =>
      db.transaction(() => {
        const stored = q.insertModerator(row);
        if (stored) auditQ.recordAudit(audit(stored));
        return stored;
      }, IMMEDIATE),
    updateModerator: async (id, patch, now, audit, keepSession) =>
      db.transaction((): ModeratorUpdate => {
        const before = q.findModeratorById(id);
        if (!before) return { ok: false, reason: 'not_found' };
        const stopsBeingAdmin = (patch.role !== undefined && patch.role !== 'admin') || patch.disabled === true;
        if (before.role === 'admin' && !before.disabled && stopsBeingAdmin && q.countActiveAdmins() <= 1) {
          return { ok: false, reason: 'last_admin' };
        }
        const after = q.updateModerator(id, patch, now)!;
        if (after.disabled) q.deleteSessionsOf(id);
        else if (patch.passwordHash) q.deleteSessionsOf(id, keepSession);
        auditQ.recordAudit(audit(before, after));
        return { ok: true, before, after };
      }, IMMEDIATE),
    createSession: async (row, audit) =>
      db.transaction(() => {
        q.insertSession(row);
        auditQ.recordAudit(audit);
      }, IMMEDIATE),
    findSession: async (idHash) => q.findSession(idHash),
    touchSession: async (idHash, now) => q.touchSession(idHash, now),
    endSessions: async (target, audit) =>
      db.transaction(() => {
        let ended: number;
        if ('idHash' in target) {
          ended = q.findSession(target.idHash) ? 1 : 0;
          q.deleteSession(target.idHash);
        } else {
          ended = q.deleteSessionsOf(target.moderatorId);
        }
        if (audit) auditQ.recordAudit({ ...audit, details: { ...audit.details, sessionsEnded: ended } });
        return ended;
      }, IMMEDIATE),
    claimLoginAttempt: async (keys, at, since, max) =>
      // Immediate: the write lock is taken before the count, so another process cannot count the same moment.
      db.transaction(
        (): LoginClaim => {
          q.pruneFailures(since);
          const counts = keys.map((key) => q.countFailures(key, since));
          const blocked = counts.filter((k) => k.count >= max);
          if (blocked.length > 0) return { claimed: false, blockedOldest: blocked.map((k) => k.oldest ?? at) };
          return { claimed: true, ids: keys.map((key) => q.insertFailure(key, at)) };
        },
        { behavior: 'immediate' },
      ),
    forgiveLoginAttempt: async (ids, clearKey) =>
      db.transaction(() => {
        q.deleteFailureIds(ids);
        if (clearKey) q.deleteFailures(clearKey);
      }, IMMEDIATE),
    recordAudit: async (entry) => auditQ.recordAudit(entry),
    listAudit: async (filter, limit) => auditQ.listAudit(filter, limit),
  };
}
