// Five stars filled to the tenth. Filled and empty stars differ in shape (solid vs outline), not only in
// colour. Hidden from screen readers unless given a label: the rating is always said in text nearby.
import { LitElement, css, html, svg } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';

const STAR = 'M12 1.8l3 6.5 7 .8-5.2 4.8 1.4 7-6.2-3.5-6.2 3.5 1.4-7L2 9.1l7-.8z';
const stars = (fill: string, stroke: string) =>
  [0, 1, 2, 3, 4].map(
    (i) =>
      svg`<path transform="translate(${i * 24} 0)" d=${STAR} fill=${fill} stroke=${stroke} stroke-width="1.5" stroke-linejoin="round" />`,
  );

@customElement('earful-stars')
export class EarfulStars extends LitElement {
  static override styles = css`
    :host {
      display: inline-block;
      vertical-align: middle;
      line-height: 0;
      color: var(--earful-star, #a6520a);
    }
    svg {
      width: var(--earful-stars-width, 6.5rem);
      height: auto;
      aspect-ratio: 5;
    }
  `;

  /** The rating, 0 to 5; drawn to the nearest tenth of a star. */
  @property({ type: Number }) value = 0;

  /** Spoken label such as "Rated 4 out of 5 stars"; without it the stars are decoration. */
  @property() label = '';

  override render() {
    const width = (Math.round(Math.min(5, Math.max(0, this.value)) * 10) / 10) * 24;
    return html`<svg
      viewBox="0 0 120 24"
      role=${ifDefined(this.label ? 'img' : undefined)}
      aria-label=${ifDefined(this.label || undefined)}
      aria-hidden=${ifDefined(this.label ? undefined : 'true')}
      focusable="false"
    >
      ${stars('#fff', 'currentColor')}
      <svg width=${width} height="24" viewBox="0 0 ${width} 24" overflow="hidden">${stars('currentColor', 'currentColor')}</svg>
    </svg>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'earful-stars': EarfulStars;
  }
}
