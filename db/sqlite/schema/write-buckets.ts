// The per-client write limit (WRITE_RATE_LIMIT): one token bucket per client hash, in the database so every
// process on it counts together. A bucket idle a minute is full again, and is then deleted (forget-client-hashes).
import { sqliteTable, integer, real, text } from 'drizzle-orm/sqlite-core';

export const writeBuckets = sqliteTable('write_buckets', {
  /** Keyed hash of the client address (CLIENT_HASH_KEY); the raw address is never stored. */
  clientHash: text('client_hash').primaryKey(),
  tokens: real('tokens').notNull(),
  updatedAt: integer('updated_at').notNull(),
});
