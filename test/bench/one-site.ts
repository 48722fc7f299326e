// "One consistent site": after the load, every instance must show the same company summary, and its count must be
// the published reviews the database really holds, read with SQL beside the app rather than through it.
import Database from 'better-sqlite3';
import pg from 'pg';
import { BENCH_SLUG, type BenchDatabase } from './bench-database';

export interface SiteCheck {
  /** The summary count each instance showed, in instance order. */
  counts: number[];
  stored: number;
  consistent: boolean;
  /** Milliseconds after the load until they agreed (or gave up). */
  waitedMs: number;
}

const PUBLISHED = `select count(*)::int as n from reviews r join companies c on c.id = r.company_id where c.slug = $1 and r.status = 'published'`;

async function storedPublished(database: BenchDatabase): Promise<number> {
  if (database.url) {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      return (await client.query<{ n: number }>(PUBLISHED, [BENCH_SLUG])).rows[0]!.n;
    } finally {
      await client.end();
    }
  }
  const sqlite = new Database(database.path, { readonly: true });
  try {
    const row = sqlite.prepare(PUBLISHED.replace('::int', '').replace('$1', '?')).get(BENCH_SLUG) as { n: number };
    return row.n;
  } finally {
    sqlite.close();
  }
}

const summaryOf = async (url: string) =>
  ((await (await fetch(`${url}/api/companies/${BENCH_SLUG}`)).json()) as { summary: { count: number } }).summary;

/**
 * Asked until it agrees or 5 s pass: autocannon stops at its deadline with requests still in the servers,
 * which are written (and counted) a moment after.
 */
export async function checkOneSite(urls: string[], database: BenchDatabase): Promise<SiteCheck> {
  const started = Date.now();
  for (;;) {
    const summaries = await Promise.all(urls.map(summaryOf));
    const stored = await storedPublished(database);
    const same = summaries.every((s) => JSON.stringify(s) === JSON.stringify(summaries[0]));
    const consistent = same && summaries[0]!.count === stored;
    const waitedMs = Date.now() - started;
    if (consistent || waitedMs > 5000) return { counts: summaries.map((s) => s.count), stored, consistent, waitedMs };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
