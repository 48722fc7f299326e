// The rating at a glance: the stars drawn to the tenth, "4.2 out of 5 stars (based on 318 reviews)" said once,
// and the distribution, whose bars filter the review list (or, in the widget, link to the company page
// filtered). Where it is wide enough, the distribution sits beside the rating and whatever the page slots in.
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { setStyle } from '../lib/set-style';
import type { RatingSummary, StarCount } from '../../server/contract/review';
import { plural } from '../lib/format';
import { baseStyles } from './shared-styles';
import './earful-stars';

export interface RatingSelectDetail {
  rating: number | null;
}

@customElement('earful-rating-summary')
export class EarfulRatingSummary extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host {
        container-type: inline-size;
      }
      /* Narrow: one column. Wide: the distribution beside the rating and what the page slots in under it. */
      slot {
        display: block;
      }
      @container (min-width: 34rem) {
        section {
          display: grid;
          grid-template-columns: minmax(0, 1fr) minmax(0, 1.25fr);
          grid-template-areas: 'lead bars' 'more bars';
          grid-template-rows: auto 1fr;
          gap: 0 1.5rem;
        }
        .lead {
          grid-area: lead;
        }
        .bars {
          grid-area: bars;
        }
        slot {
          grid-area: more;
        }
      }
      earful-stars {
        --earful-stars-width: 9.5rem;
        margin-bottom: 0.5rem;
      }
      .text {
        margin: 0 0 0.75rem;
        font-size: 1.25rem;
        line-height: 1.3;
        font-weight: 700;
      }
      .empty {
        margin: 0 0 0.75rem;
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: 0.25rem;
      }
      .bar-row {
        width: 100%;
        display: grid;
        grid-template-columns: 6.5rem 1fr 3.5rem;
        align-items: center;
        gap: 0.75rem;
        min-height: 2.5rem;
        padding: 0.25rem 0.5rem;
        border: 2px solid transparent;
        border-radius: 0.375rem;
        background: none;
        color: inherit;
        font-weight: 400;
        text-align: left;
      }
      button.bar-row:hover {
        border-color: var(--earful-border, #c9cad3);
      }
      .bar-row[aria-pressed='true'] {
        border-color: var(--earful-accent, #3f2a8c);
        background: var(--earful-accent-soft, #ece8fb);
        font-weight: 700;
      }
      .track {
        height: 0.875rem;
        border: 1px solid var(--earful-muted, #4f5160);
        border-radius: 0.25rem;
        overflow: hidden;
        background: var(--earful-surface, #fff);
      }
      .fill {
        display: block;
        height: 100%;
        background: var(--earful-star, #a6520a);
      }
      .count {
        text-align: right;
        font-variant-numeric: tabular-nums;
      }
      .filtering {
        margin: 0.75rem 0 0;
      }
    `,
  ];

  /** The company's rating summary from the API. */
  @property({ attribute: false }) summary: RatingSummary | null = null;

  /** The star rating the list is filtered to, if any. */
  @property({ type: Number }) selected: number | null = null;

  /** When set (the widget), bars are links to this company page address instead of filter buttons. */
  @property({ attribute: false }) pageHref: string | null = null;

  /** Heading level text; the page and the widget word it differently. */
  @property() heading = 'Customer service rating';

  override render() {
    const s = this.summary;
    if (!s) return nothing;
    return html`<section aria-labelledby="rating-heading">
      <div class="lead">
        <h2 id="rating-heading">${this.heading}</h2>
        ${s.count > 0 ? html`<earful-stars .value=${s.average}></earful-stars>` : nothing}
        <p class="text">${s.text}</p>
        ${s.count === 0 ? html`<p class="empty">There are no reviews yet. Be the first one to write one.</p>` : nothing}
      </div>
      <div class="bars">
        <ul aria-label="Reviews by star rating">
          ${s.distribution.map((d) => html`<li>${this.renderBar(d, s.count)}</li>`)}
        </ul>
        ${
          this.selected && !this.pageHref
            ? html`<p class="filtering">
                Showing ${this.selected}-star reviews only.
                <button class="link" @click=${() => this.select(null)}>Show all ratings</button>
              </p>`
            : nothing
        }
      </div>
      <slot></slot>
    </section>`;
  }

  private renderBar(d: StarCount, total: number) {
    const share = total === 0 ? 0 : Math.round((d.count / total) * 100);
    const body = html`<span>${d.label}</span>
      <span class="track" aria-hidden="true"><span class="fill" ${setStyle({ width: `${share}%` })}></span></span>
      <span class="count">${d.count.toLocaleString('en')}</span>
      <span class="visually-hidden">${`${d.stars}-star reviews, ${share}%`}</span>`;
    if (this.pageHref) {
      return d.count > 0
        ? html`<a class="bar-row" href=${`${this.pageHref}?rating=${d.stars}`} target="_top">${body}</a>`
        : html`<span class="bar-row">${body}</span>`;
    }
    return html`<button
      class="bar-row"
      aria-pressed=${this.selected === d.stars ? 'true' : 'false'}
      ?disabled=${d.count === 0}
      title=${`Show ${plural(d.count, `${d.label} review`, `${d.label} reviews`)}`}
      @click=${() => this.select(this.selected === d.stars ? null : d.stars)}
    >
      ${body}
    </button>`;
  }

  private select(rating: number | null) {
    this.selected = rating;
    this.dispatchEvent(new CustomEvent<RatingSelectDetail>('rating-select', { detail: { rating }, bubbles: true, composed: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'earful-rating-summary': EarfulRatingSummary;
  }
}
