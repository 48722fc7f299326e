// Every review submission a client sends, for REVIEW_RATE_LIMIT (PostgreSQL; mirrors db/sqlite/schema/submission-attempts.ts).
import { pgTable, bigint, text, index } from 'drizzle-orm/pg-core';

export const submissionAttempts = pgTable(
  'submission_attempts',
  {
    // bigint: rows live an hour, but every submission takes an id, so a 32-bit counter would run out under floods.
    id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
    clientHash: text('client_hash').notNull(),
    at: bigint('at', { mode: 'number' }).notNull(),
  },
  (t) => [index('submission_attempts_client').on(t.clientHash, t.at), index('submission_attempts_at').on(t.at)],
);
