// Words for the contract's reason codes. Typed as records over the contract's unions, so a code added
// there fails the type check here; kept as plain data so pages need not bundle the zod schemas.
import type { DecisionAction, DecisionReason } from '../../server/contract/moderation';
import type { ReportReason } from '../../server/contract/reader';

export const DECISION_REASON_LABELS: Record<DecisionReason, string> = {
  spam: 'Spam or advertising',
  offensive: 'Offensive or abusive',
  'personal-information': 'Personal information',
  fake: 'Fake or not a real experience',
  'off-topic': 'Off topic',
  'not-about-service': 'Not about customer service',
  other: 'Other',
};

export const REPORT_REASON_LABELS: Record<ReportReason, string> = {
  spam: 'Spam or advertising',
  offensive: 'Offensive or abusive',
  'personal-information': 'Contains personal information',
  fake: 'Fake review',
  other: 'Something else',
};

export const ACTION_LABELS: Record<DecisionAction, string> = {
  approve: 'Approved',
  reject: 'Rejected',
  'edit-approve': 'Edited and approved',
  remove: 'Removed',
  restore: 'Restored',
};

export const entries = <K extends string>(labels: Record<K, string>) => Object.entries(labels) as [K, string][];
