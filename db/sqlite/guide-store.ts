// Company guides in the store: read a guide whole; replace it whole, guarded by its version, with its audit entry.
import { IMMEDIATE, type Connection } from './connection';
import { auditQueries } from './queries/audit';
import { guideQueries, type CompanyGuideRow, type GuideHintRow, type GuideSectionRow } from './queries/guides';
import type { GuideStore, StoredGuide } from '../../server/contract/store';

export type { CompanyGuideRow, GuideHintRow, GuideSectionRow };

export function guideStore(conn: Connection): GuideStore {
  const { db } = conn;
  const q = guideQueries(db);
  const auditQ = auditQueries(db);
  const read = (companyId: number): StoredGuide => ({
    guide: q.findGuide(companyId),
    sections: q.findSections(companyId),
    hints: q.findHints(companyId),
  });

  // Guides change rarely and every company page reads one: the last read is kept per company and served again
  // while the guide's version (one row, so another process's change is seen too) is unchanged. The same object
  // comes back, so callers can memoise what they derive from it.
  const lastRead = new Map<number, StoredGuide>();

  return {
    findGuide: async (companyId) => {
      const kept = lastRead.get(companyId);
      if (kept && kept.guide?.version === q.findGuide(companyId)?.version) return kept;
      const fresh = db.transaction(() => read(companyId));
      lastRead.set(companyId, fresh);
      return fresh;
    },
    replaceGuide: async (companyId, expectedVersion, next, now, audit) =>
      db.transaction(() => {
        if ((q.findGuide(companyId)?.version ?? 0) !== expectedVersion) return undefined;
        q.replaceSections(companyId, next.sections);
        q.replaceHints(companyId, next.hints);
        q.upsertGuide({ companyId, version: expectedVersion + 1, updatedAt: now });
        auditQ.recordAudit(audit);
        return read(companyId);
      }, IMMEDIATE),
  };
}
