// The company's reply figures in plain words: how often it answers, how fast, and how often its offers of a
// resolution resolve the problem; below the evidence threshold, that there is too little evidence yet.
import type { Rate, ReplyPatterns } from '../../server/contract/patterns';
import { pct } from './rates';

/** "(95% interval 55–68%)" */
const interval = (r: Rate) => `(95% interval ${Math.round(r.low * 100)}–${pct(r.high)})`;

/** "within an hour", "within 9 hours", "within 3 days" */
export function withinHours(hours: number): string {
  if (hours < 1) return 'within an hour';
  if (hours < 48) return `within ${Math.round(hours)} ${Math.round(hours) === 1 ? 'hour' : 'hours'}`;
  return `within ${Math.round(hours / 24)} days`;
}

export function replySentences(r: ReplyPatterns, minReviews: number): string[] {
  const lines: string[] = [];
  if (!r.answered) {
    lines.push(
      `There is too little evidence yet to say how often the company answers: that needs at least ${minReviews} published reviews.`,
    );
  } else if (r.medianHoursToAnswer === null) {
    lines.push(`The company answered ${pct(r.answered.rate)} of reviews ${interval(r.answered)}.`);
    if (r.answered.count > 0) lines.push('It has answered too few reviews yet to say how fast it usually answers.');
  } else {
    lines.push(
      `The company answered ${pct(r.answered.rate)} of reviews ${interval(r.answered)}, usually ${withinHours(r.medianHoursToAnswer)}.`,
    );
  }
  lines.push(
    r.resolvedAfterReply
      ? `When its reply offered a resolution, ${pct(r.resolvedAfterReply.rate)} of the reviewers who answered said it resolved the problem ${interval(r.resolvedAfterReply)}.`
      : 'Too few reviewers have said yet whether a reply offering a resolution resolved their problem.',
  );
  return lines;
}
