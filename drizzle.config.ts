// drizzle-kit: generates the committed SQL migrations under db/sqlite/migrations from db/sqlite/schema.
import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'sqlite',
  schema: './db/sqlite/schema/index.ts',
  out: './db/sqlite/migrations',
});
