// Pure rules of a moderator decision: from which status each action may start, what it changes, what it counts.
import type { ReviewPatch, ReviewRow, ReviewStatus } from '../store';
import { REPORTED_REASON, type Decision } from '../../contract/moderation';
import { bodyFingerprint } from '../screening/screen-text';
import type { ModerationResult } from '../screening/pipeline';
import { reviewSentiment } from '../patterns/sentiment';
import { AppError } from '../app-error';
import { DEFAULT_DISPLAY_NAME } from '../submit-review';
import { readRecord, withoutReportedReason, withVerdict, type StoredRecord } from './record';

export interface DecisionPlan {
  expected: ReviewStatus;
  patch: ReviewPatch;
  /** Moderation-count metrics, from the row as it is inside the transaction. */
  metrics: (before: ReviewRow) => string[];
}

export const alreadyDecided = () => new AppError('conflict', 'This review was changed by someone else; reload it');

const wasReported = (row: ReviewRow) => row.reportCount > 0 || readRecord(row).reasons.includes(REPORTED_REASON);

/** Taking down something readers could already see is a removal, whatever the action is called. */
const takeDownMetrics = (before: ReviewRow) => ['removed', ...(wasReported(before) ? ['removed_after_report'] : [])];

/** `edited` is the whole pipeline's result on the moderator's text, for edit-approve. */
export function planDecision(row: ReviewRow, decision: Decision, now: number, edited?: ModerationResult): DecisionPlan {
  const record = readRecord(row);
  const verdict = (r: StoredRecord) => JSON.stringify(withVerdict(r, decision.action, decision.reason, now));
  switch (decision.action) {
    case 'approve':
      if (row.status === 'pending') {
        return {
          expected: 'pending',
          patch: { status: 'published', reportCount: 0, moderation: verdict(withoutReportedReason(record)) },
          metrics: () => ['approved'],
        };
      }
      // Approving a published review readers reported keeps it up and clears the reports.
      if (row.status === 'published' && row.reportCount > 0) {
        return { expected: 'published', patch: { reportCount: 0, moderation: verdict(record) }, metrics: () => [] };
      }
      throw alreadyDecided();
    case 'reject':
      if (row.status !== 'pending') throw alreadyDecided();
      return {
        expected: 'pending',
        patch: { status: 'rejected', reportCount: 0, moderation: verdict(record) },
        metrics: (before) => (before.publishedAt !== null ? takeDownMetrics(before) : ['rejected']),
      };
    case 'remove':
      if (row.status !== 'published') throw alreadyDecided();
      return { expected: 'published', patch: { status: 'removed', reportCount: 0, moderation: verdict(record) }, metrics: takeDownMetrics };
    case 'restore':
      if (row.status !== 'removed' && row.status !== 'rejected') throw alreadyDecided();
      return {
        expected: row.status,
        patch: { status: 'published', moderation: verdict(withoutReportedReason(record)) },
        metrics: () => ['restored'],
      };
    case 'edit-approve': {
      if (row.status !== 'pending' && row.status !== 'published') throw alreadyDecided();
      if (!edited) throw new Error('edit-approve needs the moderated text');
      if (edited.record.decision === 'reject') {
        throw new AppError('validation_failed', 'Invalid body', { body: 'Nothing readable is left of this text after moderation' });
      }
      const title = edited.text.title || null;
      return {
        expected: row.status,
        patch: {
          status: 'published',
          title,
          body: edited.text.body,
          displayName: edited.text.displayName || DEFAULT_DISPLAY_NAME,
          moderation: verdict({ ...edited.record }),
          riskScore: edited.riskScore,
          reportCount: 0,
          bodyHash: decision.body === undefined ? row.bodyHash : bodyFingerprint(decision.body),
          ...reviewSentiment(title, edited.text.body, row.rating),
        },
        metrics: (before) => (before.status === 'pending' ? ['approved'] : []),
      };
    }
  }
}
