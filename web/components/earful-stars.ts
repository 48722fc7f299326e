// Five stars filled to the tenth, a part star by its area (2.8 shows 0.8 of the third star's ink, not a star
// that looks full because its thin right point is all that is left out). Filled and empty stars differ in
// shape (solid vs outline), not only in colour. Hidden from screen readers unless given a label.
import { LitElement, css, html, svg } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';

const STAR = 'M12 1.8l3 6.5 7 .8-5.2 4.8 1.4 7-6.2-3.5-6.2 3.5 1.4-7L2 9.1l7-.8z';
/** The same star's corners, to measure its area. */
const CORNERS: [number, number][] = [
  [12, 1.8],
  [15, 8.3],
  [22, 9.1],
  [16.8, 13.9],
  [18.2, 20.9],
  [12, 17.4],
  [5.8, 20.9],
  [7.2, 13.9],
  [2, 9.1],
  [9, 8.3],
];

/** Area of the star left of x (the polygon cut by a vertical line, then the shoelace formula). */
function areaLeftOf(x: number): number {
  const kept: [number, number][] = [];
  CORNERS.forEach((a, i) => {
    const b = CORNERS[(i + 1) % CORNERS.length]!;
    if (a[0] <= x) kept.push(a);
    if (a[0] < x !== b[0] < x) kept.push([x, a[1] + ((x - a[0]) * (b[1] - a[1])) / (b[0] - a[0])]);
  });
  return (
    Math.abs(
      kept.reduce((sum, [x1, y1], i) => {
        const [x2, y2] = kept[(i + 1) % kept.length]!;
        return sum + x1 * y2 - x2 * y1;
      }, 0),
    ) / 2
  );
}

/** Where to cut a star so that tenths 0–10 of its area are filled. */
let tenthCuts: number[] | null = null;
function cutFor(tenth: number): number {
  tenthCuts ??= Array.from({ length: 11 }, (_, t) => {
    const target = (areaLeftOf(24) * t) / 10;
    let [lo, hi] = [0, 24];
    for (let i = 0; i < 30; i++) {
      const mid = (lo + hi) / 2;
      if (areaLeftOf(mid) < target) lo = mid;
      else hi = mid;
    }
    return t === 0 ? 0 : t === 10 ? 24 : hi;
  });
  return tenthCuts[tenth]!;
}
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
    const tenths = Math.round(Math.min(5, Math.max(0, this.value)) * 10);
    const width = Math.floor(tenths / 10) * 24 + cutFor(tenths % 10);
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
