// ModerationStore on PostgreSQL: the twin of db/sqlite/moderation-store.ts.
import type { PostgresConnection } from './client';
import type { StoreRules } from '../store-rules';
import type { ModerationStore } from '../sqlite/moderation-store';
import { unported } from './unported';

export function moderationStore(_conn: PostgresConnection, _rules: StoreRules): ModerationStore {
  return unported<ModerationStore>('moderationStore');
}
