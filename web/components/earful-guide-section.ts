// One section in the admins' guide editor, folded to its title until opened: title, kind, the issue types it
// helps with, its text, and whether it was checked today. Every edit goes up as an event, and the editor passes
// the draft down.
import { LitElement, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { GUIDE_LIMITS, GUIDE_SECTION_KINDS, GUIDE_SECTION_KIND_LABELS, type GuideSectionKind } from '../../server/contract/guide-rules';
import type { TaxonomyValue } from '../../server/contract/taxonomy';
import { formatDate } from '../lib/format';
import { formStyles } from './form-styles';
import { checkboxes, fieldError } from './form-parts';
import { editorStyles } from './editor-styles';
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

@customElement('earful-guide-section')
export class EarfulGuideSection extends LitElement {
  static override styles = [baseStyles, formStyles, editorStyles];

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
  /** Open when it is shown first (a section just added); one with errors opens too. */
  @property({ type: Boolean }) open = false;

  override render() {
    const d = this.draft;
    if (!d) return nothing;
    const errors = Object.values(this.errors).some(Boolean);
    return html`<details class="item" ?open=${this.open || errors}>
      <summary>
        <span class="summary-title">Section ${this.index + 1}${d.title ? `: ${d.title}` : ''}</span>
        <span class="muted"
          >${GUIDE_SECTION_KIND_LABELS[d.kind]} · helps with ${d.issueTypes.length}
          ${d.issueTypes.length === 1 ? 'problem' : 'problems'}${errors ? ' · needs a change' : ''}</span
        >
      </summary>
      <fieldset class="item">
        <legend class="visually-hidden">Section ${this.index + 1}${d.title ? `: ${d.title}` : ''}</legend>
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
          ${fieldError('title', this.errors.title)}
        </div>
        <div class="field">
          <label for="kind">Kind</label>
          <select id="kind" @change=${(e: Event) => this.change({ kind: (e.target as HTMLSelectElement).value as GuideSectionKind })}>
            ${GUIDE_SECTION_KINDS.map((k) => html`<option value=${k} ?selected=${k === d.kind}>${GUIDE_SECTION_KIND_LABELS[k]}</option>`)}
          </select>
        </div>
        <fieldset>
          <legend>Helps with these problems</legend>
          ${checkboxes(this.issueTypes, d.issueTypes, (issueTypes) => this.change({ issueTypes }))}
          ${fieldError('issueTypes', this.errors.issueTypes)}
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
          ${fieldError('body', this.errors.body)}
        </div>
        ${fieldError('anchor', this.errors.anchor)}
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
      </fieldset>
    </details>`;
  }

  /** Puts the cursor in the title, for a section just added. */
  focusTitle() {
    void this.updateComplete.then(() => {
      const details = this.renderRoot.querySelector('details');
      if (details) details.open = true;
      this.renderRoot.querySelector<HTMLInputElement>('#title')?.focus();
    });
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
