// Replies on PostgreSQL (twin of db/sqlite/reply-store.ts): each change locks the review's row first, so two
// instances changing one reply take turns, and writes its audit entry and the company's version with it.
import type { PostgresConnection, PgTx } from './connection';
import type { StoreRules } from '../../server/contract/store/store-rules';
import type { ReplyStore } from '../../server/contract/store';
import { FigureChanges } from '../figure-changes';
import { writeFigures } from './queries/figure-writes';
import { recordAudit } from './queries/audit';
import { findReviewById } from './queries/reviews';
import * as q from './queries/replies';
import { reviseIn } from './review-changes';
import { retryingTransaction } from './retry';

export function replyStore(conn: PostgresConnection, rules: StoreRules): ReplyStore {
  const { db } = conn;
  const transaction = <T>(work: (tx: PgTx) => Promise<T>) => retryingTransaction(db, work);
  const touch = (tx: PgTx, companyId: number) => writeFigures(tx, new FigureChanges(rules.figures).touch(companyId));
  const publishedOf = q.publishedRepliesOf(db);

  return {
    findReply: (reviewId) => q.findReply(db, reviewId),
    findPublishedReplies: publishedOf,
    changeReply: (reviewId, change) =>
      transaction(async (tx) => {
        const review = await findReviewById(tx, reviewId, true);
        const current = await q.findReply(tx, reviewId, true);
        const { reply, audit } = change(review, current);
        const after = reply ? await q.upsertReply(tx, reply) : null;
        if (!reply && current) await q.deleteReply(tx, reviewId);
        for (const entry of audit) await recordAudit(tx, entry);
        const companyId = reply?.companyId ?? current?.companyId;
        if (companyId !== undefined) await touch(tx, companyId);
        return after;
      }),
    answerReplyResolution: (reviewId, expected, patch, resolution, now, effects) =>
      transaction(async (tx) => {
        const revised = await reviseIn(tx, rules.figures, reviewId, expected, patch, now);
        if (!revised) return undefined;
        const reply = await q.findReply(tx, reviewId, true);
        // effects may throw (an AppError) to refuse the answer: the transaction rolls it all back.
        const e = effects(revised.before, revised.after, reply);
        if (reply) await q.upsertReply(tx, { ...reply, ...resolution });
        await recordAudit(tx, { ...e.audit, statusBefore: revised.before.status, statusAfter: revised.after.status });
        await touch(tx, revised.before.companyId);
        return revised.after;
      }),
    listHeldReplies: (limit) => q.listHeldReplies(db, limit),
    listRepresentativeReviews: (companyId, after, limit) => q.listRepresentativeReviews(db, companyId, after, limit),
  };
}
