// Every table, for drizzle-kit and for typed queries.
export * from './companies';
export * from './reviews';
export * from './settings';
export * from './moderation-counts';
