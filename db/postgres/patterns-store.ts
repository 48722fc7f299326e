// PatternsStore on PostgreSQL: the twin of db/sqlite/patterns-store.ts. Reads run on the pool; the rebuild is one
// transaction.
import type { PostgresConnection } from './connection';
import { EMPTY_SUMMARY } from '../figure-changes';
import type { StoreRules } from '../../server/contract/store/store-rules';
import type { PatternsStore } from '../../server/contract/store';
import { localFiguresEpoch } from '../figures-epoch';
import * as reads from './queries/pattern-reads';
import { rebuildAggregates } from './queries/rebuild-aggregates';
import { findReplyFigures } from './queries/reply-figures';

export function patternsStore(conn: PostgresConnection, rules: StoreRules): PatternsStore {
  const { db } = conn;
  return {
    localFiguresEpoch,
    findCompanyVersion: (slug) => reads.findCompanyVersion(db, slug),
    findSiteVersion: () => reads.findSiteVersion(db),
    findPatternCounters: async (companyId, fromMonth) => ({
      groups: await reads.findPatternGroups(db, companyId, fromMonth),
      breakdowns: await reads.findBreakdowns(db, companyId, fromMonth),
    }),
    findTopPhrases: (companyId, issueType, minCount, limit) => reads.findTopPhrases(db, companyId, issueType, minCount, limit),
    findModerationTotals: (companyId, fromMonth) => reads.sumModerationCounts(db, companyId, fromMonth),
    countSubmittedBetween: (companyId, fromMonth, toMonth) => reads.countSubmittedBetween(db, companyId, fromMonth, toMonth),
    countArrivalsSince: (companyId, since) => reads.countArrivalsSince(db, companyId, since),
    findReplyFigures: (companyId) => findReplyFigures(db, companyId),
    findPlatformTotals: () => reads.findPlatformTotals(db),
    listCompanyStandings: async () =>
      (await reads.listStandings(db)).map(({ company, summary, resolvedYes }) => ({
        company,
        summary: summary ?? { companyId: company.id, ...EMPTY_SUMMARY },
        resolvedYes,
      })),
    rebuildAggregates: () => rebuildAggregates(db, rules.figures),
  };
}
