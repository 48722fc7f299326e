// The per-client write limit's token buckets (PostgreSQL; mirrors db/sqlite/schema/write-buckets.ts).
import { pgTable, bigint, doublePrecision, text } from 'drizzle-orm/pg-core';

export const writeBuckets = pgTable('write_buckets', {
  clientHash: text('client_hash').primaryKey(),
  tokens: doublePrecision('tokens').notNull(),
  updatedAt: bigint('updated_at', { mode: 'number' }).notNull(),
});
