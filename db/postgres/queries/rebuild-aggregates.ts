// Recomputes every maintained figure from the reviews table in bulk on PostgreSQL: the twin of
// db/sqlite/queries/rebuild-aggregates.ts, the SQL mirroring server/domain/patterns/aggregate-keys.ts.
import { and, asc, eq, sql } from 'drizzle-orm';
import type { PgQuery, PgTx } from '../connection';
import { companies, patternPhrases, reviews } from '../schema';
import type { FigureRules } from '../../../server/contract/store/store-rules';
import { noteFiguresChanged } from '../../figures-epoch';
import { BREAKDOWN_VALUES, GROUP_VALUE } from '../../rebuild-keys';

/** One pass over the published reviews (bodies and all) into a narrow temp table; every group-by reads that instead. */
const COLLECT_FACTS = `create temp table published_facts on commit drop as
  select company_id, rating, issue_type, contact_method, billing_party, response_time, next_steps_explained, outcome, resolved,
    sentiment_label, to_char(to_timestamp(created_at / 1000.0) at time zone 'UTC', 'YYYY-MM') as month
  from reviews where status = 'published'`;
const PUBLISHED = `from published_facts where true`;
const GROUP_COUNTS = `count(*), sum(rating), count(*) filter (where resolved = 'yes'), count(*) filter (where resolved = 'partly'),
  count(*) filter (where next_steps_explained), count(next_steps_explained), count(*) filter (where sentiment_label = 'negative')`;

async function rebuildCounters(tx: PgTx): Promise<void> {
  await tx.execute(sql.raw(COLLECT_FACTS));
  await tx.execute(sql.raw(`insert into company_summaries (company_id) select id from companies on conflict do nothing`));
  await tx.execute(
    sql.raw(
      `update company_summaries set review_count = 0, rating_sum = 0, stars_1 = 0, stars_2 = 0, stars_3 = 0, stars_4 = 0, stars_5 = 0`,
    ),
  );
  await tx.execute(
    sql.raw(`update company_summaries set review_count = t.n, rating_sum = t.s, stars_1 = t.s1, stars_2 = t.s2, stars_3 = t.s3,
      stars_4 = t.s4, stars_5 = t.s5
      from (select company_id, count(*) n, sum(rating) s, count(*) filter (where rating = 1) s1, count(*) filter (where rating = 2) s2,
              count(*) filter (where rating = 3) s3, count(*) filter (where rating = 4) s4, count(*) filter (where rating = 5) s5
            ${PUBLISHED} group by company_id) t
      where company_summaries.company_id = t.company_id`),
  );
  await tx.execute(sql.raw(`delete from pattern_groups`));
  await tx.execute(sql.raw(`delete from pattern_breakdowns`));
  // Grouped by position: PostgreSQL refuses a literal ('' for all) written in GROUP BY.
  for (const [dimension, value] of Object.entries(GROUP_VALUE)) {
    await tx.execute(
      sql`insert into pattern_groups (company_id, dimension, value, review_count, rating_sum, resolved_yes, resolved_partly,
           next_steps_yes, next_steps_answered, negative_count)
         select company_id, ${dimension}::text, ${sql.raw(value)}, ${sql.raw(GROUP_COUNTS)} ${sql.raw(PUBLISHED)}
         group by 1, 3`,
    );
  }
  for (const [breakdown, [value, subValue]] of Object.entries(BREAKDOWN_VALUES)) {
    await tx.execute(
      sql`insert into pattern_breakdowns (company_id, breakdown, value, sub_value, count)
         select company_id, ${breakdown}::text, ${sql.raw(value)}, ${sql.raw(subValue)}, count(*)
         ${sql.raw(PUBLISHED)} and ${sql.raw(subValue)} is not null
         group by 1, 3, 4`,
    );
  }
  await tx.execute(sql.raw(`drop table published_facts`));
}

/** Texts read per company in pages along its list index, so memory stays bounded as SQLite's iteration keeps it. */
const TEXT_PAGE = 2_000;
/** Rows per phrase insert: four parameters each, well under PostgreSQL's 65,535. */
const INSERT_BATCH = 5_000;

/** Phrases need the tokeniser, so they are counted in code, one company at a time to bound memory. */
async function rebuildPhrases(tx: PgTx, { reviewPhrases }: Pick<FigureRules, 'reviewPhrases'>): Promise<void> {
  await tx.delete(patternPhrases);
  const companyIds = (await tx.select({ id: companies.id }).from(companies).orderBy(asc(companies.id))).map((c) => c.id);
  for (const companyId of companyIds) {
    const counts = new Map<string, number>();
    let after: { createdAt: number; id: number } | null = null;
    for (;;) {
      const page: { issueType: string; title: string | null; body: string; createdAt: number; id: number }[] = await tx
        .select({ issueType: reviews.issueType, title: reviews.title, body: reviews.body, createdAt: reviews.createdAt, id: reviews.id })
        .from(reviews)
        .where(
          and(
            eq(reviews.companyId, companyId),
            eq(reviews.status, 'published'),
            // A row comparison, which PostgreSQL starts the index walk at (an OR of the two cases it would filter).
            after ? sql`(${reviews.createdAt}, ${reviews.id}) > (${after.createdAt}, ${after.id})` : undefined,
          ),
        )
        .orderBy(asc(reviews.createdAt), asc(reviews.id))
        .limit(TEXT_PAGE);
      for (const { issueType, title, body } of page) {
        for (const phrase of reviewPhrases({ title, body })) {
          const key = `${issueType}\u0000${phrase}`;
          counts.set(key, (counts.get(key) ?? 0) + 1);
        }
      }
      if (page.length < TEXT_PAGE) break;
      const last = page[page.length - 1]!;
      after = { createdAt: last.createdAt, id: last.id };
    }
    const rows = [...counts].map(([key, count]) => {
      const [issueType, phrase] = key.split('\u0000') as [string, string];
      return { companyId, issueType, phrase, count };
    });
    for (let i = 0; i < rows.length; i += INSERT_BATCH) await tx.insert(patternPhrases).values(rows.slice(i, i + INSERT_BATCH));
  }
}

/** The queue's totals and reason counts (maintained with each review change), recounted from the pending reviews. */
async function rebuildQueueCounts(tx: PgTx): Promise<void> {
  await tx.execute(sql.raw(`delete from queue_counts`));
  await tx.execute(
    sql.raw(`insert into queue_counts (company_id, pending)
      select company_id, count(*) from reviews where status = 'pending' group by company_id`),
  );
  await tx.execute(sql.raw(`delete from queue_reason_counts`));
  await tx.execute(
    sql.raw(`insert into queue_reason_counts (company_id, reason, count)
      select reviews.company_id, r.value, count(*) from reviews, jsonb_array_elements_text(reviews.moderation -> 'reasons') r(value)
      where reviews.status = 'pending' group by reviews.company_id, r.value`),
  );
}

/** The search index, written anew from the published reviews (as migration 0004 first fills it). */
export async function rebuildSearch(q: PgQuery): Promise<void> {
  await q.execute(sql.raw(`delete from review_search`));
  await q.execute(
    sql.raw(`insert into review_search (review_id, company_id, document)
      select id, company_id, earful_search_document(title, body) from reviews where status = 'published'`),
  );
  // The planner chooses between walking a company's entries and the GIN index from the words' statistics.
  await q.execute(sql.raw(`analyze review_search`));
}

/**
 * Every maintained figure (summaries, patterns, queue counts) and the search index recomputed in one transaction; caches see a new
 * version. The lock lets no review change commit meanwhile (as SQLite's single writer does) and lets one rebuild
 * run at a time; readers are not blocked. Inside a transaction `q`, it runs as a savepoint of it.
 */
export async function rebuildAggregates(q: PgQuery, rules: Pick<FigureRules, 'reviewPhrases'>): Promise<void> {
  await q.transaction(async (tx) => {
    await tx.execute(sql.raw(`lock table reviews in share row exclusive mode`));
    await rebuildCounters(tx);
    await rebuildPhrases(tx, rules);
    await rebuildQueueCounts(tx);
    await rebuildSearch(tx);
    await tx.execute(
      sql.raw(`insert into pattern_versions (company_id, version) select id, 1 from companies
        on conflict (company_id) do update set version = pattern_versions.version + 1`),
    );
  });
  noteFiguresChanged();
}
