// Every table, for drizzle-kit and for typed queries.
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
