// The facts a reviewer's edit is moderated with: the same body already seen for the company. (A new review reads
// its facts, this one and the client's recent reviews, inside its own insert: ReviewStore.insertCheckedReview.)
import type { Connection } from './connection';
import { moderationFactQueries } from './queries/moderation-facts';
import type { ModerationFactsStore } from '../../server/contract/store';

export function moderationFactsStore(conn: Connection): ModerationFactsStore {
  const q = moderationFactQueries(conn.db);
  return {
    hasBodyHash: async (companyId, bodyHash) => q.hasBodyHash(companyId, bodyHash),
  };
}
