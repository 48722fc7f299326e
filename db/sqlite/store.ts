// The SQLite store: every read and write the app makes, as units of work, one area per file, each typed against
// the port's declarations (server/contract/store), as db/postgres's are.
import type { Connection } from './connection';
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
import { isSqliteUnavailable } from './unavailable';

export type * from '../../server/contract/store';

/** `rules`: the domain's figure rules and sort keys (server/contract/store/store-rules.ts), handed in by server/store-factory.ts. */
export function createSqliteStore(conn: Connection, rules: StoreRules): Store {
  // One review area: a second would prepare every statement again and keep its own company cache and group commit.
  const reviews = reviewStore(conn, rules);
  const moderation = moderationStore(conn, reviews, rules.figures);
  return {
    ...reviews,
    ...moderatorStore(conn),
    ...moderation,
    ...replyStore(conn, moderation, rules.figures),
    ...patternsStore(conn, rules.figures),
    ...guideStore(conn),
    ...moderationFactsStore(conn),
    ...clientDataStore(conn),
    close: async () => conn.close(),
    isUnavailable: isSqliteUnavailable,
  };
}
