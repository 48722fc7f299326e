// Reads behind /patterns, /trend and the ranked company list on PostgreSQL: the twin of
// db/sqlite/queries/pattern-reads.ts. Counter rows by key or index range; sums come back as text, hence mapWith.
import { and, asc, desc, eq, gte, inArray, isNotNull, lt, ne, or, sql, type SQL } from 'drizzle-orm';
import type { PgQuery } from '../connection';
import {
  companies,
  companySummaries,
  moderationCounts,
  patternBreakdowns,
  patternGroups,
  patternPhrases,
  patternVersions,
  reviews,
} from '../schema';
import { REVIEW_STATUSES } from '../../../server/contract/review-limits';
import { namedStatement } from './named-query';

export type PatternGroupRow = typeof patternGroups.$inferSelect;
/** A value count inside a group, e.g. one outcome of one issue type. */
export type PatternBreakdownRow = Omit<typeof patternBreakdowns.$inferSelect, 'companyId'>;
export type CompanyRow = typeof companies.$inferSelect;
export type SummaryRow = typeof companySummaries.$inferSelect;

const total = (expr: SQL) => sql<number>`coalesce(${expr}, 0)`.mapWith(Number);

const siteVersion = namedStatement<{ version: number }>(
  'select ((select count(*) from companies) + coalesce((select sum(version) from pattern_versions), 0))::float8 as version',
);

/** The site's figures version (PatternsStore.findSiteVersion): one small read, run as a named prepared statement. */
export async function findSiteVersion(q: PgQuery): Promise<number> {
  return (await siteVersion(q, []))[0]!.version;
}

/** The company and its figures version in one statement: it runs on every company and patterns request. */
export async function findCompanyVersion(q: PgQuery, slug: string): Promise<{ company: CompanyRow; version: number } | undefined> {
  const [row] = await q
    .select({ company: companies, version: total(sql`${patternVersions.version}`) })
    .from(companies)
    .leftJoin(patternVersions, eq(patternVersions.companyId, companies.id))
    .where(eq(companies.slug, slug));
  return row;
}

/** Every group of the company except months before fromMonth (YYYY-MM), in key order as SQLite reads them. */
export async function findPatternGroups(q: PgQuery, companyId: number, fromMonth: string): Promise<PatternGroupRow[]> {
  const g = patternGroups;
  const monthsSince = and(eq(g.dimension, 'month'), gte(g.value, fromMonth));
  return q
    .select()
    .from(g)
    .where(and(eq(g.companyId, companyId), or(ne(g.dimension, 'month'), monthsSince)))
    .orderBy(asc(g.dimension), asc(g.value));
}

/**
 * Response times in full; of outcomes and monthly issue types only the most common value per group, ties to the
 * alphabetically first (the only one shown), as on SQLite.
 */
export async function findBreakdowns(q: PgQuery, companyId: number, fromMonth: string): Promise<PatternBreakdownRow[]> {
  const b = patternBreakdowns;
  const ranked = q
    .select({
      breakdown: b.breakdown,
      value: b.value,
      subValue: b.subValue,
      count: b.count,
      place: sql<number>`row_number() over (partition by ${b.breakdown}, ${b.value} order by ${b.count} desc, ${b.subValue})`.as('place'),
    })
    .from(b)
    .where(and(eq(b.companyId, companyId), gte(b.count, 1), or(ne(b.breakdown, 'month:issueType'), gte(b.value, fromMonth))))
    .as('ranked');
  return q
    .select({ breakdown: ranked.breakdown, value: ranked.value, subValue: ranked.subValue, count: ranked.count })
    .from(ranked)
    .where(or(eq(ranked.place, 1), eq(ranked.breakdown, 'contactMethod:responseTime')))
    .orderBy(asc(ranked.breakdown), asc(ranked.value), desc(ranked.count), asc(ranked.subValue));
}

export async function findTopPhrases(
  q: PgQuery,
  companyId: number,
  issueType: string,
  minCount: number,
  limit: number,
): Promise<{ phrase: string; count: number }[]> {
  const ph = patternPhrases;
  return q
    .select({ phrase: ph.phrase, count: ph.count })
    .from(ph)
    .where(and(eq(ph.companyId, companyId), eq(ph.issueType, issueType), gte(ph.count, minCount)))
    .orderBy(desc(ph.count), asc(ph.phrase))
    .limit(limit);
}

/** metric → total since fromMonth (YYYY-MM), reasons as "reason:<text>"; in metric order, as SQLite's grouping gives. */
export async function sumModerationCounts(q: PgQuery, companyId: number, fromMonth: string): Promise<{ metric: string; count: number }[]> {
  const m = moderationCounts;
  return q
    .select({ metric: m.metric, count: sql<number>`sum(${m.count})`.mapWith(Number) })
    .from(m)
    .where(and(eq(m.companyId, companyId), gte(m.month, fromMonth)))
    .groupBy(m.metric)
    .orderBy(asc(m.metric));
}

export async function countSubmittedBetween(q: PgQuery, companyId: number, fromMonth: string, toMonth: string): Promise<number> {
  const m = moderationCounts;
  const [row] = await q
    .select({ count: total(sql`sum(${m.count})`) })
    .from(m)
    .where(and(eq(m.companyId, companyId), eq(m.metric, 'submitted'), gte(m.month, fromMonth), lt(m.month, toMonth)));
  return row?.count ?? 0;
}

/** Reviews submitted since `since` (ms), and the most from one client hash. */
export async function countArrivalsSince(q: PgQuery, companyId: number, since: number): Promise<{ total: number; busiestClient: number }> {
  // Every status, so the company's list index (company, status, created) serves it as four short ranges.
  const recent = and(eq(reviews.companyId, companyId), inArray(reviews.status, [...REVIEW_STATUSES]), gte(reviews.createdAt, since));
  const [arrivals] = await q
    .select({ count: sql<number>`count(*)`.mapWith(Number) })
    .from(reviews)
    .where(recent);
  const [busiest] = await q
    .select({ count: sql<number>`count(*)`.mapWith(Number) })
    .from(reviews)
    .where(and(recent, isNotNull(reviews.clientHash)))
    .groupBy(reviews.clientHash)
    .orderBy(desc(sql`count(*)`))
    .limit(1);
  return { total: arrivals?.count ?? 0, busiestClient: busiest?.count ?? 0 };
}

export async function findPlatformTotals(q: PgQuery): Promise<{ reviewCount: number; ratingSum: number }> {
  const [row] = await q
    .select({
      reviewCount: total(sql`sum(${companySummaries.reviewCount})`),
      ratingSum: total(sql`sum(${companySummaries.ratingSum})`),
    })
    .from(companySummaries);
  return row ?? { reviewCount: 0, ratingSum: 0 };
}

/** Every company with its summary (null before its first) and resolved count; in id order, as SQLite reads them. */
export async function listStandings(q: PgQuery): Promise<{ company: CompanyRow; summary: SummaryRow | null; resolvedYes: number }[]> {
  const all = and(eq(patternGroups.companyId, companies.id), eq(patternGroups.dimension, 'all'));
  return q
    .select({ company: companies, summary: companySummaries, resolvedYes: total(sql`${patternGroups.resolvedYes}`) })
    .from(companies)
    .leftJoin(companySummaries, eq(companySummaries.companyId, companies.id))
    .leftJoin(patternGroups, all)
    .orderBy(asc(companies.id));
}
