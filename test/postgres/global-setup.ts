// Vitest global setup for the PostgreSQL half (npm run test:postgres): checks that DATABASE_URL's server answers,
// and tells the files they run in this project (the node project's glob finds them too, and skips them).
import pg from 'pg';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresAdminUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) throw new Error('DATABASE_URL is not set: the PostgreSQL tests need a server (README, "Test it")');
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 10_000 });
  await client.connect();
  await client.end();
  project.provide('postgresAdminUrl', adminUrl);
}
