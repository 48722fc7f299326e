// ModeratorStore on PostgreSQL: the twin of db/sqlite/moderator-store.ts.
import type { PostgresConnection } from './client';
import type { StoreRules } from '../store-rules';
import type { ModeratorStore } from '../sqlite/moderator-store';
import { unported } from './unported';

export function moderatorStore(_conn: PostgresConnection, _rules: StoreRules): ModeratorStore {
  return unported<ModeratorStore>('moderatorStore');
}
