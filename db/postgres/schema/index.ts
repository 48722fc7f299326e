// Every PostgreSQL table, for drizzle-kit (drizzle.postgres.config.ts) and for typed queries. It mirrors the SQLite
// schema in db/sqlite/schema/ table for table, column for column, index for index (test/postgres/schema-parity.test.ts
// fails when a SQLite migration is not mirrored here): integer ms timestamps are bigint, JSON text is jsonb
// read back as text (json-text.ts), REAL is double precision, the queue's expression index is jsonb operators.
//
// Not ported: SQLite's queue triggers (0009, 0010; dropped by 0016: the queue's figures now move with every other
// one, in TypeScript, db/figure-changes.ts), the backfills in 0009/0010 and 0014's clearing of client hashes made
// with the old key, which a fresh database needs none of.
export * from './companies';
export * from './reviews';
export * from './settings';
export * from './moderation-counts';
export * from './patterns';
export * from './moderators';
export * from './reader-feedback';
export * from './guides';
export * from './queue-reasons';
export * from './submission-attempts';
export * from './write-buckets';
