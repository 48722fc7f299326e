// drizzle-kit for the PostgreSQL store: generates the committed SQL migrations under db/postgres/migrations
// from db/postgres/schema (`npm run db:generate:postgres`). The SQLite store's config is drizzle.config.ts.
import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './db/postgres/schema/index.ts',
  out: './db/postgres/migrations',
});
