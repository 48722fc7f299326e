// Reads behind /patterns, /trend and the ranked company list: counter rows by primary key or index range.
// None scans reviews; the only reviews read is the last day's arrivals, an index range for burst detection.
import { and, asc, desc, eq, gte, inArray, isNotNull, ne, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../connection';
import {
  companies,
  companySummaries,
  moderationCounts,
  patternBreakdowns,
  patternGroups,
  patternPhrases,
  patternVersions,
  reviews,
  REVIEW_STATUSES,
} from '../schema';

export type PatternGroupRow = typeof patternGroups.$inferSelect;
/** A value count inside a group, e.g. one outcome of one issue type. */
export type PatternBreakdownRow = Omit<typeof patternBreakdowns.$inferSelect, 'companyId'>;

const p = sql.placeholder;

export function patternReadQueries(db: DbOrTx) {
  // The company and its figures version in one statement: it runs on every company and patterns request.
  const companyVersion = db
    .select({ company: companies, version: sql<number>`coalesce(${patternVersions.version}, 0)` })
    .from(companies)
    .leftJoin(patternVersions, eq(patternVersions.companyId, companies.id))
    .where(eq(companies.slug, p('slug')))
    .prepare();
  // Read only when a kept list is checked (at most once a second, or after a change here), so not prepared.
  const siteVersion = sql<number>`select (select count(*) from companies) + coalesce((select sum(version) from pattern_versions), 0)`;
  const monthsSince = and(eq(patternGroups.dimension, 'month'), gte(patternGroups.value, p('fromMonth')));
  const groups = db
    .select()
    .from(patternGroups)
    .where(and(eq(patternGroups.companyId, p('companyId')), sql`(${ne(patternGroups.dimension, 'month')} or ${monthsSince})`))
    .prepare();
  const b = patternBreakdowns;
  // Only the most common value of each group is shown (outcome, top issue type of a month), so SQL keeps that
  // one row per group, ties to the alphabetically first; response times stay whole for the median.
  const ranked = db
    .select({
      breakdown: b.breakdown,
      value: b.value,
      subValue: b.subValue,
      count: b.count,
      place: sql<number>`row_number() over (partition by ${b.breakdown}, ${b.value} order by ${b.count} desc, ${b.subValue})`.as('place'),
    })
    .from(b)
    .where(
      and(
        eq(b.companyId, p('companyId')),
        gte(b.count, 1),
        sql`(${ne(b.breakdown, 'month:issueType')} or ${gte(b.value, p('fromMonth'))})`,
      ),
    )
    .as('ranked');
  const breakdowns = db
    .select({ breakdown: ranked.breakdown, value: ranked.value, subValue: ranked.subValue, count: ranked.count })
    .from(ranked)
    .where(or(eq(ranked.place, 1), eq(ranked.breakdown, 'contactMethod:responseTime')))
    .prepare();
  const ph = patternPhrases;
  const topPhrases = db
    .select({ phrase: ph.phrase, count: ph.count })
    .from(ph)
    .where(and(eq(ph.companyId, p('companyId')), eq(ph.issueType, p('issueType')), gte(ph.count, p('minCount'))))
    .orderBy(desc(ph.count), asc(ph.phrase))
    .limit(p('limit'))
    .prepare();
  const m = moderationCounts;
  const moderation = db
    .select({ metric: m.metric, count: sql<number>`sum(${m.count})` })
    .from(m)
    .where(and(eq(m.companyId, p('companyId')), gte(m.month, p('fromMonth'))))
    .groupBy(m.metric)
    .prepare();
  const submittedIn = db
    .select({ count: sql<number>`coalesce(sum(${m.count}), 0)` })
    .from(m)
    .where(and(eq(m.companyId, p('companyId')), eq(m.metric, 'submitted'), gte(m.month, p('fromMonth')), sql`${m.month} < ${p('toMonth')}`))
    .prepare();
  // Every status, so the company's arrivals index (company, status, created) serves it as four short ranges.
  const recent = and(
    eq(reviews.companyId, p('companyId')),
    inArray(reviews.status, [...REVIEW_STATUSES]),
    gte(reviews.createdAt, p('since')),
  );
  const arrivals = db
    .select({ count: sql<number>`count(*)` })
    .from(reviews)
    .where(recent)
    .prepare();
  const busiestClient = db
    .select({ count: sql<number>`count(*)`.as('n') })
    .from(reviews)
    .where(and(recent, isNotNull(reviews.clientHash)))
    .groupBy(reviews.clientHash)
    .orderBy(desc(sql`n`))
    .limit(1)
    .prepare();
  const platform = db
    .select({
      reviewCount: sql<number>`coalesce(sum(${companySummaries.reviewCount}), 0)`,
      ratingSum: sql<number>`coalesce(sum(${companySummaries.ratingSum}), 0)`,
    })
    .from(companySummaries)
    .prepare();
  const all = and(eq(patternGroups.companyId, companies.id), eq(patternGroups.dimension, 'all'));
  const standings = db
    .select({ company: companies, summary: companySummaries, resolvedYes: sql<number>`coalesce(${patternGroups.resolvedYes}, 0)` })
    .from(companies)
    .leftJoin(companySummaries, eq(companySummaries.companyId, companies.id))
    .leftJoin(patternGroups, all)
    .prepare();

  return {
    findCompanyVersion: (slug: string) => companyVersion.get({ slug }),
    findSiteVersion: () => db.values<[number]>(siteVersion)[0]![0],
    /** Every group of the company except months before fromMonth (YYYY-MM). */
    findPatternGroups: (companyId: number, fromMonth: string): PatternGroupRow[] => groups.all({ companyId, fromMonth }),
    /** Response times in full; of outcomes and monthly issue types only the most common per group. */
    findBreakdowns: (companyId: number, fromMonth: string): PatternBreakdownRow[] => breakdowns.all({ companyId, fromMonth }),
    findTopPhrases: (companyId: number, issueType: string, minCount: number, limit: number) =>
      topPhrases.all({ companyId, issueType, minCount, limit }),
    /** metric → total since fromMonth (YYYY-MM), reasons as "reason:<text>". */
    sumModerationCounts: (companyId: number, fromMonth: string) => moderation.all({ companyId, fromMonth }),
    countSubmittedBetween: (companyId: number, fromMonth: string, toMonth: string): number =>
      submittedIn.get({ companyId, fromMonth, toMonth })?.count ?? 0,
    countArrivalsSince: (companyId: number, since: number) => ({
      total: arrivals.get({ companyId, since })?.count ?? 0,
      busiestClient: busiestClient.get({ companyId, since })?.count ?? 0,
    }),
    findPlatformTotals: () => platform.get() ?? { reviewCount: 0, ratingSum: 0 },
    listStandings: () => standings.all(),
  };
}
