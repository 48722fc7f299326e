// PatternsStore on PostgreSQL: the twin of db/sqlite/patterns-store.ts.
import type { PostgresConnection } from './client';
import type { StoreRules } from '../store-rules';
import type { PatternsStore } from '../sqlite/patterns-store';
import { unported } from './unported';

export function patternsStore(_conn: PostgresConnection, _rules: StoreRules): PatternsStore {
  return unported<PatternsStore>('patternsStore');
}
