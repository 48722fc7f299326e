// Companies and reviews in the store: reads and the units of work that change what is published.
import type {
  AuditInput,
  CompanyRow,
  ListFilter,
  ListedRows,
  NewReviewRow,
  ReviewPatch,
  ReviewRow,
  ReviewStatus,
  SearchSort,
  SummaryRow,
  TaxonomyRow,
} from './rows';

/** What a submission is checked against. */
export interface SubmissionCheck {
  companyId: number;
  bodyHash: string;
}

/** Read in the submission's own transaction, so two submissions can never both see "not yet". */
export interface StoredFacts {
  duplicateBody: boolean;
}

export interface CompanySeed {
  slug: string;
  name: string;
  category: string;
  taxonomy: TaxonomyRow[];
}

export interface ReviewStore {
  listCompaniesWithSummaries(): Promise<{ company: CompanyRow; summary: SummaryRow }[]>;
  /** Every company with the time of its newest published review (null before its first), for the sitemap. */
  listCompanyActivity(): Promise<{ company: CompanyRow; newestReviewAt: number | null }[]>;
  findCompanyBySlug(slug: string): Promise<CompanyRow | undefined>;
  findCompanyById(id: number): Promise<CompanyRow | undefined>;
  findSummary(companyId: number): Promise<SummaryRow>;
  findTaxonomy(companyId: number): Promise<readonly TaxonomyRow[]>;
  /** Inserts the review and, when it is published, counts it in the summary, atomically. */
  insertReview(row: Omit<NewReviewRow, 'id'>): Promise<ReviewRow>;
  /**
   * A new review whose last decisions depend on what is stored. In one transaction — shared with the other
   * submissions of the same moment (group commit) — reads the facts `check` names, lets `complete` turn them
   * into the row or throw to refuse it, then inserts and counts the row as insertReview does. Resolves once
   * the review is committed; a refusal stores nothing.
   */
  insertCheckedReview(check: SubmissionCheck, complete: (facts: StoredFacts) => Omit<NewReviewRow, 'id'>): Promise<ReviewRow>;
  findReviewById(id: number): Promise<ReviewRow | undefined>;
  /** Moves a review from `from` to `to` and adjusts every maintained figure; undefined when the review was no longer `from`. */
  changeReviewStatus(id: number, from: ReviewStatus, to: ReviewStatus, now: number): Promise<ReviewRow | undefined>;
  /**
   * Changes a review that is still `expected` (status, text, answers, moderation record…) and moves every
   * maintained figure with it: the old row leaves the figures if it was published, the new row enters them
   * if it is. `extra` runs in the same transaction with the old and new rows (audit, moderation counts…).
   * Undefined when the review no longer had status `expected` (someone else decided first) or is gone.
   */
  reviseReview(
    id: number,
    expected: ReviewStatus,
    patch: ReviewPatch,
    now: number,
    extra?: (before: ReviewRow, after: ReviewRow) => void,
  ): Promise<ReviewRow | undefined>;
  /** Erases a review for good (the row and its text), taking it out of every maintained figure. */
  eraseReview(id: number, extra?: (before: ReviewRow) => void): Promise<ReviewRow | undefined>;
  /**
   * A keyset page; a filtered one looks at a bounded number of reviews and says where it stopped (scannedTo). With
   * `filter.search`, a page of one search window in `sort` (SearchSort says how its cursors go).
   */
  listReviews(filter: ListFilter, sort: SearchSort, after: number[] | null, limit: number): Promise<ListedRows>;
  /**
   * Reviews matching the filter among the company's newest LIST_COUNT_BUDGET (contract/review-limits.ts); with a
   * search, among the newest SEARCH_LIMITS.countBudget matches of the search.
   */
  countReviews(filter: ListFilter): Promise<number>;
  seedCompanies(seeds: CompanySeed[], now: number): Promise<number>;
  /** Adds one company with its taxonomy and an empty summary, and its audit entry; undefined when the slug is taken. */
  addCompany(seed: CompanySeed, now: number, audit: (company: CompanyRow) => AuditInput): Promise<CompanyRow | undefined>;
}
