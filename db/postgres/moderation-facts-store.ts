// ModerationFactsStore on PostgreSQL: the twin of db/sqlite/moderation-facts-store.ts.
import type { PostgresConnection } from './client';
import type { StoreRules } from '../../server/contract/store/store-rules';
import type { ModerationFactsStore } from '../../server/contract/store';
import { hasBodyHash } from './queries/moderation-facts';

export function moderationFactsStore(conn: PostgresConnection, _rules: StoreRules): ModerationFactsStore {
  return {
    hasBodyHash: (companyId, bodyHash) => hasBodyHash(conn.db, companyId, bodyHash),
  };
}
