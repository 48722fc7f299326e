// ReviewStore on PostgreSQL: the twin of db/sqlite/review-store.ts.
import type { PostgresConnection } from './client';
import type { StoreRules } from '../store-rules';
import type { ReviewStore } from '../sqlite/review-store';
import { unported } from './unported';

export function reviewStore(_conn: PostgresConnection, _rules: StoreRules): ReviewStore {
  return unported<ReviewStore>('reviewStore');
}
