// ClientDataStore on PostgreSQL: the twin of db/sqlite/client-data-store.ts.
import type { PostgresConnection } from './client';
import type { StoreRules } from '../store-rules';
import type { ClientDataStore } from '../sqlite/client-data-store';
import { unported } from './unported';

export function clientDataStore(_conn: PostgresConnection, _rules: StoreRules): ClientDataStore {
  return unported<ClientDataStore>('clientDataStore');
}
