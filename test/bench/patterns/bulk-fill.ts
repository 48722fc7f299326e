// The bench's fast bulk path: synthetic reviews written with one prepared insert in large transactions,
// then every maintained figure rebuilt in bulk by rebuildAggregates. Not the submission path, on purpose.
import type Database from 'better-sqlite3';
import { seededRandom, syntheticReview } from '../../../db/seed/synthetic-reviews';
import { reviewSentiment } from '../../../server/domain/patterns/sentiment';
import { rebuildAggregates } from '../../../db/sqlite/queries/rebuild-aggregates';
import { FIGURE_RULES } from '../../../server/domain/patterns/figure-rules';

const BATCH = 50_000;
const DAY = 86_400_000;
/** Reviews spread over the two years before the bench's day, so no bench company shows a burst. */
const SPAN_DAYS = 730;

const INSERT = `insert into reviews (company_id, rating, title, body, display_name, issue_type, contact_method, billing_party,
  response_time, next_steps_explained, outcome, resolved, device, status, moderation, risk_score, sentiment_score,
  sentiment_label, client_hash, created_at, updated_at, published_at)
  values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '{}', 0, ?, ?, ?, ?, ?, ?)`;

/** Adds reviews until the table holds `target`, round-robin over the companies; returns seconds spent writing. */
export function fillReviews(sqlite: Database.Database, companyIds: number[], target: number, now: number, seed: number): number {
  const insert = sqlite.prepare(INSERT);
  const have = sqlite.prepare('select count(*) from reviews').pluck().get() as number;
  const rand = seededRandom(seed + have);
  const started = performance.now();
  // Building the indexes once after the load is far cheaper than keeping them up row by row.
  const indexes = sqlite
    .prepare(`select name, sql from sqlite_master where type = 'index' and tbl_name = 'reviews' and sql is not null`)
    .all() as {
    name: string;
    sql: string;
  }[];
  for (const { name } of indexes) sqlite.exec(`drop index "${name}"`);
  for (let start = have; start < target; start += BATCH) {
    sqlite.transaction(() => {
      for (let i = start; i < Math.min(target, start + BATCH); i++) {
        const r = syntheticReview(rand, { spiceRate: 0, minLength: 40, maxLength: 360 });
        const roll = rand();
        const status = roll < 0.92 ? 'published' : roll < 0.97 ? 'pending' : 'removed';
        const createdAt = now - DAY - Math.floor(rand() * SPAN_DAYS * DAY);
        const { sentimentScore, sentimentLabel } = reviewSentiment(r.title ?? null, r.body, r.rating);
        insert.run(
          companyIds[i % companyIds.length],
          r.rating,
          r.title ?? null,
          r.body,
          r.displayName ?? 'Anonymous',
          r.issueType,
          r.contactMethod,
          r.billingParty,
          r.responseTime ?? null,
          r.nextStepsExplained === undefined ? null : Number(r.nextStepsExplained),
          r.outcome ?? null,
          r.resolved,
          r.device ?? null,
          status,
          sentimentScore,
          sentimentLabel,
          `client-${Math.floor(rand() * 200_000)}`,
          createdAt,
          createdAt,
          status === 'published' ? createdAt : null,
        );
      }
    })();
  }
  for (const index of indexes) sqlite.exec(index.sql);
  return (performance.now() - started) / 1000;
}

/** Rebuilds the maintained figures and the monthly moderation counts the transparency report reads. */
export function rebuildFigures(sqlite: Database.Database): number {
  const started = performance.now();
  rebuildAggregates(sqlite, FIGURE_RULES);
  sqlite.exec(`
    delete from moderation_counts;
    insert into moderation_counts (company_id, month, metric, count)
      select company_id, strftime('%Y-%m', created_at / 1000, 'unixepoch'), 'submitted', count(*) from reviews group by 1, 2;
    insert into moderation_counts (company_id, month, metric, count)
      select company_id, strftime('%Y-%m', created_at / 1000, 'unixepoch'), iif(status = 'pending', 'held', 'published_at_once'), count(*)
      from reviews group by 1, 2, 3;
  `);
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
  // Not analyzed: the site never runs ANALYZE, so its planner has no statistics, and the bench measures the plans
  // the site runs (with statistics, a company's count of reported reviews in the moderator queue took 0.1 ms where
  // the site took 130 ms at a million reviews).
  return (performance.now() - started) / 1000;
}
