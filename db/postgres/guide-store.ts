// GuideStore on PostgreSQL: the twin of db/sqlite/guide-store.ts. A guide is read whole in one snapshot and
// replaced whole, guarded by its version, with its audit entry in the same transaction.
import type { PostgresConnection, PgQuery } from './connection';
import type { GuideStore, StoredGuide } from '../../server/contract/store';
import { recordAudit } from './queries/audit';
import * as q from './queries/guides';

// How long a kept read is served before its version is checked again: another instance's change shows within this.
const RECHECK_MS = 1_000;

interface Kept {
  stored: StoredGuide;
  checkedAt: number;
}

const versionOf = (stored: StoredGuide | undefined) => stored?.guide?.version ?? 0;

export function guideStore(conn: PostgresConnection): GuideStore {
  const { db } = conn;
  const read = async (tx: PgQuery, companyId: number): Promise<StoredGuide> => ({
    guide: await q.findGuide(tx, companyId),
    sections: await q.findSections(tx, companyId),
    hints: await q.findHints(tx, companyId),
  });
  // One snapshot for the three reads, so a replacement committing between them cannot be seen half.
  const readConsistent = (companyId: number) =>
    db.transaction((tx) => read(tx, companyId), { isolationLevel: 'repeatable read', accessMode: 'read only' });

  // Guides change rarely and every company page reads one: the last read is kept per company and served again
  // (the same object, so callers can memoise what they derive from it) while its version is unchanged; the
  // version is asked at most once a second per company, this instance's own replacements are kept at once.
  const lastRead = new Map<number, Kept>();
  const keep = (companyId: number, stored: StoredGuide, seen: Kept | undefined) => {
    const current = lastRead.get(companyId);
    // A read that started before a newer one was kept (our own replacement, say) must not put an older guide back.
    if (current === seen || versionOf(stored) >= versionOf(current?.stored)) {
      lastRead.set(companyId, { stored, checkedAt: performance.now() });
    }
  };

  return {
    findGuide: async (companyId) => {
      const kept = lastRead.get(companyId);
      if (kept) {
        if (performance.now() - kept.checkedAt < RECHECK_MS) return kept.stored;
        if ((await q.findGuideVersion(db, companyId)) === versionOf(kept.stored)) {
          kept.checkedAt = performance.now();
          return kept.stored;
        }
      }
      const fresh = await readConsistent(companyId);
      keep(companyId, fresh, kept);
      return lastRead.get(companyId)?.stored ?? fresh;
    },
    replaceGuide: async (companyId, expectedVersion, next, now, audit) => {
      const stored = await db.transaction(async (tx) => {
        if (!(await q.bumpGuideVersion(tx, companyId, expectedVersion, now))) return undefined;
        await q.replaceSections(tx, companyId, next.sections);
        await q.replaceHints(tx, companyId, next.hints);
        await recordAudit(tx, audit);
        return read(tx, companyId);
      });
      if (stored) keep(companyId, stored, lastRead.get(companyId));
      return stored;
    },
  };
}
