// Companies and reviews in the store: reads and the units of work that change what is published.
import { companiesAdded } from '../companies-added';
import { keptOnceFound } from '../kept-once-found';
import { IMMEDIATE, type Connection } from './connection';
import { companyQueries, type CompanyRow, type SummaryRow, type TaxonomyRow } from './queries/companies';
import { reviewQueries, type ReviewPatch } from './queries/reviews';
import { reviewListQueries, type ListedRows, type ListFilter, type ListSort } from './queries/review-list';
import { figureWrites } from './queries/figure-writes';
import { reviewSearchQueries } from './queries/review-search';
import { moderationFactQueries } from './queries/moderation-facts';
import { groupCommit } from './group-commit';
import type { StoreRules } from '../../server/contract/store/store-rules';
import { auditQueries } from './queries/audit';
import type { NewReviewRow, ReviewRow, ReviewStatus } from './schema';
import type { ReviewStore, StoredFacts } from '../../server/contract/store';

export type { CompanyRow, SummaryRow, TaxonomyRow, ReviewRow, NewReviewRow, ReviewStatus, ListFilter, ListSort, ListedRows, ReviewPatch };

export function reviewStore(conn: Connection, rules: StoreRules): ReviewStore {
  const { db } = conn;
  const companiesQ = companyQueries(db);
  const reviewsQ = reviewQueries(db);
  const listQ = reviewListQueries(db, rules.reviewSortKeys);
  const searchQ = reviewSearchQueries(db, rules.reviewSortKeys);
  const figures = figureWrites(db, rules.figures);
  const factsQ = moderationFactQueries(db);
  const auditQ = auditQueries(db);
  // A company and its taxonomy never change once written, so every process keeps them; unknown slugs and ids are
  // not kept, so a company another process seeds later is still found (docs/decisions.md#company-cache).
  const companyBySlug = keptOnceFound((slug: string) => companiesQ.findCompanyBySlug(slug));
  const companyById = keptOnceFound((id: number) => companiesQ.findCompanyById(id));
  const taxonomyByCompany = new Map<number, readonly TaxonomyRow[]>();

  /** Inside a transaction: every figure new reviews move, added up over all of them. */
  function countNewReviews(rows: readonly ReviewRow[]): void {
    figures.write(figures.changes().newReviews(rows));
  }
  // Submissions of the same moment: each checked and inserted (one statement, so no savepoint), then counted together.
  const group = groupCommit<ReviewRow>(conn.sqlite, { beforeCommit: countNewReviews, singleWriteJobs: true });

  return {
    listCompaniesWithSummaries: async () =>
      companiesQ.listCompaniesWithSummaries().map(({ company, summary }) => ({
        company,
        summary: summary ?? companiesQ.findSummary(company.id),
      })),
    listCompanyActivity: async () =>
      companiesQ.listCompaniesWithSummaries().map(({ company }) => ({ company, newestReviewAt: companiesQ.newestPublishedAt(company.id) })),
    findCompanyBySlug: companyBySlug,
    findCompanyById: companyById,
    findSummary: async (companyId) => companiesQ.findSummary(companyId),
    findTaxonomy: async (companyId) => {
      let taxonomy = taxonomyByCompany.get(companyId);
      if (!taxonomy) {
        taxonomy = Object.freeze(companiesQ.findTaxonomy(companyId).map((row) => Object.freeze(row)));
        // A company with no taxonomy rows yet may be mid-seed in another process: ask again next time.
        if (taxonomy.length > 0) taxonomyByCompany.set(companyId, taxonomy);
      }
      return taxonomy;
    },
    insertReview: async (row) =>
      db.transaction(() => {
        const stored = reviewsQ.insertReview(row);
        countNewReviews([stored]);
        return stored;
      }, IMMEDIATE),
    insertCheckedReview: (check, complete) =>
      group.run(() => {
        const facts: StoredFacts = { duplicateBody: factsQ.hasBodyHash(check.companyId, check.bodyHash) };
        return reviewsQ.insertReview(complete(facts));
      }),
    findReviewById: async (id) => reviewsQ.findReviewById(id),
    changeReviewStatus: async (id, from, to, now) =>
      db.transaction(() => {
        const changed = reviewsQ.updateReviewStatus(id, from, to, now);
        if (!changed || from === to) return changed;
        figures.write(figures.changes().review({ ...changed, status: from }, changed));
        return changed;
      }, IMMEDIATE),
    reviseReview: async (id, expected, patch, now, extra) =>
      db.transaction(() => {
        const before = reviewsQ.findReviewById(id);
        if (!before || before.status !== expected) return undefined;
        const after = reviewsQ.patchReview(id, expected, patch, now);
        if (!after) return undefined;
        figures.write(figures.changes().review(before, after));
        extra?.(before, after);
        return after;
      }, IMMEDIATE),
    eraseReview: async (id, extra) =>
      db.transaction(() => {
        const before = reviewsQ.deleteReview(id);
        if (!before) return undefined;
        figures.write(figures.changes().review(before, null));
        extra?.(before);
        return before;
      }, IMMEDIATE),
    listReviews: async (filter, sort, after, limit) => {
      const { search } = filter;
      if (search) return searchQ.listReviews({ ...filter, search }, sort, after, limit);
      if (sort === 'relevance') throw new Error('relevance orders a search only');
      return listQ.listReviews(filter, sort, after, limit);
    },
    countReviews: async (filter) => {
      const { search } = filter;
      return search ? searchQ.countReviews({ ...filter, search }) : listQ.countReviews(filter);
    },
    seedCompanies: async (seeds, now) =>
      companiesAdded(
        db.transaction(() => {
          let added = 0;
          for (const { taxonomy, ...company } of seeds) {
            if (companiesQ.insertCompanyIfMissing({ ...company, createdAt: now }, taxonomy)) added++;
          }
          return added;
        }, IMMEDIATE),
      ),
    addCompany: async ({ taxonomy, ...company }, now, audit) =>
      companiesAdded(
        db.transaction(() => {
          const added = companiesQ.insertCompanyIfMissing({ ...company, createdAt: now }, taxonomy);
          if (added) auditQ.recordAudit(audit(added));
          return added;
        }, IMMEDIATE),
      ),
  };
}
