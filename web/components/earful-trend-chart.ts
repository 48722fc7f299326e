// The monthly trend as two small SVG charts: reviews per month (columns) and the mean rating (points on
// a line, a gap where a month had fewer reviews than the site's minimum, PATTERN_MIN_REVIEWS: one review's
// stars are not a month's average). Single series each, so no colour carries meaning; the
// table of every month sits next to them in the patterns section.
import { LitElement, css, html, nothing, svg } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { TrendMonth } from '../../server/contract/patterns';
import { MONTHS, monthName, plural } from '../lib/format';
import { baseStyles } from './shared-styles';

// Drawing units; the SVG scales to its box, so text is sized in these units (about 11 px on a phone).
const W = 480;
const H = 170;
const PAD = { left: 34, right: 8, top: 14, bottom: 28 };

@customElement('earful-trend-chart')
export class EarfulTrendChart extends LitElement {
  static override styles = [
    baseStyles,
    css`
      .charts {
        display: grid;
        gap: 1rem;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 18rem), 1fr));
      }
      figure {
        margin: 0;
      }
      figcaption {
        font-weight: 600;
        margin-bottom: 0.25rem;
      }
      svg {
        width: 100%;
        height: auto;
        aspect-ratio: ${W / H};
        overflow: visible;
        font-size: 16px;
      }
      .axis {
        stroke: var(--earful-muted, #4f5160);
        stroke-width: 1;
      }
      .col {
        fill: var(--earful-accent, #3f2a8c);
      }
      .line {
        fill: none;
        stroke: var(--earful-text, #1b1b24);
        stroke-width: 2;
      }
      .dot {
        fill: var(--earful-surface, #fff);
        stroke: var(--earful-text, #1b1b24);
        stroke-width: 2;
      }
      text {
        fill: var(--earful-text, #1b1b24);
      }
      .thin {
        margin: 0.25rem 0 0;
        font-size: 0.875rem;
        color: var(--earful-muted, #4f5160);
      }
    `,
  ];

  @property({ attribute: false }) months: TrendMonth[] = [];

  /** Reviews a month needs before its average is drawn (the API's minReviews). */
  @property({ type: Number }) minReviews = 5;

  override render() {
    const m = this.months;
    if (m.length === 0) return nothing;
    const most = Math.max(1, ...m.map((x) => x.reviews));
    const step = (W - PAD.left - PAD.right) / m.length;
    const x = (i: number) => PAD.left + i * step;
    const plotH = H - PAD.top - PAD.bottom;
    const first = monthName(m[0]!.month);
    const last = monthName(m[m.length - 1]!.month);
    // Each January carries its year; the first month is named too unless a January follows too closely.
    const tickLabel = (ym: string, i: number) => {
      const month = Number(ym.slice(5, 7));
      if (month === 1) return ym.slice(0, 4);
      return i === 0 && month <= 10 ? MONTHS[month - 1] : null;
    };
    const ticks = m.map((mo, i) => {
      const label = tickLabel(mo.month, i);
      return label ? svg`<text x=${x(i) + step / 2} y=${H - 4} text-anchor="middle">${label}</text>` : nothing;
    });
    const ratingY = (r: number) => PAD.top + plotH - ((r - 1) / 4) * plotH;
    const rated = (mo: TrendMonth) => (mo.reviews >= this.minReviews ? mo.meanRating : null);
    const thinMonths = m.filter((mo) => mo.reviews > 0 && rated(mo) === null).length;
    const segments: string[] = [];
    let run = '';
    m.forEach((mo, i) => {
      const rating = rated(mo);
      if (rating === null) {
        if (run) segments.push(run);
        run = '';
        return;
      }
      run += `${run ? 'L' : 'M'}${x(i) + step / 2},${ratingY(rating)}`;
    });
    if (run) segments.push(run);
    return html`<div class="charts">
      <figure>
        <figcaption>Reviews per month</figcaption>
        <svg
          viewBox="0 0 ${W} ${H}"
          role="img"
          aria-label=${`Reviews per month from ${first} to ${last}; at most ${most} in one month. Every month is in the table below.`}
        >
          <line class="axis" x1=${PAD.left} x2=${W - PAD.right} y1=${H - PAD.bottom} y2=${H - PAD.bottom} />
          <text x=${PAD.left - 6} y=${PAD.top + 5} text-anchor="end">${most}</text>
          <text x=${PAD.left - 6} y=${H - PAD.bottom} text-anchor="end">0</text>
          ${m.map((mo, i) => {
            const h = (mo.reviews / most) * plotH;
            return svg`<rect class="col" x=${x(i) + step * 0.15} width=${step * 0.7} y=${H - PAD.bottom - h} height=${h} />`;
          })}
          ${ticks}
        </svg>
      </figure>
      <figure>
        <figcaption>Average rating per month (1 to 5 stars)</figcaption>
        <svg
          viewBox="0 0 ${W} ${H}"
          role="img"
          aria-label=${`Average rating per month from ${first} to ${last}, on a scale of 1 to 5 stars; months with fewer than ${this.minReviews} reviews are gaps. Every month is in the table below.`}
        >
          ${[1, 3, 5].map((r) => svg`<line class="axis" x1=${PAD.left} x2=${W - PAD.right} y1=${ratingY(r)} y2=${ratingY(r)} stroke-dasharray=${r === 1 ? '' : '2 4'} /><text x=${PAD.left - 6} y=${ratingY(r) + 5} text-anchor="end">${r}</text>`)}
          ${segments.map((d) => svg`<path class="line" d=${d} />`)}
          ${m.map((mo, i) => {
            const rating = rated(mo);
            return rating === null ? nothing : svg`<circle class="dot" cx=${x(i) + step / 2} cy=${ratingY(rating)} r="3.5" />`;
          })}
          ${ticks}
        </svg>
        ${
          thinMonths > 0
            ? html`<p class="thin">
                ${plural(thinMonths, 'month', 'months')} with fewer than ${this.minReviews} reviews: too few for an average, so left out.
              </p>`
            : nothing
        }
      </figure>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'earful-trend-chart': EarfulTrendChart;
  }
}
