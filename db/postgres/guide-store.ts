// GuideStore on PostgreSQL: the twin of db/sqlite/guide-store.ts.
import type { PostgresConnection } from './client';
import type { StoreRules } from '../store-rules';
import type { GuideStore } from '../sqlite/guide-store';
import { unported } from './unported';

export function guideStore(_conn: PostgresConnection, _rules: StoreRules): GuideStore {
  return unported<GuideStore>('guideStore');
}
