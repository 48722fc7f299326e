// One routing hint in the admins' guide editor: its text, the answer it depends on (one question of the review
// form and the values that show it) and the guide section it links to. A hint written through the API with
// conditions on several answers is shown as it is and kept, or removed; it is not edited here.
import { LitElement, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { HintCondition } from '../../server/contract/guide';
import { GUIDE_LIMITS } from '../../server/contract/guide-rules';
import { TAXONOMY_FIELDS, type Taxonomy, type TaxonomyField } from '../../server/contract/taxonomy';
import { formStyles } from './form-styles';
import { checkboxes, fieldError } from './form-parts';
import { editorStyles } from './editor-styles';
import { baseStyles } from './shared-styles';

/** A hint as being edited; `id` is null until saved, `when` set only for a hint on several answers. */
export interface HintDraft {
  key: number;
  id: string | null;
  text: string;
  field: TaxonomyField;
  values: string[];
  section: string;
  when: HintCondition | null;
}

/** Each taxonomy question as an admin reads it (about the customer, unlike the review form's own wording). */
export const FIELD_QUESTIONS: Record<TaxonomyField, string> = {
  issueType: 'What was the problem?',
  contactMethod: 'How did they contact the company?',
  billingParty: 'Who bills them?',
  responseTime: 'How long did the answer take?',
  outcome: 'What was the outcome?',
  resolved: 'Was it resolved?',
};

@customElement('earful-guide-hint')
export class EarfulGuideHint extends LitElement {
  static override styles = [baseStyles, formStyles, editorStyles];

  /** The hint as the editor holds it. */
  @property({ attribute: false }) draft: HintDraft | null = null;
  /** Its place in the list, from 0. */
  @property({ type: Number }) index = 0;
  /** The company's answers to choose from. */
  @property({ attribute: false }) taxonomy: Taxonomy | null = null;
  /** The saved sections a hint can link to. */
  @property({ attribute: false }) sections: { anchor: string; title: string }[] = [];
  /** The server's errors for this hint, by field (text, section, when, id). */
  @property({ attribute: false }) errors: Record<string, string> = {};

  override render() {
    const d = this.draft;
    if (!d || !this.taxonomy) return nothing;
    const taxonomy = this.taxonomy;
    return html`<fieldset class="item">
      <legend>Hint ${this.index + 1}</legend>
      <div class="field">
        <label for="text">What the form shows</label>
        <input
          id="text"
          .value=${d.text}
          maxlength=${GUIDE_LIMITS.hintTextMax}
          aria-invalid=${this.errors.text ? 'true' : 'false'}
          aria-describedby=${this.errors.text ? 'text-error' : nothing}
          @input=${(e: Event) => this.change({ text: (e.target as HTMLInputElement).value })}
        />
        ${fieldError('text', this.errors.text)}
      </div>
      ${
        d.when
          ? html`<p>
              Shown when the customer answers:
              ${Object.entries(d.when)
                .map(([field, values]) => `${FIELD_QUESTIONS[field as TaxonomyField]} ${(values as string[]).join(', ')}`)
                .join('; ')}
              (a rule on several answers: change it through the API).
            </p>`
          : html`<div class="field">
                <label for="field">Shown when the customer answers</label>
                <select
                  id="field"
                  @change=${(e: Event) => this.change({ field: (e.target as HTMLSelectElement).value as TaxonomyField, values: [] })}
                >
                  ${TAXONOMY_FIELDS.map((f) => html`<option value=${f} ?selected=${f === d.field}>${FIELD_QUESTIONS[f]}</option>`)}
                </select>
              </div>
              <fieldset>
                <legend>with any of</legend>
                ${checkboxes(taxonomy[d.field], d.values, (values) => this.change({ values }))} ${fieldError('when', this.errors.when)}
              </fieldset>`
      }
      <div class="field">
        <label for="section">Links to the section</label>
        <select
          id="section"
          aria-invalid=${this.errors.section ? 'true' : 'false'}
          aria-describedby=${this.errors.section ? 'section-error' : nothing}
          @change=${(e: Event) => this.change({ section: (e.target as HTMLSelectElement).value })}
        >
          <option value="" ?selected=${!d.section}>Choose a section</option>
          ${this.sections.map((s) => html`<option value=${s.anchor} ?selected=${s.anchor === d.section}>${s.title}</option>`)}
        </select>
        ${fieldError('section', this.errors.section)}
      </div>
      ${fieldError('id', this.errors.id)}
      <div>
        <button type="button" @click=${() => this.dispatchEvent(new CustomEvent('hint-remove', { bubbles: true, composed: true }))}>
          Remove hint
        </button>
      </div>
    </fieldset>`;
  }

  private change(patch: Partial<HintDraft>) {
    this.dispatchEvent(new CustomEvent<Partial<HintDraft>>('hint-change', { detail: patch, bubbles: true, composed: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'earful-guide-hint': EarfulGuideHint;
  }
}
