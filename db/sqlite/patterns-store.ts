// Complaint-pattern reads (maintained counters, moderation totals, recent arrivals) and the bulk rebuild.
import type { Connection } from './connection';
import { patternReadQueries, type PatternBreakdownRow, type PatternGroupRow } from './queries/pattern-reads';
import { rebuildAggregates } from './queries/rebuild-aggregates';
import { replyFigureQueries } from './queries/reply-figures';
import { localFiguresEpoch } from '../figures-epoch';
import type { FigureRules } from '../../server/contract/store/store-rules';
import { EMPTY_SUMMARY } from './queries/companies';
import type { PatternsStore } from '../../server/contract/store';

export type { PatternBreakdownRow, PatternGroupRow };

export function patternsStore(conn: Connection, rules: FigureRules): PatternsStore {
  const q = patternReadQueries(conn.db);
  const replies = replyFigureQueries(conn.db);
  return {
    localFiguresEpoch,
    findCompanyVersion: async (slug) => q.findCompanyVersion(slug),
    findSiteVersion: async () => q.findSiteVersion(),
    findPatternCounters: async (companyId, fromMonth) => ({
      groups: q.findPatternGroups(companyId, fromMonth),
      breakdowns: q.findBreakdowns(companyId, fromMonth),
    }),
    findTopPhrases: async (companyId, issueType, minCount, limit) => q.findTopPhrases(companyId, issueType, minCount, limit),
    findModerationTotals: async (companyId, fromMonth) => q.sumModerationCounts(companyId, fromMonth),
    countSubmittedBetween: async (companyId, fromMonth, toMonth) => q.countSubmittedBetween(companyId, fromMonth, toMonth),
    countArrivalsSince: async (companyId, since) => q.countArrivalsSince(companyId, since),
    findReplyFigures: (companyId) => replies.findReplyFigures(companyId),
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
