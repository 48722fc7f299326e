// Client hashes in the store: review submission attempts, counted atomically, and forgetting hashes once
// their windows have passed or their key has changed.
import { IMMEDIATE, type Connection } from './connection';
import { clientDataQueries, type ClientHashCutoffs } from './queries/client-data';
import { groupCommit } from './group-commit';
import { writeBucketQueries } from './queries/write-buckets';
import type { ClientDataStore, AttemptClaim } from '../../server/contract/store';

export type { ClientHashCutoffs };

const KEY_ID_SETTING = 'client-hash-key-id';

export function clientDataStore(conn: Connection): ClientDataStore {
  const { db } = conn;
  const q = clientDataQueries(db);
  // One read and at most one insert a claim: no savepoint needed (db/sqlite/group-commit.ts).
  const attempts = groupCommit<AttemptClaim>(conn.sqlite, { singleWriteJobs: true });
  const buckets = writeBucketQueries(conn.sqlite);
  const all = Number.MAX_SAFE_INTEGER;
  const EVERYTHING: ClientHashCutoffs = { reviews: all, attempts: all, loginFailures: all, votes: all, reports: all, writeBuckets: all };
  return {
    // Each attempt is checked and recorded in one step of a transaction shared with the attempts of the same
    // moment (group commit): as atomic as a transaction of its own, at a fraction of the commits under a flood.
    claimSubmissionAttempt: (clientHash, at, since, max) =>
      attempts.run((): AttemptClaim => {
        const { count, oldest } = q.countAttempts(clientHash, since);
        if (count >= max) return { counted: false, oldest: oldest ?? at };
        q.insertAttempt(clientHash, at);
        return { counted: true, before: count };
      }),
    takeWriteToken: async (clientHash, at, perMinute) => buckets.take(clientHash, at, perMinute),
    forgetClientHashes: async (before) => db.transaction(() => q.forgetClientHashes(before), IMMEDIATE),
    adoptClientHashKey: async (keyId) =>
      db.transaction(() => {
        const known = q.findSetting(KEY_ID_SETTING);
        if (known === keyId) return false;
        // No key recorded yet: the migration that moved the key out already cleared the old hashes.
        if (known !== undefined) q.forgetClientHashes(EVERYTHING);
        q.putSetting(KEY_ID_SETTING, keyId);
        return known !== undefined;
      }, IMMEDIATE),
  };
}
