// The stored moderation record (JSON on the review) as moderators extend it: the reader-report reason and the
// last verdict ride along with the pipeline's findings.
import type { CompanyRow, ReplyRow, ReviewRow } from '../store';
import { REPORTED_REASON, type DecisionAction, type DecisionReason, type ModeratedReview, type Verdict } from '../../contract/moderation';
import type { ModerationRecord } from '../../contract/review';
import { presentSubmittedReview } from '../present';
import { isoTime } from '../iso-time';

interface StoredVerdict {
  action: DecisionAction;
  reason: DecisionReason | null;
  at: number;
}

export type StoredRecord = ModerationRecord & { verdict?: StoredVerdict };

export const readRecord = (row: Pick<ReviewRow, 'moderation'>): StoredRecord => {
  const parsed = JSON.parse(row.moderation) as Partial<StoredRecord>;
  return { redactions: {}, masked: 0, reasons: [], decision: 'hold', ...parsed };
};

export const withReportedReason = (record: StoredRecord): StoredRecord =>
  record.reasons.includes(REPORTED_REASON) ? record : { ...record, reasons: [...record.reasons, REPORTED_REASON] };

export const withoutReportedReason = (record: StoredRecord): StoredRecord => ({
  ...record,
  reasons: record.reasons.filter((r) => r !== REPORTED_REASON),
});

export const withVerdict = (
  record: StoredRecord,
  action: DecisionAction,
  reason: DecisionReason | undefined,
  at: number,
): StoredRecord => ({
  ...record,
  verdict: { action, reason: reason ?? null, at },
});

export function presentVerdict(record: StoredRecord): Verdict | null {
  const v = record.verdict;
  return v ? { action: v.action, reason: v.reason, at: isoTime(v.at) } : null;
}

export function presentModeratedReview(
  row: ReviewRow,
  company: Pick<CompanyRow, 'slug' | 'name'>,
  reply: ReplyRow | null = null,
): ModeratedReview {
  const record = readRecord(row);
  const { verdict: _verdict, ...moderation } = record;
  return {
    ...presentSubmittedReview(row, company, reply),
    moderation,
    companyName: company.name,
    riskScore: row.riskScore,
    reportCount: row.reportCount,
    publishedAt: row.publishedAt === null ? null : isoTime(row.publishedAt),
    verdict: presentVerdict(record),
  };
}
