// Replies in the store (SQLite): each change with its audit entry and the company's version in one transaction.
import { IMMEDIATE, type Connection } from './connection';
import type { FigureRules } from '../../server/contract/store/store-rules';
import type { ModerationStore, ReplyStore } from '../../server/contract/store';
import { auditQueries } from './queries/audit';
import { figureWrites } from './queries/figure-writes';
import { replyQueries } from './queries/replies';
import { reviewQueries } from './queries/reviews';

/** `moderationArea` is the store's own, whose revise carries a resolution answer's audit entry. */
export function replyStore(
  conn: Connection,
  moderationArea: Pick<ModerationStore, 'reviseReviewWithEffects'>,
  rules: FigureRules,
): ReplyStore {
  const { db } = conn;
  const q = replyQueries(db);
  const reviewsQ = reviewQueries(db);
  const auditQ = auditQueries(db);
  const figures = figureWrites(db, rules);

  return {
    findReply: async (reviewId) => q.findReply(reviewId),
    findPublishedReplies: async (reviewIds) => q.findPublishedReplies(reviewIds),
    changeReply: async (reviewId, change) =>
      db.transaction(() => {
        const review = reviewsQ.findReviewById(reviewId);
        const current = q.findReply(reviewId);
        const { reply, audit } = change(review, current);
        const after = reply ? q.upsertReply(reply) : null;
        if (!reply && current) q.deleteReply(reviewId);
        for (const entry of audit) auditQ.recordAudit(entry);
        // Cached pages show the published reply: any change moves the company's version.
        const companyId = reply?.companyId ?? current?.companyId;
        if (companyId !== undefined) figures.write(figures.changes().touch(companyId));
        return after;
      }, IMMEDIATE),
    answerReplyResolution: (reviewId, expected, patch, resolution, now, effects) =>
      // The revise's effects run inside its transaction, where SQLite's calls are synchronous: the reply's
      // answer is written there, with the review's figures and the audit entry.
      moderationArea.reviseReviewWithEffects(reviewId, expected, patch, now, (before, after) => {
        const reply = q.findReply(reviewId);
        const e = effects(before, after, reply);
        if (reply) q.upsertReply({ ...reply, ...resolution });
        figures.write(figures.changes().touch(before.companyId));
        return e;
      }),
    listHeldReplies: async (limit) => q.listHeld(limit),
    listRepresentativeReviews: async (companyId, after, limit) => q.listRepresentative(companyId, after, limit),
  };
}
