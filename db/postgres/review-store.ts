// Companies and reviews on PostgreSQL: reads and the units of work that change what is published (twin of
// db/sqlite/review-store.ts). New reviews are group-committed: those of one moment share a transaction.
import { companiesAdded } from '../companies-added';
import { keptOnceFound } from '../kept-once-found';
import type { PostgresConnection, PgTx } from './connection';
import type { StoreRules } from '../../server/contract/store/store-rules';
import type { ReviewStore, StoredFacts, TaxonomyRow } from '../../server/contract/store';
import type { ReviewRow } from '../../server/contract/store';
import { FigureChanges } from '../figure-changes';
import { writeFigures } from './queries/figure-writes';
import * as companiesQ from './queries/companies';
import { insertReview, findReviewById, updateReviewStatus } from './queries/reviews';
import { hasBodyHash } from './queries/moderation-facts';
import { reviewListQueries } from './queries/review-list';
import { reviewSearchQueries } from './queries/review-search';
import { recordAudit } from './queries/audit';
import { lockKey } from './queries/advisory-lock';
import { pgGroupCommit } from './group-commit';
import { retryingTransaction } from './retry';
import { eraseIn, reviseIn } from './review-changes';

export function reviewStore(conn: PostgresConnection, rules: StoreRules): ReviewStore {
  const { db } = conn;
  const listQ = reviewListQueries(rules.reviewSortKeys);
  const searchQ = reviewSearchQueries(db, rules.reviewSortKeys);
  // A company and its taxonomy are written once and never changed, so every instance may keep them; unknown
  // slugs and ids are not kept, so a company another instance adds later is still found.
  const companyBySlug = keptOnceFound((slug: string) => companiesQ.findCompanyBySlug(db, slug));
  const companyById = keptOnceFound((id: number) => companiesQ.findCompanyById(db, id));
  const taxonomyByCompany = new Map<number, readonly TaxonomyRow[]>();
  const transaction = <T>(work: (tx: PgTx) => Promise<T>) => retryingTransaction(db, work);

  /** Inside a transaction: every figure new reviews move, added up over all of them. */
  async function countNewReviews(tx: PgTx, rows: readonly ReviewRow[]): Promise<void> {
    await writeFigures(tx, new FigureChanges(rules.figures).newReviews(rows));
  }
  const group = pgGroupCommit<ReviewRow>(db, { beforeCommit: countNewReviews, singleWriteJobs: true });

  return {
    listCompaniesWithSummaries: () => companiesQ.listCompaniesWithSummaries(db),
    listCompanyActivity: () => companiesQ.listCompanyActivity(db),
    findCompanyBySlug: companyBySlug,
    findCompanyById: companyById,
    findSummary: (companyId) => companiesQ.findSummary(db, companyId),
    findTaxonomy: async (companyId) => {
      let taxonomy = taxonomyByCompany.get(companyId);
      if (!taxonomy) {
        taxonomy = Object.freeze((await companiesQ.findTaxonomy(db, companyId)).map((row) => Object.freeze(row)));
        if (taxonomy.length > 0) taxonomyByCompany.set(companyId, taxonomy);
      }
      return taxonomy;
    },
    insertReview: (row) =>
      transaction(async (tx) => {
        const stored = await insertReview(tx, row);
        await countNewReviews(tx, [stored]);
        return stored;
      }),
    insertCheckedReview: (check, complete) =>
      group.run(async (tx) => {
        // Two instances taking the same body at once: the second waits here until the first commits, then sees it.
        await lockKey(tx, `review-body:${check.companyId}:${check.bodyHash}`);
        const facts: StoredFacts = { duplicateBody: await hasBodyHash(tx, check.companyId, check.bodyHash) };
        return insertReview(tx, complete(facts));
      }),
    findReviewById: (id) => findReviewById(db, id),
    changeReviewStatus: (id, from, to, now) =>
      transaction(async (tx) => {
        const changed = await updateReviewStatus(tx, id, from, to, now);
        if (!changed || from === to) return changed;
        await writeFigures(tx, new FigureChanges(rules.figures).review({ ...changed, status: from }, changed));
        return changed;
      }),
    reviseReview: (id, expected, patch, now, extra) =>
      transaction(async (tx) => {
        const revised = await reviseIn(tx, rules.figures, id, expected, patch, now);
        if (!revised) return undefined;
        extra?.(revised.before, revised.after);
        return revised.after;
      }),
    eraseReview: (id, extra) =>
      transaction(async (tx) => {
        const before = await eraseIn(tx, rules.figures, id);
        if (before) extra?.(before);
        return before;
      }),
    listReviews: async (filter, sort, after, limit) => {
      const { search } = filter;
      if (search) return searchQ.listReviews({ ...filter, search }, sort, after, limit);
      if (sort === 'relevance') throw new Error('relevance orders a search only');
      return listQ.listReviews(db, filter, sort, after, limit);
    },
    countReviews: async (filter) => {
      const { search } = filter;
      return search ? searchQ.countReviews({ ...filter, search }) : listQ.countReviews(db, filter);
    },
    seedCompanies: async (seeds, now) =>
      companiesAdded(
        await transaction(async (tx) => {
          // Instances starting together seed one at a time, so each company is made once.
          await lockKey(tx, 'seed-companies');
          let added = 0;
          for (const { taxonomy, ...company } of seeds) {
            if (await companiesQ.insertCompanyIfMissing(tx, { ...company, createdAt: now }, taxonomy)) added++;
          }
          return added;
        }),
      ),
    addCompany: async ({ taxonomy, ...company }, now, audit) =>
      companiesAdded(
        await transaction(async (tx) => {
          const added = await companiesQ.insertCompanyIfMissing(tx, { ...company, createdAt: now }, taxonomy);
          if (added) await recordAudit(tx, audit(added));
          return added;
        }),
      ),
  };
}
