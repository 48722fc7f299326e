// Complaint patterns: what people complain about, which contact route resolves problems, who billed them, the
// tone, recurring phrases, the monthly trend, how the company answers reviews and how the page is moderated. Each
// chart has its table; groups below the evidence threshold say so and show no percentage.
import { LitElement, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { CompanyPatterns } from '../../server/contract/patterns';
import { billingPartyTable, contactMethodTable, issueTypeTable, sentimentTable, trendTable } from '../lib/pattern-tables';
import { pct, rateWithRange, sentence } from '../lib/rates';
import { replySentences } from '../lib/reply-figures';
import type { BarRow } from './earful-bar-chart';
import { patternStyles } from './pattern-styles';
import { baseStyles } from './shared-styles';
import './earful-bar-chart';
import './earful-trend-chart';

const thin = (reviews: number) => `Not enough reviews yet (${reviews})`;

/** The catch-all answer ("Something else") is not a finding: it goes after the named groups, whatever its size. */
const CATCH_ALL = 'other';
const catchAllLast = <G extends { value: string }>(groups: readonly G[]) => [
  ...groups.filter((g) => g.value !== CATCH_ALL),
  ...groups.filter((g) => g.value === CATCH_ALL),
];

@customElement('earful-complaint-patterns')
export class EarfulComplaintPatterns extends LitElement {
  static override styles = [baseStyles, patternStyles];

  @property({ attribute: false }) patterns: CompanyPatterns | null = null;

  /** Issue type → guide section anchor, to link each complaint to the part of the guide that helps. */
  @property({ attribute: false }) guideSections: Record<string, string> = {};

  override render() {
    const p = this.patterns;
    if (!p) return nothing;
    const enough = p.rating.summary.count >= p.minReviews;
    return html`${p.notices.map((n) => html`<p class="notice" role="note"><strong>Notice:</strong> ${n.message}</p>`)}
    ${
      enough
        ? this.renderPatterns(p)
        : html`<p class="thin-all">
            ${sentence(p.sentiment.message ?? 'not enough reviews yet to identify complaint patterns')} Patterns appear once a group has at
            least ${p.minReviews} published reviews; this company has ${p.rating.summary.count}.
          </p>`
    }
    ${this.renderReplies(p)} ${this.renderTransparency(p)}`;
  }

  /** Older cached answers may lack the figures; a company without them shows nothing rather than a guess. */
  private renderReplies(p: CompanyPatterns) {
    if (!p.replies) return nothing;
    return html`<div class="replies">
      <h3>How the company answers reviews</h3>
      ${replySentences(p.replies, p.minReviews).map((line) => html`<p>${line}</p>`)}
    </div>`;
  }

  private guideLink = (issueType: string) => {
    const anchor = this.guideSections[issueType];
    return anchor ? `#${anchor}` : null;
  };

  private renderPatterns(p: CompanyPatterns) {
    const issueTypes = catchAllLast(p.issueTypes);
    const contactMethods = catchAllLast(p.contactMethods);
    const billingParties = catchAllLast(p.billingParties);
    const issueRows: BarRow[] = issueTypes.map((g) =>
      g.enough
        ? {
            label: g.label,
            value: g.share.rate,
            text: `${pct(g.share.rate)} of reviews (${g.reviews})`,
            href: this.guideLink(g.value),
            linkText: 'What helps',
          }
        : { label: g.label, value: null, text: thin(g.reviews) },
    );
    const contactRows: BarRow[] = contactMethods.map((g) =>
      g.enough
        ? {
            label: g.label,
            value: g.resolved.rate,
            range: [g.resolved.low, g.resolved.high],
            text: `resolved ${rateWithRange(g.resolved)}${g.typicalResponseTime ? ` · usually ${g.typicalResponseTime.label.toLowerCase()}` : ''}`,
          }
        : { label: g.label, value: null, text: thin(g.reviews) },
    );
    const billingRows: BarRow[] = billingParties.map((g) =>
      g.enough
        ? { label: g.label, value: g.share.rate, text: `${pct(g.share.rate)} of reviews · resolved ${pct(g.resolved.rate)}` }
        : { label: g.label, value: null, text: thin(g.reviews) },
    );
    const s = p.sentiment;
    const toneRows: BarRow[] = (['negative', 'mixed', 'positive'] as const).map((k) => ({
      label: k.charAt(0).toUpperCase() + k.slice(1),
      value: s.shares ? s.shares[k].rate : null,
      text: s.shares ? `${pct(s.shares[k].rate)} (${s.counts[k]})` : thin(s.counts[k]),
    }));
    const phrases = issueTypes.filter((g) => g.enough && g.phrases.length > 0);
    return html`<div class="grid">
        <figure aria-labelledby="issues-title">
          <h3 id="issues-title">What people complain about</h3>
          <earful-bar-chart label="Share of reviews by issue" .rows=${issueRows}></earful-bar-chart>
          ${issueTypeTable(issueTypes, this.guideLink)}
        </figure>
        <figure aria-labelledby="contact-title">
          <h3 id="contact-title">Which contact route resolved the problem</h3>
          <p class="note">The bracket marks the range the true rate likely falls in (95% interval).</p>
          <earful-bar-chart label="Share resolved by contact method" .rows=${contactRows}></earful-bar-chart>
          ${contactMethodTable(contactMethods)}
        </figure>
        <figure aria-labelledby="billing-title">
          <h3 id="billing-title">Who billed them</h3>
          <earful-bar-chart label="Share of reviews by who billed them" .rows=${billingRows}></earful-bar-chart>
          ${billingPartyTable(billingParties)}
        </figure>
        <figure aria-labelledby="tone-title">
          <h3 id="tone-title">Tone of the reviews</h3>
          <earful-bar-chart label="Share of reviews by tone" .rows=${toneRows}></earful-bar-chart>
          ${sentimentTable(s)}
        </figure>
      </div>
      ${
        phrases.length > 0
          ? html`<div class="phrases">
              <h3>Recurring phrases</h3>
              <div class="grid">
                ${phrases.map(
                  (g) =>
                    html`<div>
                      <h4>${g.label}</h4>
                      <ul>
                        ${g.enough ? g.phrases.map((ph) => html`<li>“${ph.phrase}” — ${ph.count} reviews</li>`) : nothing}
                      </ul>
                    </div>`,
                )}
              </div>
            </div>`
          : nothing
      }
      <figure aria-labelledby="trend-title" class="trend">
        <h3 id="trend-title">The last 24 months</h3>
        <earful-trend-chart .months=${p.trend} .minReviews=${p.minReviews}></earful-trend-chart>
        ${trendTable(p.trend, p.minReviews)}
      </figure>`;
  }

  private renderTransparency(p: CompanyPatterns) {
    const t = p.transparency;
    const figures: [string, number][] = [
      ['Submitted', t.submitted],
      ['Published at once', t.publishedAtOnce],
      ['Held for a moderator', t.held],
      ['Approved by a moderator', t.approved],
      ['Rejected', t.rejected],
      ['Removed', t.removed],
      ['Removed after reader reports', t.removedAfterReport],
      ['Restored', t.restored],
    ];
    return html`<div class="transparency">
      <h3>How this page was moderated in the last ${t.months} months</h3>
      <dl>
        ${figures.map(
          ([k, v]) =>
            html`<div>
              <dt>${k}</dt>
              <dd>${v.toLocaleString('en')}</dd>
            </div>`,
        )}
      </dl>
      ${
        t.topReasons.length > 0
          ? html`<p>What moderation found most often: ${t.topReasons.map((r) => `${r.reason} (${r.count})`).join(', ')}.</p>`
          : nothing
      }
      <p><a href="/policy">How moderation works</a></p>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'earful-complaint-patterns': EarfulComplaintPatterns;
  }
}
