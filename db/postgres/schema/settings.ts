// Instance-wide settings kept in the database (PostgreSQL; mirrors db/sqlite/schema/settings.ts).
import { pgTable, text } from 'drizzle-orm/pg-core';

export const settings = pgTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});
