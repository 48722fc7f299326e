// Complaint-pattern reads (maintained counters, moderation totals, recent arrivals) and the bulk rebuild.
import type { Connection } from './client';
import { patternReadQueries, type PatternBreakdownRow, type PatternGroupRow } from './queries/pattern-reads';
import { rebuildAggregates } from './queries/rebuild-aggregates';
import { localFiguresEpoch } from '../figures-epoch';
import type { FigureRules } from '../store-rules';
import type { CompanyRow, SummaryRow } from './queries/companies';
import { EMPTY_SUMMARY } from './queries/companies';

export type { PatternBreakdownRow, PatternGroupRow };

export interface PatternCounters {
  groups: PatternGroupRow[];
  breakdowns: PatternBreakdownRow[];
}

export interface PatternsStore {
  /** Changes with every figure change this process makes (synchronous: a counter, no database read). */
  localFiguresEpoch(): number;
  /**
   * The company by slug with its figures version (bumped with every change to its maintained figures and every
   * moderation event), in one read: what a cached response is checked with.
   */
  findCompanyVersion(slug: string): Promise<{ company: CompanyRow; version: number } | undefined>;
  /** Every counter of the company; months (and their breakdowns) only from fromMonth (YYYY-MM). */
  findPatternCounters(companyId: number, fromMonth: string): Promise<PatternCounters>;
  findTopPhrases(companyId: number, issueType: string, minCount: number, limit: number): Promise<{ phrase: string; count: number }[]>;
  /** Moderation events since fromMonth, by metric ("reason:<text>" for reasons). */
  findModerationTotals(companyId: number, fromMonth: string): Promise<{ metric: string; count: number }[]>;
  countSubmittedBetween(companyId: number, fromMonth: string, toMonth: string): Promise<number>;
  /** Reviews submitted since `since` (ms), and the most from one client hash. */
  countArrivalsSince(companyId: number, since: number): Promise<{ total: number; busiestClient: number }>;
  findPlatformTotals(): Promise<{ reviewCount: number; ratingSum: number }>;
  listCompanyStandings(): Promise<{ company: CompanyRow; summary: SummaryRow; resolvedYes: number }[]>;
  /** Recomputes every maintained figure from the reviews table (after a bulk load, or as a repair). */
  rebuildAggregates(): Promise<void>;
}

export function patternsStore(conn: Connection, rules: FigureRules): PatternsStore {
  const q = patternReadQueries(conn.db);
  return {
    localFiguresEpoch,
    findCompanyVersion: async (slug) => q.findCompanyVersion(slug),
    findPatternCounters: async (companyId, fromMonth) => ({
      groups: q.findPatternGroups(companyId, fromMonth),
      breakdowns: q.findBreakdowns(companyId, fromMonth),
    }),
    findTopPhrases: async (companyId, issueType, minCount, limit) => q.findTopPhrases(companyId, issueType, minCount, limit),
    findModerationTotals: async (companyId, fromMonth) => q.sumModerationCounts(companyId, fromMonth),
    countSubmittedBetween: async (companyId, fromMonth, toMonth) => q.countSubmittedBetween(companyId, fromMonth, toMonth),
    countArrivalsSince: async (companyId, since) => q.countArrivalsSince(companyId, since),
    findPlatformTotals: async () => q.findPlatformTotals(),
    listCompanyStandings: async () =>
      q.listStandings().map(({ company, summary, resolvedYes }) => ({
        company,
        summary: summary ?? { companyId: company.id, ...EMPTY_SUMMARY },
        resolvedYes,
      })),
    rebuildAggregates: async () => rebuildAggregates(conn.sqlite, rules),
  };
}
