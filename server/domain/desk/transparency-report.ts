// The moderation report readers see: what happened to the company's reviews over the last 12 months, pure.
import type { ModerationReport } from '../../contract/patterns';

const REASON_PREFIX = 'reason:';
export const TOP_REASONS = 5;

export function moderationReport(since: string, months: number, totals: { metric: string; count: number }[]): ModerationReport {
  const of = (metric: string) => totals.find((t) => t.metric === metric)?.count ?? 0;
  const topReasons = totals
    .filter((t) => t.metric.startsWith(REASON_PREFIX) && t.count > 0)
    .map((t) => ({ reason: t.metric.slice(REASON_PREFIX.length), count: t.count }))
    .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason))
    .slice(0, TOP_REASONS);
  return {
    since,
    months,
    submitted: of('submitted'),
    publishedAtOnce: of('published_at_once'),
    held: of('held'),
    approved: of('approved'),
    rejected: of('rejected'),
    removed: of('removed'),
    removedAfterReport: of('removed_after_report'),
    restored: of('restored'),
    topReasons,
  };
}
