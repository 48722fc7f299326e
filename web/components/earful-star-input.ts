// The star rating as a labelled radio group: native radios (arrow keys move the choice), drawn as stars.
import { LitElement, css, html, nothing, svg } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { STAR_LABELS } from '../../server/contract/taxonomy';
import { baseStyles } from './shared-styles';

const STAR = svg`<path d="M12 1.8l3 6.5 7 .8-5.2 4.8 1.4 7-6.2-3.5-6.2 3.5 1.4-7L2 9.1l7-.8z" stroke-width="1.5" stroke-linejoin="round" />`;

@customElement('earful-star-input')
export class EarfulStarInput extends LitElement {
  static override styles = [
    baseStyles,
    css`
      fieldset {
        border: 0;
        margin: 0;
        padding: 0;
      }
      legend {
        font-weight: 600;
        padding: 0;
        margin-bottom: 0.25rem;
      }
      .stars {
        display: flex;
        align-items: center;
        flex-wrap: wrap;
        gap: 0.25rem;
      }
      input {
        position: absolute;
        opacity: 0;
        width: 1px;
        height: 1px;
        margin: 0;
      }
      label {
        cursor: pointer;
        display: inline-flex;
        padding: 0.125rem;
        border-radius: 0.25rem;
        color: var(--earful-star, #a6520a);
      }
      input:focus-visible + label {
        outline: 3px solid var(--earful-focus, #1a56db);
        outline-offset: 1px;
      }
      svg {
        width: 2.5rem;
        height: 2.5rem;
        stroke: currentColor;
        fill: var(--earful-surface, #fff);
      }
      label.on svg {
        fill: currentColor;
      }
      .chosen {
        margin-left: 0.5rem;
        font-weight: 600;
        min-width: 9rem;
      }
      .invalid .stars {
        outline: 2px solid var(--earful-danger, #a4161a);
        outline-offset: 2px;
        border-radius: 0.25rem;
      }
    `,
  ];

  /** Chosen rating 1–5, or null. */
  @property({ type: Number }) value: number | null = null;

  /** Error message shown with the group. */
  @property() error = '';

  override render() {
    return html`<fieldset class=${this.error ? 'invalid' : ''} aria-describedby=${this.error ? 'rating-error' : nothing}>
      <legend>Your rating of their customer service (required)</legend>
      <div class="stars">
        ${([1, 2, 3, 4, 5] as const).map(
          (n) =>
            html`<input
                type="radio"
                id=${`star-${n}`}
                name="rating"
                .value=${String(n)}
                .checked=${this.value === n}
                @change=${() => this.choose(n)}
              /><label for=${`star-${n}`} class=${this.value !== null && n <= this.value ? 'on' : ''}
                ><svg viewBox="0 0 24 24" aria-hidden="true">${STAR}</svg
                ><span class="visually-hidden">${n} ${n === 1 ? 'star' : 'stars'}: ${STAR_LABELS[n]}</span></label
              >`,
        )}
        <span class="chosen" aria-hidden="true">${this.value ? STAR_LABELS[this.value as 1] : 'Not rated yet'}</span>
      </div>
      ${this.error ? html`<p class="field-error" id="rating-error">${this.error}</p>` : nothing}
    </fieldset>`;
  }

  /** Puts keyboard focus on the chosen star, or the first. */
  override focus() {
    this.renderRoot.querySelector<HTMLInputElement>(`#star-${this.value ?? 1}`)?.focus();
  }

  private choose(n: number) {
    this.value = n;
    this.dispatchEvent(new CustomEvent<{ value: number }>('rating-change', { detail: { value: n }, bubbles: true, composed: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'earful-star-input': EarfulStarInput;
  }
}
