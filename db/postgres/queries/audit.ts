// The audit trail on PostgreSQL: append one entry inside the transaction that makes the change; read it back filtered.
import { and, desc, eq, gte, lt, lte, type SQL } from 'drizzle-orm';
import type { PgQuery } from '../connection';
import { auditLog } from '../schema';
import type { AuditFilter, AuditInput, AuditRow } from '../../../server/contract/store';

export async function recordAudit(q: PgQuery, entry: AuditInput): Promise<void> {
  await q.insert(auditLog).values({
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
}

/** Newest first, keyset-paginated by id. */
export async function listAudit(q: PgQuery, filter: AuditFilter, limit: number): Promise<AuditRow[]> {
  const where: SQL[] = [];
  if (filter.action) where.push(eq(auditLog.action, filter.action));
  if (filter.actorId !== undefined) where.push(eq(auditLog.actorId, filter.actorId));
  if (filter.targetType) where.push(eq(auditLog.targetType, filter.targetType));
  if (filter.targetId !== undefined) where.push(eq(auditLog.targetId, filter.targetId));
  if (filter.from !== undefined) where.push(gte(auditLog.at, filter.from));
  if (filter.to !== undefined) where.push(lte(auditLog.at, filter.to));
  if (filter.beforeId !== undefined) where.push(lt(auditLog.id, filter.beforeId));
  return q
    .select()
    .from(auditLog)
    .where(where.length > 0 ? and(...where) : undefined)
    .orderBy(desc(auditLog.id))
    .limit(limit);
}
