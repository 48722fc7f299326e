// When reports on a review came together: the most reports within any hour, if there are at least three. A
// moderator reads a burst as a sign of a campaign (or of a review that just went viral), not of three readers.
import type { ReportBurst } from '../../contract/moderation';
import { isoTime } from '../iso-time';

export const REPORT_BURST_MIN = 3;
export const REPORT_BURST_WINDOW_MS = 60 * 60 * 1000;

/** `times`: when each open report came (ms), in any order. */
export function findReportBurst(times: readonly number[]): ReportBurst | null {
  const sorted = [...times].sort((a, b) => a - b);
  let best: { first: number; last: number; count: number } | null = null;
  let start = 0;
  for (let end = 0; end < sorted.length; end++) {
    while (sorted[end]! - sorted[start]! > REPORT_BURST_WINDOW_MS) start++;
    const count = end - start + 1;
    if (count >= REPORT_BURST_MIN && (!best || count > best.count)) best = { first: sorted[start]!, last: sorted[end]!, count };
  }
  if (!best) return null;
  return {
    reports: best.count,
    minutes: Math.ceil((best.last - best.first) / 60_000),
    from: isoTime(best.first),
    to: isoTime(best.last),
  };
}
