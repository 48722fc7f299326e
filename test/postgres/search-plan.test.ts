// On an analyzed search index, a rare word is read from the GIN index and a common one along the company's
// newest entries: never the plan that walks every entry to find a word the planner wrongly thinks common (a
// prefix it has no statistics of), which took half a second at a million reviews.
import { drizzle } from 'drizzle-orm/node-postgres';
import { describe, expect, inject, it } from 'vitest';
import { openPostgres, type PgDb } from '../../db/postgres/connection';
import * as schema from '../../db/postgres/schema';
import { reviewSearchQueries } from '../../db/postgres/queries/review-search';
import { parseSearch } from '../../server/contract/search-query';
import { STORE_RULES } from '../../server/domain/store-rules';
import { useTestDatabase } from '../helpers/postgres-cluster';

const ENTRIES = 60_000;

describe.skipIf(!inject('postgresAdminUrl'))('the search query plans on PostgreSQL', () => {
  const database = useTestDatabase();

  it('reads a rare prefix from the GIN index and walks the newest entries for a common word', { timeout: 60_000 }, async () => {
    const conn = await openPostgres(database.url, 1);
    const client = await conn.pool.connect();
    try {
      await client.query(`insert into companies (id, slug, name, category, created_at) values (1, 'acme', 'Acme', 'x', 0)`);
      // Every entry says "refund", one in ten "router", none "0x8007…"; ANALYZE gives the planner their statistics.
      await client.query(
        `insert into review_search (review_id, company_id, document)
          select i, 1, earful_search_document(null, 'the refund took weeks ' || case when i % 10 = 0 then 'router ' else '' end || 'word' || (i % 997))
          from generate_series(1, ${ENTRIES}) as i`,
      );
      await client.query('analyze review_search');
      const statements: { query: string; params: unknown[]; name?: string }[] = [];
      const db = drizzle(client, { schema, logger: { logQuery: (query, params) => void statements.push({ query, params }) } });
      // The search's own statements are named prepared ones, sent past drizzle: recorded where they reach the client.
      const send = client.query.bind(client) as (config: unknown) => Promise<unknown>;
      (client as unknown as { query: unknown }).query = (config: unknown, ...rest: unknown[]) => {
        const named = config as { name?: string; text?: string; values?: unknown[] };
        if (named.name?.startsWith('earful_') && named.text)
          statements.push({ query: named.text, params: named.values ?? [], name: named.name });
        return (send as (...args: unknown[]) => Promise<unknown>)(config, ...rest);
      };
      const search = reviewSearchQueries(db as unknown as PgDb, STORE_RULES.reviewSortKeys);
      const plansOf = async (text: string) => {
        const filter = { companyId: 1, status: 'published' as const, search: parseSearch(text) };
        // Past the five custom plans after which PostgreSQL may keep a generic one: the plans a busy site runs.
        for (let i = 0; i < 7; i++) {
          statements.length = 0;
          await search.listReviews(filter, 'relevance', null, 20);
          await search.countReviews(filter);
        }
        const searches = statements.filter((s) => /review_search/.test(s.query) && !/pg_stats/.test(s.query));
        const plans: string[] = [];
        for (const { name, params } of searches) {
          // EXPLAIN EXECUTE takes no parameters: the values as literals, which take the statement's own types.
          const args = params.map((v) => client.escapeLiteral(String(v))).join(', ');
          const { rows } = (await send({ text: `explain execute ${name!}(${args})` })) as { rows: unknown[] };
          plans.push((rows as { 'QUERY PLAN': string }[]).map((row) => row['QUERY PLAN']).join('\n'));
        }
        return plans;
      };

      const rare = await plansOf('0x8007');
      for (const plan of rare) {
        expect(plan).not.toMatch(/Seq Scan on review_search/);
        expect(plan).toMatch(/Bitmap Index Scan on review_search_document/);
      }
      // One statement for the window and its reviews' ordering fields, one for the count.
      expect(rare).toHaveLength(2);
      const common = await plansOf('refund');
      expect(common).toHaveLength(2);
      for (const plan of common) {
        expect(plan).toMatch(/Index Scan Backward using review_search_\w+ on review_search/);
        expect(plan).not.toMatch(/Bitmap Index Scan on review_search_document|Seq Scan on review_search/);
      }
    } finally {
      client.release();
      await conn.close();
    }
  });

  it("keeps the GIN index's pending list small, since every rare word's lookup reads it whole", async () => {
    const conn = await openPostgres(database.url, 1);
    try {
      const { rows } = await conn.pool.query<{ options: string[] }>(
        `select reloptions as options from pg_class where relname = 'review_search_document'`,
      );
      expect(rows[0]?.options).toContain('gin_pending_list_limit=128');
    } finally {
      await conn.close();
    }
  });
});
