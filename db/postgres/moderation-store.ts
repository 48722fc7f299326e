// Moderation on PostgreSQL: the queue, reader reports and helpful votes, and decisions and erasures that carry
// their audit entry, moderation counts and report resolution in the review change's own transaction (twin of
// db/sqlite/moderation-store.ts). A decision locks the review's row first: of two moderators deciding one review
// on two instances, the second waits, then finds it no longer as expected (the caller's 409).
import type { PostgresConnection, PgTx } from './connection';
import type { StoreRules } from '../../server/contract/store/store-rules';
import type { ModerationStore, ReviewEffects, VoteOutcome } from '../../server/contract/store';
import type { ReviewRow } from '../../server/contract/store';
import { FigureChanges } from '../figure-changes';
import { writeFigures } from './queries/figure-writes';
import { recordAudit } from './queries/audit';
import { moderationQueueQueries } from './queries/moderation-queue';
import { findOpenReports } from './queries/reader-feedback-reads';
import * as feedbackQ from './queries/reader-feedback';
import { findReviewById, patchReview } from './queries/reviews';
import { eraseIn, reviseIn } from './review-changes';
import { pgGroupCommit } from './group-commit';
import { retryingTransaction } from './retry';

export function moderationStore(conn: PostgresConnection, rules: StoreRules): ModerationStore {
  const { db } = conn;
  const transaction = <T>(work: (tx: PgTx) => Promise<T>) => retryingTransaction(db, work);
  // Votes come in floods when a review is shared; those of one moment share a commit, each one statement (so no
  // savepoint a vote), and the versions of the companies whose cached pages show the counts move once a group.
  const votes = pgGroupCommit<{ outcome: VoteOutcome; companyId?: number }>(db, {
    singleWriteJobs: true,
    beforeCommit: async (tx, counted) => {
      const changes = new FigureChanges(rules.figures);
      for (const { companyId } of counted) if (companyId !== undefined) changes.touch(companyId);
      await writeFigures(tx, changes);
    },
  });
  const queueQ = moderationQueueQueries(db);
  const openReportsOf = findOpenReports(db);

  const applyEffects = async (tx: PgTx, e: ReviewEffects, before: ReviewRow, after: ReviewRow | null, at: number) => {
    await recordAudit(tx, { ...e.audit, statusBefore: before.status, statusAfter: after?.status ?? 'erased' });
    const events = (e.metrics ?? []).map((metric) => ({ companyId: before.companyId, at, metric }));
    if (events.length > 0) await writeFigures(tx, new FigureChanges(rules.figures).moderationEvents(events));
    if (e.resolveReports) await feedbackQ.resolveReports(tx, before.id, at);
  };

  return {
    listQueue: (filter, after, limit) => queueQ.listQueue(filter, after, limit),
    countQueue: (filter) => queueQ.countQueue(filter),
    countQueueReasons: (companyId) => queueQ.countQueueReasons(companyId),
    findOpenReports: openReportsOf,
    reviseReviewWithEffects: (id, expected, patch, now, effects) =>
      transaction(async (tx) => {
        const revised = await reviseIn(tx, rules.figures, id, expected, patch, now);
        if (!revised) return undefined;
        // effects may throw (an AppError) to refuse the change: the transaction rolls it all back.
        await applyEffects(tx, effects(revised.before, revised.after), revised.before, revised.after, now);
        return revised.after;
      }),
    eraseReviewWithEffects: (id, effects) =>
      transaction(async (tx) => {
        const before = await eraseIn(tx, rules.figures, id);
        if (!before) return undefined;
        const e = effects(before);
        await applyEffects(tx, e, before, null, e.audit.at);
        return before;
      }),
    reportReview: (report, rule, hide) =>
      transaction(async (tx) => {
        // The review's row is locked: reports on it count one after another, so the threshold is met exactly once.
        const before = await findReviewById(tx, report.reviewId, true);
        if (!before || before.status !== 'published') return { kind: 'not_found' } as const;
        // One statement stores the report, moves the count and reads the threshold's figures (a round trip each was
        // most of a report's cost, with the row locked all along).
        const { reviewId, clientHash, reason, note, createdAt } = report;
        const [added] = await feedbackQ.addReport(tx, [reviewId, clientHash, reason, note, createdAt, rule.since]);
        if (!added?.added) return { kind: 'duplicate' } as const;
        // The row is locked: its count moved by this report alone, and nothing else of it (a count is not an edit).
        const counted: ReviewRow = { ...before, reportCount: before.reportCount + 1 };
        const { reporters: reports, rounds } = added;
        const needed = rule.threshold * (1 + rounds);
        if (reports < needed) return { kind: 'reported', hidden: false } as const;
        const { patch, audit } = hide(counted, { reports, needed });
        const after = (await patchReview(tx, report.reviewId, 'published', { ...patch, status: 'pending' }, report.createdAt))!;
        await writeFigures(tx, new FigureChanges(rules.figures).review(counted, after));
        await recordAudit(tx, { ...audit, statusBefore: counted.status, statusAfter: after.status });
        return { kind: 'reported', hidden: true } as const;
      }),
    voteHelpful: async (vote) => {
      const { outcome } = await votes.run(async (tx) => {
        const [row] = await feedbackQ.countVote(tx, [vote.reviewId, vote.clientHash, vote.createdAt]);
        if (!row || row.companyId === null) return { outcome: { kind: 'not_found' } };
        if (row.helpfulCount === null) return { outcome: { kind: 'duplicate' } };
        // helpfulCount feeds no maintained figure, but cached company pages show it: the company's version moves.
        return { outcome: { kind: 'counted', helpfulCount: row.helpfulCount }, companyId: row.companyId };
      });
      return outcome;
    },
  };
}
