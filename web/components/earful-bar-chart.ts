// A horizontal bar chart whose every bar carries its value in words, so it reads without colour; the bars
// themselves are decoration. An optional range (a 95% interval) is drawn as a bracket around the bar's end.
// Rows below the evidence threshold show the "not enough reviews" text and no bar.
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { setStyle } from '../lib/set-style';
import { baseStyles } from './shared-styles';

export interface BarRow {
  label: string;
  /** 0–1 of the track; null for a group without enough reviews. */
  value: number | null;
  /** What the bar says, such as "31% of reviews (42)". */
  text: string;
  /** 0–1 interval drawn around the bar's end. */
  range?: [number, number];
  /** In-page link to more about this row (a guide section), shown after its label. */
  href?: string | null;
  /** Visible link text; the row's label is added for screen readers. */
  linkText?: string;
}

@customElement('earful-bar-chart')
export class EarfulBarChart extends LitElement {
  static override styles = [
    baseStyles,
    css`
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: 0.625rem;
      }
      li {
        display: grid;
        grid-template-columns: minmax(0, 1fr);
        gap: 0.125rem;
      }
      .label {
        display: flex;
        flex-wrap: wrap;
        justify-content: space-between;
        gap: 0 0.75rem;
      }
      .name {
        font-weight: 600;
      }
      .track {
        position: relative;
        height: 0.875rem;
        border: 1px solid var(--earful-muted, #4f5160);
        background: var(--earful-surface, #fff);
      }
      .bar {
        position: absolute;
        inset: 0 auto 0 0;
        background: repeating-linear-gradient(135deg, var(--earful-accent, #3f2a8c) 0 6px, #6f5bc0 6px 9px);
      }
      .range {
        position: absolute;
        top: -3px;
        bottom: -3px;
        border: 2px solid var(--earful-text, #1b1b24);
        border-top: 0;
        border-bottom: 0;
      }
      .thin {
        font-style: italic;
      }
      .label a {
        font-size: 0.875rem;
      }
    `,
  ];

  /** Accessible name of the list of bars. */
  @property() label = '';

  @property({ attribute: false }) rows: BarRow[] = [];

  override render() {
    return html`<ul aria-label=${this.label}>
      ${this.rows.map(
        (row) =>
          html`<li>
            <div class="label">
              <span
                ><span class="name">${row.label}</span>${
                  row.href
                    ? html` ·
                        <a href=${row.href}>${row.linkText ?? 'What helps'}<span class="visually-hidden"> with ${row.label}</span></a>`
                    : nothing
                }</span
              >
              <span class=${row.value === null ? 'thin' : ''}>${row.text}</span>
            </div>
            ${
              row.value === null
                ? nothing
                : html`<div class="track" aria-hidden="true">
                    <span class="bar" ${setStyle({ width: `${Math.min(1, Math.max(0, row.value)) * 100}%` })}></span>
                    ${
                      row.range
                        ? html`<span
                            class="range"
                            ${setStyle({ left: `${row.range[0] * 100}%`, width: `${Math.max(0, row.range[1] - row.range[0]) * 100}%` })}
                          ></span>`
                        : nothing
                    }
                  </div>`
            }
          </li>`,
      )}
    </ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'earful-bar-chart': EarfulBarChart;
  }
}
