// ClientDataStore on PostgreSQL: the twin of db/sqlite/client-data-store.ts. Submission attempts are checked and
// recorded under a lock on the client hash, so instances sharing the database count each attempt once.
import type { PostgresConnection } from './connection';
import type { AttemptClaim, ClientDataStore, ClientHashCutoffs } from '../../server/contract/store';
import * as q from './queries/client-data';
import { lockKey } from './queries/advisory-lock';
import { takeWriteToken } from './queries/write-buckets';

const KEY_ID_SETTING = 'client-hash-key-id';

export function clientDataStore(conn: PostgresConnection): ClientDataStore {
  const { db } = conn;
  const all = Number.MAX_SAFE_INTEGER;
  const EVERYTHING: ClientHashCutoffs = { reviews: all, attempts: all, loginFailures: all, votes: all, reports: all, writeBuckets: all };
  return {
    claimSubmissionAttempt: (clientHash, at, since, max) =>
      db.transaction(async (tx): Promise<AttemptClaim> => {
        await lockKey(tx, `attempts:${clientHash}`);
        const { count, oldest } = await q.countAttempts(tx, clientHash, since);
        if (count >= max) return { counted: false, oldest: oldest ?? at };
        await q.insertAttempt(tx, clientHash, at);
        return { counted: true, before: count };
      }),
    takeWriteToken: (clientHash, at, perMinute) => takeWriteToken(db, clientHash, at, perMinute),
    forgetClientHashes: (before) => db.transaction((tx) => q.forgetClientHashes(tx, before)),
    adoptClientHashKey: (keyId) =>
      db.transaction(async (tx) => {
        // Instances starting together with a new key: one forgets the old hashes, the others then find it recorded.
        await lockKey(tx, `settings:${KEY_ID_SETTING}`);
        const known = await q.findSetting(tx, KEY_ID_SETTING);
        if (known === keyId) return false;
        // No key recorded yet: a fresh database holds no hashes made with another key.
        if (known !== undefined) await q.forgetClientHashes(tx, EVERYTHING);
        await q.putSetting(tx, KEY_ID_SETTING, keyId);
        return known !== undefined;
      }),
  };
}
