// The patterns and the trend as CSV for spreadsheets: one tidy table each, shares as fractions with their
// 95% interval, and groups below the threshold carrying the note instead of any share.
import { NOT_ENOUGH_REVIEWS, type CompanyPatterns, type CompanyTrend, type Rate } from '../../contract/patterns';

type Cell = string | number | boolean | null | undefined;

/** RFC 4180 quoting; cells a spreadsheet would run as a formula (=, +, -, @) are prefixed with '. */
export function csvCell(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  let text = String(cell);
  if (typeof cell === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows as records; a column a row does not name stays empty. */
export function toCsv<C extends string>(columns: readonly C[], rows: Partial<Record<C, Cell>>[]): string {
  const lines = [columns.join(','), ...rows.map((row) => columns.map((c) => csvCell(row[c])).join(','))];
  return lines.join('\r\n') + '\r\n';
}

/** A share as three columns: the rate and its 95% interval bounds. */
const withBounds = (prefix: string, r: Rate | null | undefined): Record<string, Cell> =>
  r ? { [prefix]: r.rate, [`${prefix}_low`]: r.low, [`${prefix}_high`]: r.high } : {};

const PATTERN_COLUMNS = [
  'section',
  'value',
  'label',
  'reviews',
  'share',
  'share_low',
  'share_high',
  'mean_rating',
  'resolved',
  'resolved_low',
  'resolved_high',
  'partly_resolved',
  'next_steps_explained',
  'most_common_outcome',
  'typical_response_time',
  'note',
] as const;
type PatternRow = Partial<Record<(typeof PATTERN_COLUMNS)[number], Cell>>;

type Group = (CompanyPatterns['issueTypes'] | CompanyPatterns['contactMethods'] | CompanyPatterns['billingParties'])[number];

function groupRow(section: string, g: Group): PatternRow {
  const row = { section, value: g.value, label: g.label, reviews: g.reviews };
  if (!g.enough) return { ...row, note: g.message };
  return {
    ...row,
    ...withBounds('share', g.share),
    ...withBounds('resolved', g.resolved),
    partly_resolved: g.partlyResolved.rate,
    ...('meanRating' in g
      ? { mean_rating: g.meanRating, next_steps_explained: g.nextStepsExplained?.rate, most_common_outcome: g.mostCommonOutcome?.label }
      : {}),
    ...('typicalResponseTime' in g ? { typical_response_time: g.typicalResponseTime?.label } : {}),
  };
}

export function patternsCsv(p: CompanyPatterns): string {
  const rows: PatternRow[] = [
    ...p.issueTypes.map((g) => groupRow('issue_type', g)),
    ...p.contactMethods.map((g) => groupRow('contact_method', g)),
    ...p.billingParties.map((g) => groupRow('billing_party', g)),
    ...(['negative', 'mixed', 'positive'] as const).map((label) => ({
      section: 'sentiment',
      value: label,
      label,
      reviews: p.sentiment.counts[label],
      ...withBounds('share', p.sentiment.shares?.[label]),
      note: p.sentiment.message,
    })),
    ...p.issueTypes.flatMap((g) =>
      g.enough ? g.phrases.map((ph) => ({ section: 'phrase', value: g.value, label: ph.phrase, reviews: ph.count })) : [],
    ),
    ...replyRows(p),
  ];
  return toCsv(PATTERN_COLUMNS, rows);
}

/** How the company answers, in the columns the groups use: the answered share, its typical time, the resolved share. */
function replyRows(p: CompanyPatterns): PatternRow[] {
  const { answered, medianHoursToAnswer, resolvedAfterReply } = p.replies;
  return [
    {
      section: 'replies',
      value: 'answered',
      label: 'Reviews the company answered',
      reviews: answered?.of ?? p.rating.summary.count,
      ...withBounds('share', answered),
      typical_response_time: medianHoursToAnswer === null ? null : `${medianHoursToAnswer} hours`,
      note: answered ? null : NOT_ENOUGH_REVIEWS,
    },
    {
      section: 'replies',
      value: 'resolved_after_reply',
      label: 'Resolved after a reply offering a resolution',
      reviews: resolvedAfterReply?.of,
      ...withBounds('resolved', resolvedAfterReply),
      note: resolvedAfterReply ? null : NOT_ENOUGH_REVIEWS,
    },
  ];
}

const TREND_COLUMNS = [
  'month',
  'reviews',
  'mean_rating',
  'negative_share',
  'negative_share_low',
  'negative_share_high',
  'top_issue_type',
  'note',
] as const;

export function trendCsv(t: CompanyTrend, note: string): string {
  return toCsv(
    TREND_COLUMNS,
    t.months.map((m) => ({
      month: m.month,
      reviews: m.reviews,
      mean_rating: m.meanRating,
      ...withBounds('negative_share', m.negativeShare),
      top_issue_type: m.topIssueType?.label,
      note: m.enough || m.reviews === 0 ? null : note,
    })),
  );
}
