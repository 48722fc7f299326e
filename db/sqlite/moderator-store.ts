// Moderators in the store: accounts, sessions, login throttling and the audit trail, each change with its audit
// entry in one transaction.
import { IMMEDIATE, type Connection } from './connection';
import { auditQueries, type AuditFilter, type AuditInput, type AuditRow } from './queries/audit';
import { moderatorQueries, type ModeratorPatch, type ModeratorRow, type ModeratorSessionRow } from './queries/moderators';
import { moderatorCompanyQueries } from './queries/moderator-companies';
import type { ModeratorStore, LoginClaim, ModeratorUpdate } from '../../server/contract/store';

export type { AuditFilter, AuditInput, AuditRow, ModeratorPatch, ModeratorRow, ModeratorSessionRow };

export function moderatorStore(conn: Connection): ModeratorStore {
  const { db } = conn;
  const q = moderatorQueries(db);
  const auditQ = auditQueries(db);
  const grants = moderatorCompanyQueries(db);
  const record = (entries: AuditInput | AuditInput[]) => [entries].flat().forEach((entry) => auditQ.recordAudit(entry));

  return {
    findModeratorById: async (id) => q.findModeratorById(id),
    findModeratorByEmail: async (email) => q.findModeratorByEmail(email),
    listModerators: async () => q.listModerators(),
    listModeratorCompanies: async (moderatorId) => grants.list(moderatorId),
    insertModerator: async (row, audit, companyIds) =>
      db.transaction(() => {
        const stored = q.insertModerator(row);
        if (!stored) return undefined;
        if (companyIds?.length) grants.replace(stored.id, companyIds);
        record(audit(stored));
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
        const { companyIds, ...fields } = patch;
        const after = q.updateModerator(id, fields, now)!;
        if (companyIds) grants.replace(id, companyIds);
        if (after.disabled) q.deleteSessionsOf(id);
        else if (patch.passwordHash) q.deleteSessionsOf(id, keepSession);
        record(audit(before, after));
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
