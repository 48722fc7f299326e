// ModerationFactsStore on PostgreSQL: the twin of db/sqlite/moderation-facts-store.ts.
import type { PostgresConnection } from './client';
import type { StoreRules } from '../store-rules';
import type { ModerationFactsStore } from '../sqlite/moderation-facts-store';
import { unported } from './unported';

export function moderationFactsStore(_conn: PostgresConnection, _rules: StoreRules): ModerationFactsStore {
  return unported<ModerationFactsStore>('moderationFactsStore');
}
