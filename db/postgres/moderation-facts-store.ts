// ModerationFactsStore on PostgreSQL: the twin of db/sqlite/moderation-facts-store.ts.
import type { PostgresConnection } from './connection';
import type { ModerationFactsStore } from '../../server/contract/store';
import { hasBodyHash } from './queries/moderation-facts';

export function moderationFactsStore(conn: PostgresConnection): ModerationFactsStore {
  return {
    hasBodyHash: (companyId, bodyHash) => hasBodyHash(conn.db, companyId, bodyHash),
  };
}
