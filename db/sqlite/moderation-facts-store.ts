// The facts a reviewer's edit is moderated with: the same body already seen for the company. (A new review reads
// its facts, this one and the client's recent reviews, inside its own insert: ReviewStore.insertCheckedReview.)
import type { Connection } from './client';
import { moderationFactQueries } from './queries/moderation-facts';

export interface ModerationFactsStore {
  /** Whether a review of this company already has this body fingerprint. */
  hasBodyHash(companyId: number, bodyHash: string): Promise<boolean>;
}

export function moderationFactsStore(conn: Connection): ModerationFactsStore {
  const q = moderationFactQueries(conn.db);
  return {
    hasBodyHash: async (companyId, bodyHash) => q.hasBodyHash(companyId, bodyHash),
  };
}
