// Every PostgreSQL table, for drizzle-kit and typed queries: db/sqlite/schema/ mirrored table for table (schema-parity
// test); the dialect differences and what is not ported: docs/decisions.md#postgresql-schema.
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
export * from './replies';
export * from './review-search';
