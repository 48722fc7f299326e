// Recomputes every maintained figure from the reviews table in bulk: the fast path after a bulk load, and
// the repair tool if figures were ever suspected wrong. The SQL mirrors server/domain/patterns/aggregate-keys.ts.
import type Database from 'better-sqlite3';
import type { FigureRules } from '../../../server/contract/store/store-rules';
import { noteFiguresChanged } from '../../figures-epoch';
import { BREAKDOWN_VALUES, GROUP_VALUE } from '../../rebuild-keys';

/** One pass over the reviews (bodies and all) into a narrow temp table; every group-by reads that instead. */
const FACTS = 'temp.published_facts';
const COLLECT_FACTS = `create temp table published_facts as
  select company_id, rating, issue_type, contact_method, billing_party, response_time, next_steps_explained, outcome, resolved,
    sentiment_label, strftime('%Y-%m', created_at / 1000, 'unixepoch') as month
  from reviews where status = 'published'`;
const PUBLISHED = `from ${FACTS} where true`;
const GROUP_COUNTS = `count(*), sum(rating), count(*) filter (where resolved = 'yes'), count(*) filter (where resolved = 'partly'),
  count(*) filter (where next_steps_explained = 1), count(next_steps_explained), count(*) filter (where sentiment_label = 'negative')`;

function rebuildCounters(sqlite: Database.Database): void {
  sqlite.exec(`drop table if exists ${FACTS}; ${COLLECT_FACTS}`);
  sqlite.exec(`
    insert or ignore into company_summaries (company_id) select id from companies;
    update company_summaries set review_count = 0, rating_sum = 0, stars_1 = 0, stars_2 = 0, stars_3 = 0, stars_4 = 0, stars_5 = 0;
    update company_summaries set review_count = t.n, rating_sum = t.s, stars_1 = t.s1, stars_2 = t.s2, stars_3 = t.s3, stars_4 = t.s4, stars_5 = t.s5
      from (select company_id, count(*) n, sum(rating) s, count(*) filter (where rating = 1) s1, count(*) filter (where rating = 2) s2,
              count(*) filter (where rating = 3) s3, count(*) filter (where rating = 4) s4, count(*) filter (where rating = 5) s5
            ${PUBLISHED} group by company_id) t
      where company_summaries.company_id = t.company_id;
    delete from pattern_groups;
    delete from pattern_breakdowns;
  `);
  for (const [dimension, value] of Object.entries(GROUP_VALUE)) {
    sqlite
      .prepare(
        `insert into pattern_groups (company_id, dimension, value, review_count, rating_sum, resolved_yes, resolved_partly,
           next_steps_yes, next_steps_answered, negative_count)
         select company_id, ?, ${value}, ${GROUP_COUNTS} ${PUBLISHED} group by company_id, ${value}`,
      )
      .run(dimension);
  }
  for (const [breakdown, [value, subValue]] of Object.entries(BREAKDOWN_VALUES)) {
    sqlite
      .prepare(
        `insert into pattern_breakdowns (company_id, breakdown, value, sub_value, count)
         select company_id, ?, ${value}, ${subValue}, count(*) ${PUBLISHED} and ${subValue} is not null
         group by company_id, ${value}, ${subValue}`,
      )
      .run(breakdown);
  }
  sqlite.exec(`drop table ${FACTS}`);
}

/** Phrases need the tokeniser, so they are counted in code, one company at a time to bound memory. */
function rebuildPhrases(sqlite: Database.Database, { reviewPhrases }: Pick<FigureRules, 'reviewPhrases'>): void {
  sqlite.exec('delete from pattern_phrases');
  const companyIds = sqlite.prepare('select id from companies').pluck().all() as number[];
  const texts = sqlite.prepare(`select issue_type, title, body from reviews where company_id = ? and status = 'published'`).raw();
  const insert = sqlite.prepare('insert into pattern_phrases (company_id, issue_type, phrase, count) values (?, ?, ?, ?)');
  for (const companyId of companyIds) {
    const counts = new Map<string, number>();
    for (const [issueType, title, body] of texts.iterate(companyId) as Iterable<[string, string | null, string]>) {
      for (const phrase of reviewPhrases({ title, body })) {
        const key = `${issueType}\u0000${phrase}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
    for (const [key, count] of counts) {
      const [issueType, phrase] = key.split('\u0000') as [string, string];
      insert.run(companyId, issueType, phrase, count);
    }
  }
}

/** The queue's reason counts and totals, kept with every review change (db/figure-changes.ts), recounted from the pending reviews. */
function rebuildQueueCounts(sqlite: Database.Database): void {
  sqlite.exec(`delete from queue_counts`);
  sqlite.exec(
    `insert into queue_counts (company_id, pending) select company_id, count(*) from reviews where status = 'pending' group by company_id`,
  );
  sqlite.exec(`delete from queue_reason_counts`);
  sqlite.exec(`insert into queue_reason_counts (company_id, reason, count)
    select reviews.company_id, r.value, count(*) from reviews, json_each(reviews.moderation, '$.reasons') r
    where reviews.status = 'pending' group by reviews.company_id, r.value`);
}

/** The search index, written anew from the published reviews (as migration 0018 first fills it). */
function rebuildSearch(sqlite: Database.Database): void {
  sqlite.exec(`insert into review_search (review_search) values ('delete-all')`);
  sqlite.exec(`insert into review_search (rowid, words)
    select company_id * 4294967296 + id, coalesce(title, '') || char(10) || body from reviews where status = 'published'`);
}

/** Every maintained figure (summaries, patterns, queue counts) and the search index recomputed in one transaction; caches see a new version. */
export function rebuildAggregates(sqlite: Database.Database, rules: Pick<FigureRules, 'reviewPhrases'>): void {
  sqlite
    .transaction(() => {
      rebuildCounters(sqlite);
      rebuildPhrases(sqlite, rules);
      rebuildQueueCounts(sqlite);
      rebuildSearch(sqlite);
      sqlite.exec(`insert into pattern_versions (company_id, version) select id, 1 from companies where true
      on conflict (company_id) do update set version = version + 1`);
    })
    .immediate();
  noteFiguresChanged();
}
