// Every review submission a client sends, accepted or refused, so REVIEW_RATE_LIMIT counts refusals too. Rows
// live one rate window (an hour) and are then deleted (server/domain/forget-client-hashes.ts).
import { sqliteTable, integer, text, index } from 'drizzle-orm/sqlite-core';

export const submissionAttempts = sqliteTable(
  'submission_attempts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** Keyed hash of the client address (CLIENT_HASH_KEY); the raw address is never stored. */
    clientHash: text('client_hash').notNull(),
    at: integer('at').notNull(),
  },
  (t) => [index('submission_attempts_client').on(t.clientHash, t.at), index('submission_attempts_at').on(t.at)],
);
