// The SQLite store: every read and write the app makes, as units of work, one area per file. It implements the
// domain's port (server/domain/store) structurally: server/store-factory.ts is where the two are checked to agree.
import type { Connection } from './client';
import type { StoreRules } from '../store-rules';
import { reviewStore, type ReviewStore } from './review-store';
import { moderatorStore, type ModeratorStore } from './moderator-store';
import { moderationStore, type ModerationStore } from './moderation-store';
import { patternsStore, type PatternsStore } from './patterns-store';
import { guideStore, type GuideStore } from './guide-store';
import { moderationFactsStore, type ModerationFactsStore } from './moderation-facts-store';
import { clientDataStore, type ClientDataStore } from './client-data-store';
import { isSqliteUnavailable } from './unavailable';

export type * from './review-store';
export type * from './moderator-store';
export type * from './moderation-store';
export type * from './patterns-store';
export type * from './guide-store';
export type * from './client-data-store';

export type Store = ReviewStore &
  ModeratorStore &
  ModerationStore &
  PatternsStore &
  GuideStore &
  ModerationFactsStore &
  ClientDataStore & {
    close(): Promise<void>;
    isUnavailable(error: unknown): boolean;
  };

/** `rules`: the domain's figure rules and sort keys (db/store-rules.ts), handed in by server/store-factory.ts. */
export function createSqliteStore(conn: Connection, rules: StoreRules): Store {
  // One review area: a second would prepare every statement again and keep its own company cache and group commit.
  const reviews = reviewStore(conn, rules);
  return {
    ...reviews,
    ...moderatorStore(conn),
    ...moderationStore(conn, reviews, rules.figures),
    ...patternsStore(conn, rules.figures),
    ...guideStore(conn),
    ...moderationFactsStore(conn),
    ...clientDataStore(conn),
    close: async () => conn.close(),
    isUnavailable: isSqliteUnavailable,
  };
}
