// The PostgreSQL store: the same port as db/sqlite/store.ts, one area per file, every method a few awaited
// queries on the pool or in one transaction. server/store-factory.ts builds it when DATABASE_URL is set.
import type { PostgresConnection } from './connection';
import type { StoreRules } from '../../server/contract/store/store-rules';
import type { Store } from '../../server/contract/store';
import { reviewStore } from './review-store';
import { moderatorStore } from './moderator-store';
import { moderationStore } from './moderation-store';
import { patternsStore } from './patterns-store';
import { guideStore } from './guide-store';
import { moderationFactsStore } from './moderation-facts-store';
import { clientDataStore } from './client-data-store';
import { replyStore } from './reply-store';
import { isPostgresUnavailable } from './unavailable';

export function createPostgresStore(conn: PostgresConnection, rules: StoreRules): Store {
  return {
    ...reviewStore(conn, rules),
    ...moderatorStore(conn),
    ...moderationStore(conn, rules),
    ...patternsStore(conn, rules),
    ...guideStore(conn),
    ...moderationFactsStore(conn),
    ...clientDataStore(conn),
    ...replyStore(conn, rules),
    close: () => conn.close(),
    isUnavailable: isPostgresUnavailable,
  };
}
