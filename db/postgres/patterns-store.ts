// PatternsStore on PostgreSQL: the twin of db/sqlite/patterns-store.ts. Reads run on the pool; the rebuild is one
// transaction.
import type { PostgresConnection } from './client';
import type { StoreRules } from '../store-rules';
import type { PatternsStore } from '../../server/contract/store';
import { localFiguresEpoch } from '../figures-epoch';
import * as reads from './queries/pattern-reads';
import { rebuildAggregates } from './queries/rebuild-aggregates';

/** A company's summary before its first published review, as SQLite's EMPTY_SUMMARY. */
const EMPTY_SUMMARY = { reviewCount: 0, ratingSum: 0, stars1: 0, stars2: 0, stars3: 0, stars4: 0, stars5: 0 };

export function patternsStore(conn: PostgresConnection, rules: StoreRules): PatternsStore {
  const { db } = conn;
  return {
    localFiguresEpoch,
    findCompanyVersion: (slug) => reads.findCompanyVersion(db, slug),
    findPatternCounters: async (companyId, fromMonth) => ({
      groups: await reads.findPatternGroups(db, companyId, fromMonth),
      breakdowns: await reads.findBreakdowns(db, companyId, fromMonth),
    }),
    findTopPhrases: (companyId, issueType, minCount, limit) => reads.findTopPhrases(db, companyId, issueType, minCount, limit),
    findModerationTotals: (companyId, fromMonth) => reads.sumModerationCounts(db, companyId, fromMonth),
    countSubmittedBetween: (companyId, fromMonth, toMonth) => reads.countSubmittedBetween(db, companyId, fromMonth, toMonth),
    countArrivalsSince: (companyId, since) => reads.countArrivalsSince(db, companyId, since),
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
