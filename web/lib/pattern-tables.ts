// The table alternative of each complaint-pattern chart: every number the chart shows, and more.
import { html, type TemplateResult } from 'lit';
import type {
  BillingPartyPattern,
  CompanyPatterns,
  ContactMethodPattern,
  IssueTypePattern,
  ThinGroup,
  TrendMonth,
} from '../../server/contract/patterns';
import { monthName } from './format';
import { pct, rateWithRange } from './rates';

const THIN = 'Not enough reviews yet';

/** A table inside a disclosure, so the chart stays the first thing seen and the numbers are one key away. */
export function tableAlternative(caption: string, head: string[], rows: (string | TemplateResult)[][]): TemplateResult {
  // The caption is shown above the box that scrolls, so a narrow screen still reads it whole; the table keeps
  // it for screen readers.
  return html`<details>
    <summary>Show as a table</summary>
    <p class="table-caption" aria-hidden="true">${caption}</p>
    <div class="scroll" tabindex="0" role="region" aria-label=${caption}>
      <table>
        <caption class="visually-hidden">
          ${caption}
        </caption>
        <thead>
          <tr>
            ${head.map((h) => html`<th scope="col">${h}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            ([first, ...rest]) =>
              html`<tr>
                <th scope="row">${first}</th>
                ${rest.map((cell) => html`<td>${cell}</td>`)}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
  </details>`;
}

const thinRow = (g: ThinGroup, columns: number) => [g.label, String(g.reviews), ...Array.from({ length: columns - 2 }, () => THIN)];

export function issueTypeTable(groups: (IssueTypePattern | ThinGroup)[], guideLink: (value: string) => string | null) {
  return tableAlternative(
    'Issue types: share of reviews, resolution and outcome (ranges are 95% intervals)',
    ['Issue', 'Reviews', 'Share', 'Resolved', 'Partly resolved', 'Average rating', 'Next steps explained', 'Most common outcome', 'Guide'],
    groups.map((g) => {
      if (!g.enough) return thinRow(g, 9);
      const link = guideLink(g.value);
      return [
        g.label,
        String(g.reviews),
        rateWithRange(g.share),
        rateWithRange(g.resolved),
        pct(g.partlyResolved.rate),
        g.meanRating.toFixed(1),
        g.nextStepsExplained ? rateWithRange(g.nextStepsExplained) : 'Not answered',
        g.mostCommonOutcome?.label ?? '—',
        link ? html`<a href=${link}>How to fix it</a>` : '—',
      ];
    }),
  );
}

export function contactMethodTable(groups: (ContactMethodPattern | ThinGroup)[]) {
  return tableAlternative(
    'Contact methods: how often each resolved the problem (ranges are 95% intervals)',
    ['Contact method', 'Reviews', 'Share', 'Resolved', 'Partly resolved', 'Typical response time'],
    groups.map((g) =>
      g.enough
        ? [
            g.label,
            String(g.reviews),
            pct(g.share.rate),
            rateWithRange(g.resolved),
            pct(g.partlyResolved.rate),
            g.typicalResponseTime?.label ?? 'Not answered',
          ]
        : thinRow(g, 6),
    ),
  );
}

export function billingPartyTable(groups: (BillingPartyPattern | ThinGroup)[]) {
  return tableAlternative(
    'Who billed the reviewers, and how often their problem was resolved (ranges are 95% intervals)',
    ['Billed by', 'Reviews', 'Share', 'Resolved', 'Partly resolved'],
    groups.map((g) =>
      g.enough
        ? [g.label, String(g.reviews), rateWithRange(g.share), rateWithRange(g.resolved), pct(g.partlyResolved.rate)]
        : thinRow(g, 5),
    ),
  );
}

export function sentimentTable(s: CompanyPatterns['sentiment']) {
  const labels = { negative: 'Negative', mixed: 'Mixed', positive: 'Positive' } as const;
  return tableAlternative(
    'Tone of the reviews',
    ['Tone', 'Reviews', 'Share'],
    (['negative', 'mixed', 'positive'] as const).map((k) => [labels[k], String(s.counts[k]), s.shares ? rateWithRange(s.shares[k]) : THIN]),
  );
}

/** A month with fewer than minReviews reviews shows its count and no average, as the chart shows no point for it. */
export function trendTable(months: TrendMonth[], minReviews: number) {
  return tableAlternative(
    'Reviews, average rating, share negative and top issue per month',
    ['Month', 'Reviews', 'Average rating', 'Negative', 'Top issue'],
    months.map((m) => [
      monthName(m.month),
      String(m.reviews),
      m.meanRating === null ? '—' : m.reviews < minReviews ? THIN : m.meanRating.toFixed(1),
      m.negativeShare ? pct(m.negativeShare.rate) : m.reviews > 0 ? THIN : '—',
      m.topIssueType?.label ?? (m.reviews > 0 ? THIN : '—'),
    ]),
  );
}
