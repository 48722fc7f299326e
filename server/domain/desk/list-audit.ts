// The audit trail for admins: newest first, filtered, keyset-paginated by entry id.
import type { AuditRow, Store } from '../store';
import type { AuditEntry, AuditPage, AuditQuery } from '../../contract/moderation';
import { invalid } from '../app-error';
import { isoTime } from '../iso-time';

const presentAudit = (row: AuditRow): AuditEntry => ({
  id: row.id,
  at: isoTime(row.at),
  actor: row.actorId === null ? null : { id: row.actorId, email: row.actorEmail },
  action: row.action,
  targetType: row.targetType,
  targetId: row.targetId,
  statusBefore: row.statusBefore,
  statusAfter: row.statusAfter,
  details: JSON.parse(row.details) as Record<string, unknown>,
});

export async function listAudit(store: Store, query: AuditQuery): Promise<AuditPage> {
  const beforeId = query.cursor === undefined ? undefined : Number(query.cursor);
  if (beforeId !== undefined && !(Number.isSafeInteger(beforeId) && beforeId > 0)) throw invalid({ cursor: 'Invalid cursor' });
  const rows = await store.listAudit(
    {
      action: query.action,
      actorId: query.actorId,
      targetType: query.targetType,
      targetId: query.targetId,
      from: query.from === undefined ? undefined : Date.parse(query.from),
      to: query.to === undefined ? undefined : Date.parse(query.to),
      beforeId,
    },
    query.limit + 1,
  );
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  return { entries: page.map(presentAudit), nextCursor: rows.length > query.limit && last ? String(last.id) : null };
}
