// A reader reports a published review: one report per client; enough different readers within a week hide it
// until a moderator looks, and twice as many new ones once a moderator has kept it after reports.
import type { Store } from '../store';
import { REPORTED_REASON } from '../../contract/moderation';
import type { ReportRequest } from '../../contract/reader';
import { AppError, notFound } from '../app-error';
import { moderateNote, type ModerateText } from '../screening/moderation-task';
import { readRecord, withReportedReason } from '../desk/record';

export interface ReaderContext {
  store: Store;
  now: number;
  /** Salted hash of the client address; requests without one share a single "unknown" client. */
  clientHash: string | null;
  /** Where a report's note is moderated (inline, or on the moderation threads); inline when not given. */
  moderateText?: ModerateText;
}

export const UNKNOWN_CLIENT = 'unknown';

/** Reports older than this no longer count towards hiding a review. */
export const REPORT_WINDOW_MS = 7 * 24 * 60 * 60 * 1000;

export async function reportReview(ctx: ReaderContext, id: number, input: ReportRequest, threshold: number): Promise<void> {
  // Notes are free text like reviews: personal data is removed before anything is stored.
  const note = (await moderateNote(input.note, ctx.moderateText))?.trim() || null;
  const outcome = await ctx.store.reportReview(
    { reviewId: id, clientHash: ctx.clientHash ?? UNKNOWN_CLIENT, reason: input.reason, note, createdAt: ctx.now },
    { threshold, since: ctx.now - REPORT_WINDOW_MS },
    (row, count) => ({
      patch: { moderation: JSON.stringify(withReportedReason(readRecord(row))) },
      audit: {
        at: ctx.now,
        actorId: null,
        actorEmail: null,
        action: 'review.hidden-by-reports',
        targetType: 'review',
        targetId: id,
        details: { reports: count.reports, needed: count.needed, threshold, reason: REPORTED_REASON },
      },
    }),
  );
  if (outcome.kind === 'not_found') throw notFound('Review');
  if (outcome.kind === 'duplicate') throw new AppError('conflict', 'You have already reported this review');
}
