// ModeratorStore on PostgreSQL: the twin of db/sqlite/moderator-store.ts. Each change and its audit entry in one
// transaction; what SQLite's single writer made atomic takes an advisory lock here, as instances share the database.
import type { PostgresConnection } from './connection';
import type { LoginClaim, ModeratorStore, ModeratorUpdate } from '../../server/contract/store';
import { listAudit, recordAudit } from './queries/audit';
import * as q from './queries/moderators';
import { lockKey } from './queries/advisory-lock';
import { listModeratorCompanies, replaceModeratorCompanies } from './queries/moderator-companies';
import type { AuditInput } from '../../server/contract/store';
import type { PgTx } from './connection';

const recordAll = async (tx: PgTx, entries: AuditInput | AuditInput[]) => {
  for (const entry of [entries].flat()) await recordAudit(tx, entry);
};

// One lock for every change that could leave no enabled admin: two instances each disabling one of the last two
// admins would otherwise both count two.
const ADMINS_LOCK = 'moderators:admins';

export function moderatorStore(conn: PostgresConnection): ModeratorStore {
  const { db } = conn;

  return {
    findModeratorById: (id) => q.findModeratorById(db, id),
    findModeratorByEmail: (email) => q.findModeratorByEmail(db, email),
    listModerators: () => q.listModerators(db),
    listModeratorCompanies: (moderatorId) => listModeratorCompanies(db, moderatorId),
    insertModerator: (row, audit, companyIds) =>
      db.transaction(async (tx) => {
        const stored = await q.insertModerator(tx, row);
        if (!stored) return undefined;
        if (companyIds?.length) await replaceModeratorCompanies(tx, stored.id, companyIds);
        await recordAll(tx, audit(stored));
        return stored;
      }),
    updateModerator: (id, patch, now, audit, keepSession) =>
      db.transaction(async (tx): Promise<ModeratorUpdate> => {
        await lockKey(tx, ADMINS_LOCK);
        const before = await q.findModeratorById(tx, id);
        if (!before) return { ok: false, reason: 'not_found' };
        const stopsBeingAdmin = (patch.role !== undefined && patch.role !== 'admin') || patch.disabled === true;
        if (before.role === 'admin' && !before.disabled && stopsBeingAdmin && (await q.countActiveAdmins(tx)) <= 1) {
          return { ok: false, reason: 'last_admin' };
        }
        const { companyIds, ...fields } = patch;
        const after = (await q.updateModerator(tx, id, fields, now))!;
        if (companyIds) await replaceModeratorCompanies(tx, id, companyIds);
        if (after.disabled) await q.deleteSessionsOf(tx, id);
        else if (patch.passwordHash) await q.deleteSessionsOf(tx, id, keepSession);
        await recordAll(tx, audit(before, after));
        return { ok: true, before, after };
      }),
    createSession: (row, audit) =>
      db.transaction(async (tx) => {
        await q.insertSession(tx, row);
        await recordAudit(tx, audit);
      }),
    findSession: (idHash) => q.findSession(db, idHash),
    touchSession: (idHash, now) => q.touchSession(db, idHash, now),
    endSessions: (target, audit) =>
      db.transaction(async (tx) => {
        const ended = 'idHash' in target ? await q.deleteSession(tx, target.idHash) : await q.deleteSessionsOf(tx, target.moderatorId);
        if (audit) await recordAudit(tx, { ...audit, details: { ...audit.details, sessionsEnded: ended } });
        return ended;
      }),
    claimLoginAttempt: (keys, at, since, max) =>
      db.transaction(async (tx): Promise<LoginClaim> => {
        // One lock per key, taken in sorted order so two claims sharing keys cannot each hold one the other wants.
        for (const key of [...new Set(keys)].sort()) await lockKey(tx, `login:${key}`);
        await q.pruneFailures(tx, since);
        const counts: { count: number; oldest: number | null }[] = [];
        for (const key of keys) counts.push(await q.countFailures(tx, key, since));
        const blocked = counts.filter((k) => k.count >= max);
        if (blocked.length > 0) return { claimed: false, blockedOldest: blocked.map((k) => k.oldest ?? at) };
        const ids: number[] = [];
        for (const key of keys) ids.push(await q.insertFailure(tx, key, at));
        return { claimed: true, ids };
      }),
    forgiveLoginAttempt: (ids, clearKey) =>
      db.transaction(async (tx) => {
        await q.deleteFailureIds(tx, ids);
        if (clearKey) await q.deleteFailures(tx, clearKey);
      }),
    recordAudit: (entry) => recordAudit(db, entry),
    listAudit: (filter, limit) => listAudit(db, filter, limit),
  };
}
