// One section in the admins' guide editor: title, kind, the issue types it helps with, its text, and whether
// it was checked today. It owns no state: every edit goes up as an event, and the editor passes the draft down.
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { GUIDE_LIMITS, GUIDE_SECTION_KINDS, GUIDE_SECTION_KIND_LABELS, type GuideSectionKind } from '../../server/contract/guide-rules';
import type { TaxonomyValue } from '../../server/contract/taxonomy';
import { formatDate } from '../lib/format';
import { formStyles } from './form-styles';
import { baseStyles } from './shared-styles';

/** A section as being edited; `key` only tells the drafts apart on the page, `anchor` is null until saved. */
export interface GuideDraft {
  key: number;
  anchor: string | null;
  kind: GuideSectionKind;
  title: string;
  body: string;
  issueTypes: string[];
  reviewed: boolean;
  reviewedAt: string | null;
}

type Field = 'title' | 'body' | 'anchor' | 'issueTypes';

/** The server's field errors for section `index` ("sections.2.title" → title). */
export function sectionErrors(fields: Record<string, string>, index: number): Partial<Record<Field, string>> {
  const prefix = `sections.${index}.`;
  const out: Partial<Record<Field, string>> = {};
  for (const [key, message] of Object.entries(fields)) {
    if (key.startsWith(prefix)) out[key.slice(prefix.length).split('.')[0] as Field] ??= message;
  }
  return out;
}

@customElement('earful-guide-section')
export class EarfulGuideSection extends LitElement {
  static override styles = [
    baseStyles,
    formStyles,
    css`
      fieldset.section {
        display: grid;
        gap: 0.75rem;
        border: 1px solid var(--earful-border, #c9c6d6);
        border-radius: 6px;
        padding: 1rem;
      }
      .checks,
      .row {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem 1.25rem;
        align-items: center;
      }
      .checks label,
      .row label {
        display: inline-flex;
        align-items: center;
        gap: 0.4rem;
        font-weight: normal;
        margin: 0;
      }
      input[type='checkbox'] {
        width: auto;
        margin: 0;
      }
      textarea {
        min-height: 10rem;
      }
    `,
  ];

  /** The section as the editor holds it. */
  @property({ attribute: false }) draft: GuideDraft | null = null;
  /** Its place in the guide, from 0. */
  @property({ type: Number }) index = 0;
  /** Whether it is the guide's last section (it cannot move down). */
  @property({ type: Boolean }) last = false;
  /** The company's issue types, for "helps with". */
  @property({ attribute: false }) issueTypes: TaxonomyValue[] = [];
  /** The server's errors for this section's fields. */
  @property({ attribute: false }) errors: Partial<Record<Field, string>> = {};

  override render() {
    const d = this.draft;
    if (!d) return nothing;
    return html`<fieldset class="section">
      <legend>Section ${this.index + 1}${d.title ? `: ${d.title}` : ''}</legend>
      <div class="field">
        <label for="title">Title</label>
        <input
          id="title"
          .value=${d.title}
          maxlength=${GUIDE_LIMITS.titleMax}
          aria-invalid=${this.errors.title ? 'true' : 'false'}
          aria-describedby=${this.errors.title ? 'title-error' : nothing}
          @input=${(e: Event) => this.change({ title: (e.target as HTMLInputElement).value })}
        />
        ${this.errorOf('title')}
      </div>
      <div class="field">
        <label for="kind">Kind</label>
        <select id="kind" @change=${(e: Event) => this.change({ kind: (e.target as HTMLSelectElement).value as GuideSectionKind })}>
          ${GUIDE_SECTION_KINDS.map((k) => html`<option value=${k} ?selected=${k === d.kind}>${GUIDE_SECTION_KIND_LABELS[k]}</option>`)}
        </select>
      </div>
      <fieldset>
        <legend>Helps with these problems</legend>
        <div class="checks">
          ${this.issueTypes.map(
            (t) =>
              html`<label
                ><input
                  type="checkbox"
                  .checked=${d.issueTypes.includes(t.value)}
                  @change=${(e: Event) =>
                    this.change({
                      issueTypes: (e.target as HTMLInputElement).checked
                        ? [...d.issueTypes, t.value]
                        : d.issueTypes.filter((v) => v !== t.value),
                    })}
                />
                ${t.label}</label
              >`,
          )}
        </div>
        ${this.errorOf('issueTypes')}
      </fieldset>
      <div class="field">
        <label for="body">Text</label>
        <textarea
          id="body"
          .value=${d.body}
          maxlength=${GUIDE_LIMITS.bodyMax}
          aria-invalid=${this.errors.body ? 'true' : 'false'}
          aria-describedby=${this.errors.body ? 'body-error' : nothing}
          @input=${(e: Event) => this.change({ body: (e.target as HTMLTextAreaElement).value })}
        ></textarea>
        ${this.errorOf('body')}
      </div>
      ${this.errorOf('anchor')}
      <div class="row">
        <label
          ><input
            type="checkbox"
            .checked=${d.reviewed}
            @change=${(e: Event) => this.change({ reviewed: (e.target as HTMLInputElement).checked })}
          />
          Checked against the company's help pages today${d.reviewedAt ? ` (last checked ${formatDate(d.reviewedAt)})` : ''}</label
        >
      </div>
      <div class="row">
        <button type="button" ?disabled=${this.index === 0} @click=${() => this.emit('section-move', -1)}>Move up</button>
        <button type="button" ?disabled=${this.last} @click=${() => this.emit('section-move', 1)}>Move down</button>
        <button type="button" @click=${() => this.emit('section-remove', null)}>Remove section</button>
      </div>
    </fieldset>`;
  }

  /** Puts the cursor in the title, for a section just added. */
  focusTitle() {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('#title')?.focus());
  }

  private errorOf(field: Field) {
    const message = this.errors[field];
    return message ? html`<p class="field-error" id=${`${field}-error`}>${message}</p>` : nothing;
  }

  private change(patch: Partial<GuideDraft>) {
    this.emit('section-change', patch);
  }

  private emit<T>(name: string, detail: T) {
    this.dispatchEvent(new CustomEvent<T>(name, { detail, bubbles: true, composed: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'earful-guide-section': EarfulGuideSection;
  }
}
