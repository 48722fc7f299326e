// The facts moderation loads before its pure run: the same body seen for the company, a client's recent reviews.
import type { Connection } from './client';
import { moderationFactQueries } from './queries/moderation-facts';

export interface ModerationFactsStore {
  /** Whether a review of this company already has this body fingerprint. */
  hasBodyHash(companyId: number, bodyHash: string): Promise<boolean>;
  /** Reviews from this client created after `since`, and when the oldest of them was created. */
  countRecentFromClient(clientHash: string, since: number): Promise<{ count: number; oldest: number | null }>;
}

export function moderationFactsStore(conn: Connection): ModerationFactsStore {
  const q = moderationFactQueries(conn.db);
  return {
    hasBodyHash: async (companyId, bodyHash) => q.hasBodyHash(companyId, bodyHash),
    countRecentFromClient: async (clientHash, since) => q.countRecentFromClient(clientHash, since),
  };
}
