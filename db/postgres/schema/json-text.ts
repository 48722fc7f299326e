// A JSON column stored as jsonb but typed as its JSON text, as the SQLite schema's JSON columns are, so the
// shared row mappers (JSON.parse on read, JSON.stringify on write) serve both stores.
import { customType } from 'drizzle-orm/pg-core';

export const jsonText = customType<{ data: string; driverData: unknown }>({
  dataType: () => 'jsonb',
  // The text goes as a parameter and PostgreSQL parses it; node-postgres hands jsonb back parsed.
  toDriver: (value) => value,
  fromDriver: (value) => (typeof value === 'string' ? value : JSON.stringify(value)),
});
