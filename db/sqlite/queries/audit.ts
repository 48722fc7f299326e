// The audit trail: append one entry inside the transaction that makes the change; read it back filtered.
import { and, desc, eq, gte, lt, lte, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../connection';
import { auditLog, type AuditRow } from '../schema';
import type { AuditInput, AuditFilter } from '../../../server/contract/store';

export type { AuditInput, AuditFilter };

export type { AuditRow };

export function auditQueries(db: DbOrTx) {
  const insert = db
    .insert(auditLog)
    .values({
      at: sql.placeholder('at'),
      actorId: sql.placeholder('actorId'),
      actorEmail: sql.placeholder('actorEmail'),
      action: sql.placeholder('action'),
      targetType: sql.placeholder('targetType'),
      targetId: sql.placeholder('targetId'),
      statusBefore: sql.placeholder('statusBefore'),
      statusAfter: sql.placeholder('statusAfter'),
      details: sql.placeholder('details'),
    })
    .prepare();

  return {
    recordAudit(entry: AuditInput): void {
      insert.run({
        at: entry.at,
        actorId: entry.actorId,
        actorEmail: entry.actorEmail,
        action: entry.action,
        targetType: entry.targetType,
        targetId: entry.targetId === null ? null : String(entry.targetId),
        statusBefore: entry.statusBefore ?? null,
        statusAfter: entry.statusAfter ?? null,
        details: JSON.stringify(entry.details ?? {}),
      });
    },
    /** Newest first, keyset-paginated by id. */
    listAudit(filter: AuditFilter, limit: number): AuditRow[] {
      const where: SQL[] = [];
      if (filter.action) where.push(eq(auditLog.action, filter.action));
      if (filter.actorId !== undefined) where.push(eq(auditLog.actorId, filter.actorId));
      if (filter.targetType) where.push(eq(auditLog.targetType, filter.targetType));
      if (filter.targetId !== undefined) where.push(eq(auditLog.targetId, filter.targetId));
      if (filter.from !== undefined) where.push(gte(auditLog.at, filter.from));
      if (filter.to !== undefined) where.push(lte(auditLog.at, filter.to));
      if (filter.beforeId !== undefined) where.push(lt(auditLog.id, filter.beforeId));
      return db
        .select()
        .from(auditLog)
        .where(where.length > 0 ? and(...where) : undefined)
        .orderBy(desc(auditLog.id))
        .limit(limit)
        .all();
    },
  };
}
