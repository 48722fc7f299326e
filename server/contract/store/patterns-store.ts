// Complaint-pattern reads (maintained counters, moderation totals, recent arrivals) and the bulk rebuild.
import type { CompanyRow, PatternBreakdownRow, PatternGroupRow, SummaryRow } from './rows';

export interface PatternCounters {
  groups: PatternGroupRow[];
  breakdowns: PatternBreakdownRow[];
}

/** A company's published replies to its published reviews, counted along an index of the replies by company. */
export interface ReplyFigures {
  answered: number;
  /** The median time from a review's publication to its reply (ms), by an ordered index walk; null with none. */
  medianAnswerMs: number | null;
  /** Replies offering a resolution whose reviewer answered, and of them those answered "resolved". */
  resolutionAnswers: number;
  resolved: number;
}

export interface PatternsStore {
  /** Changes with every figure change this process makes (synchronous: a counter, no database read). */
  localFiguresEpoch(): number;
  /**
   * The company by slug with its figures version (bumped with every change to its maintained figures and every
   * moderation event), in one read: what a cached response is checked with.
   */
  findCompanyVersion(slug: string): Promise<{ company: CompanyRow; version: number } | undefined>;
  /**
   * The whole site's figures version: the companies counted plus every company's version. Versions only grow and
   * companies are never removed, so it grows with every change any company's figures see and with every new company.
   */
  findSiteVersion(): Promise<number>;
  /** Every counter of the company; months (and their breakdowns) only from fromMonth (YYYY-MM). */
  findPatternCounters(companyId: number, fromMonth: string): Promise<PatternCounters>;
  findTopPhrases(companyId: number, issueType: string, minCount: number, limit: number): Promise<{ phrase: string; count: number }[]>;
  /** Moderation events since fromMonth, by metric ("reason:<text>" for reasons). */
  findModerationTotals(companyId: number, fromMonth: string): Promise<{ metric: string; count: number }[]>;
  countSubmittedBetween(companyId: number, fromMonth: string, toMonth: string): Promise<number>;
  /** Reviews submitted since `since` (ms), and the most from one client hash. */
  countArrivalsSince(companyId: number, since: number): Promise<{ total: number; busiestClient: number }>;
  findReplyFigures(companyId: number): Promise<ReplyFigures>;
  findPlatformTotals(): Promise<{ reviewCount: number; ratingSum: number }>;
  listCompanyStandings(): Promise<{ company: CompanyRow; summary: SummaryRow; resolvedYes: number }[]>;
  /** Recomputes every maintained figure from the reviews table (after a bulk load, or as a repair). */
  rebuildAggregates(): Promise<void>;
}
