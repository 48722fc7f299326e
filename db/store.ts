// The store: every read and write the app makes, as units of work, one area per file. Routes and domain
// verbs see only this interface, so another database (PostgreSQL for multi-instance deployments) can
// implement it without touching them.
import type { Connection } from './client';
import { reviewStore, type ReviewStore } from './review-store';
import { moderatorStore, type ModeratorStore } from './moderator-store';
import { moderationStore, type ModerationStore } from './moderation-store';
import { patternsStore, type PatternsStore } from './patterns-store';
import { guideStore, type GuideStore } from './guide-store';
import { moderationFactsStore, type ModerationFactsStore } from './moderation-facts-store';
import { clientDataStore, type ClientDataStore } from './client-data-store';

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
    close(): void;
  };

export function createSqliteStore(conn: Connection): Store {
  // One review area: a second would prepare every statement again and keep its own company cache and group commit.
  const reviews = reviewStore(conn);
  return {
    ...reviews,
    ...moderatorStore(conn),
    ...moderationStore(conn, reviews),
    ...patternsStore(conn),
    ...guideStore(conn),
    ...moderationFactsStore(conn),
    ...clientDataStore(conn),
    close: () => conn.close(),
  };
}
