// Moderation in the store: the queue, reader reports and helpful votes, and decisions and erasures that carry
// their audit entry, moderation counts and report resolution in the review change's own transaction.
import { IMMEDIATE, type Connection } from './connection';
import { groupCommit } from './group-commit';
import type { FigureRules } from '../../server/contract/store/store-rules';
import { auditQueries } from './queries/audit';
import { figureWrites } from './queries/figure-writes';
import { moderationQueueQueries, type QueueFilter, type QueueKey, type QueueRow } from './queries/moderation-queue';
import { readerFeedbackQueries, type ReviewReportRow } from './queries/reader-feedback';
import { reviewQueries } from './queries/reviews';
import type { ReviewRow } from './schema';
import type { ModerationStore, ReviewEffects, ReportOutcome, ReviewStore, VoteOutcome } from '../../server/contract/store';

export type { QueueFilter, QueueKey, QueueRow, ReviewReportRow };

/** `reviewsArea` is the store's own review area, whose revise and erase carry the moderation effects. */
export function moderationStore(
  conn: Connection,
  reviewsArea: Pick<ReviewStore, 'reviseReview' | 'eraseReview'>,
  rules: FigureRules,
): ModerationStore {
  const { db } = conn;
  const queueQ = moderationQueueQueries(db);
  const feedbackQ = readerFeedbackQueries(db);
  const reviewsQ = reviewQueries(db);
  const figures = figureWrites(db, rules);
  const auditQ = auditQueries(db);
  // Votes come in floods when a review is shared; those of one moment share a commit (db/sqlite/group-commit.ts).
  const votes = groupCommit<VoteOutcome>(conn.sqlite);

  const applyEffects = (e: ReviewEffects, before: ReviewRow, after: ReviewRow | null, at: number) => {
    auditQ.recordAudit({ ...e.audit, statusBefore: before.status, statusAfter: after?.status ?? 'erased' });
    figures.write(figures.changes().moderationEvents((e.metrics ?? []).map((metric) => ({ companyId: before.companyId, at, metric }))));
    if (e.resolveReports) feedbackQ.resolveReports(before.id, at);
  };

  return {
    listQueue: async (filter, after, limit) => queueQ.listQueue(filter, after, limit),
    countQueue: async (filter) => queueQ.countQueue(filter),
    countQueueReasons: async (companyId) => queueQ.countQueueReasons(companyId),
    findOpenReports: async (ids) => feedbackQ.findOpenReports(ids),
    reviseReviewWithEffects: (id, expected, patch, now, effects) =>
      reviewsArea.reviseReview(id, expected, patch, now, (before, after) => applyEffects(effects(before, after), before, after, now)),
    eraseReviewWithEffects: async (id, effects) => {
      const erased = await reviewsArea.eraseReview(id, (before) => {
        const e = effects(before);
        applyEffects(e, before, null, e.audit.at);
      });
      // The WAL still holds the pages as they were before the delete; copying it into the (zeroed) main file and
      // truncating it is what makes the text gone from disk.
      if (erased) conn.sqlite.pragma('wal_checkpoint(TRUNCATE)');
      return erased;
    },
    reportReview: async (report, rule, hide) =>
      db.transaction((): ReportOutcome => {
        const before = reviewsQ.findReviewById(report.reviewId);
        if (!before || before.status !== 'published') return { kind: 'not_found' };
        if (!feedbackQ.insertReport(report)) return { kind: 'duplicate' };
        const counted = feedbackQ.bumpReportCount(report.reviewId);
        const reports = feedbackQ.countOpenReporters(report.reviewId, rule.since);
        const needed = rule.threshold * (1 + feedbackQ.countReportRounds(report.reviewId));
        if (reports < needed) return { kind: 'reported', hidden: false };
        const { patch, audit } = hide(counted, { reports, needed });
        const after = reviewsQ.patchReview(report.reviewId, 'published', { ...patch, status: 'pending' }, report.createdAt)!;
        figures.write(figures.changes().review(counted, after));
        auditQ.recordAudit({ ...audit, statusBefore: counted.status, statusAfter: after.status });
        return { kind: 'reported', hidden: true };
      }, IMMEDIATE),
    voteHelpful: (vote) =>
      votes.run((): VoteOutcome => {
        const review = reviewsQ.findReviewById(vote.reviewId);
        if (!review || review.status !== 'published') return { kind: 'not_found' };
        if (!feedbackQ.insertVote(vote)) return { kind: 'duplicate' };
        // helpfulCount feeds no maintained figure (see PatternFacts), so no published delta is needed; the
        // company's version still moves, since cached company pages show the count with their first reviews.
        const counted = feedbackQ.bumpHelpfulCount(vote.reviewId);
        figures.write(figures.changes().touch(review.companyId));
        return { kind: 'counted', helpfulCount: counted.helpfulCount };
      }),
  };
}
