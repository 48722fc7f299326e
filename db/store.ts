// The store: every read and write the app makes, as units of work, one area per file. Routes and domain
// verbs see only this interface, so another database (PostgreSQL for multi-instance deployments) can
// implement it without touching them.
import type { Connection } from './client';
import { reviewStore, type ReviewStore } from './review-store';

export type * from './review-store';

export type Store = ReviewStore & {
  close(): void;
};

export function createSqliteStore(conn: Connection): Store {
  return {
    ...reviewStore(conn),
    close: () => conn.close(),
  };
}
