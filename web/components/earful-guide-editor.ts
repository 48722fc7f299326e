// The admins' guide editor: choose a company, edit its sections (title, kind, the issue types they help with,
// the text in the guide format), add, remove and reorder them, and save the whole guide at the version read.
// The routing hints are kept as they are (the API's PUT keeps them when none are sent).
import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { CompanyGuide, GuideSectionInput } from '../../server/contract/guide';
import { GUIDE_LIMITS, GUIDE_SECTION_KINDS, GUIDE_SECTION_KIND_LABELS, type GuideSectionKind } from '../../server/contract/guide-rules';
import type { TaxonomyValue } from '../../server/contract/taxonomy';
import { ApiError, api } from '../api/client';
import { moderatorApi } from '../api/moderator-api';
import { formatDate } from '../lib/format';
import { formError, submitButton } from './form-parts';
import { formStyles } from './form-styles';
import { baseStyles } from './shared-styles';

/** A section as being edited; `key` only tells the drafts apart on this page. */
interface Draft {
  key: number;
  anchor: string | null;
  kind: GuideSectionKind;
  title: string;
  body: string;
  issueTypes: string[];
  reviewed: boolean;
  reviewedAt: string | null;
}

const FORMAT_HELP =
  'A blank line starts a new paragraph. Lines starting with "- " make a list, "1. " a numbered list. ' +
  'Links are written [text](https://address); only https addresses become links. No HTML.';

/** An address for a new section, from its title, unlike every other section's. */
function anchorFor(title: string, taken: Set<string>): string {
  const base =
    title
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, GUIDE_LIMITS.anchorMax - 4)
      .replace(/-+$/, '') || 'section';
  let anchor = base;
  for (let n = 2; taken.has(anchor); n++) anchor = `${base}-${n}`;
  return anchor;
}

@customElement('earful-guide-editor')
export class EarfulGuideEditor extends LitElement {
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
      .checks {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem 1.25rem;
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
      .row {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        align-items: center;
      }
      textarea {
        min-height: 10rem;
      }
    `,
  ];

  @state() private _companies: { slug: string; name: string }[] = [];
  @state() private _slug = '';
  @state() private _guide: CompanyGuide | null = null;
  @state() private _issueTypes: TaxonomyValue[] = [];
  @state() private _drafts: Draft[] = [];
  @state() private _fields: Record<string, string> = {};
  @state() private _status = '';
  @state() private _error = '';
  @state() private _saving = false;
  @state() private _conflict = false;
  private _nextKey = 1;

  override async connectedCallback() {
    super.connectedCallback();
    try {
      this._companies = (await api.listCompanies()).companies.map(({ slug, name }) => ({ slug, name }));
    } catch {
      this._error = 'The companies could not be loaded. Please reload the page.';
    }
  }

  override render() {
    return html`<h2>Company guides</h2>
      <div class="field">
        <label for="company">Company</label>
        <select id="company" @change=${(e: Event) => this.open((e.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${!this._slug}>Choose a company</option>
          ${this._companies.map((c) => html`<option value=${c.slug} ?selected=${c.slug === this._slug}>${c.name}</option>`)}
        </select>
      </div>
      <p role="status">${this._status}</p>
      ${this._guide ? this.renderForm(this._guide) : formError(this._error)}`;
  }

  private renderForm(guide: CompanyGuide) {
    return html`<form novalidate @submit=${this.onSave}>
      <p class="muted">
        ${guide.empty ? 'This company has no guide yet.' : `Version ${guide.version}, saved ${formatDate(guide.updatedAt!)}.`}
        ${FORMAT_HELP}
      </p>
      ${this._drafts.map((draft, i) => this.renderSection(draft, i))}
      <div class="row">
        <button type="button" @click=${this.addSection} ?hidden=${this._drafts.length >= GUIDE_LIMITS.sectionsMax}>Add a section</button>
      </div>
      ${formError(this._error)}
      ${this._conflict ? html`<button type="button" @click=${() => this.open(this._slug)}>Reload the guide</button>` : nothing}
      ${submitButton(this._saving, 'Save the guide', 'Saving…')}
    </form>`;
  }

  private renderSection(d: Draft, i: number) {
    const id = (field: string) => `s${d.key}-${field}`;
    const error = (field: string) => this._fields[`sections.${i}.${field}`];
    const described = (field: string) => (error(field) ? id(`${field}-error`) : nothing);
    const errorOf = (field: string) =>
      error(field) ? html`<p class="field-error" id=${id(`${field}-error`)}>${error(field)}</p>` : nothing;
    const update = (patch: Partial<Draft>) => (this._drafts = this._drafts.map((x) => (x.key === d.key ? { ...x, ...patch } : x)));
    return html`<fieldset class="section">
      <legend>Section ${i + 1}${d.title ? `: ${d.title}` : ''}</legend>
      <div class="field">
        <label for=${id('title')}>Title</label>
        <input
          id=${id('title')}
          .value=${d.title}
          maxlength=${GUIDE_LIMITS.titleMax}
          aria-invalid=${error('title') ? 'true' : 'false'}
          aria-describedby=${described('title')}
          @input=${(e: Event) => update({ title: (e.target as HTMLInputElement).value })}
        />
        ${errorOf('title')}
      </div>
      <div class="field">
        <label for=${id('kind')}>Kind</label>
        <select id=${id('kind')} @change=${(e: Event) => update({ kind: (e.target as HTMLSelectElement).value as GuideSectionKind })}>
          ${GUIDE_SECTION_KINDS.map((k) => html`<option value=${k} ?selected=${k === d.kind}>${GUIDE_SECTION_KIND_LABELS[k]}</option>`)}
        </select>
      </div>
      <fieldset>
        <legend>Helps with these problems</legend>
        <div class="checks">
          ${this._issueTypes.map(
            (t) =>
              html`<label
                ><input
                  type="checkbox"
                  .checked=${d.issueTypes.includes(t.value)}
                  @change=${(e: Event) =>
                    update({
                      issueTypes: (e.target as HTMLInputElement).checked
                        ? [...d.issueTypes, t.value]
                        : d.issueTypes.filter((v) => v !== t.value),
                    })}
                />
                ${t.label}</label
              >`,
          )}
        </div>
      </fieldset>
      <div class="field">
        <label for=${id('body')}>Text</label>
        <textarea
          id=${id('body')}
          .value=${d.body}
          maxlength=${GUIDE_LIMITS.bodyMax}
          aria-invalid=${error('body') ? 'true' : 'false'}
          aria-describedby=${described('body')}
          @input=${(e: Event) => update({ body: (e.target as HTMLTextAreaElement).value })}
        ></textarea>
        ${errorOf('body')}
      </div>
      ${errorOf('anchor')}
      <div class="row">
        <label
          ><input
            type="checkbox"
            .checked=${d.reviewed}
            @change=${(e: Event) => update({ reviewed: (e.target as HTMLInputElement).checked })}
          />
          Checked against the company's help pages today${d.reviewedAt ? ` (last checked ${formatDate(d.reviewedAt)})` : ''}</label
        >
      </div>
      <div class="row">
        <button type="button" ?disabled=${i === 0} @click=${() => this.move(i, -1)}>Move up</button>
        <button type="button" ?disabled=${i === this._drafts.length - 1} @click=${() => this.move(i, 1)}>Move down</button>
        <button type="button" @click=${() => (this._drafts = this._drafts.filter((x) => x.key !== d.key))}>Remove section</button>
      </div>
    </fieldset>`;
  }

  private async open(slug: string) {
    this._slug = slug;
    this._guide = null;
    this._fields = {};
    this._error = '';
    this._status = '';
    this._conflict = false;
    if (!slug) return;
    try {
      const [guide, company] = await Promise.all([api.getGuide(slug), api.getCompany(slug)]);
      if (this._slug !== slug) return;
      this._issueTypes = company.taxonomy.issueType;
      this.show(guide);
    } catch {
      this._error = 'The guide could not be loaded. Please try again.';
    }
  }

  private show(guide: CompanyGuide) {
    this._guide = guide;
    this._drafts = guide.sections.map((s) => ({
      key: this._nextKey++,
      anchor: s.anchor,
      kind: s.kind,
      title: s.title,
      body: s.body,
      issueTypes: s.issueTypes,
      reviewed: false,
      reviewedAt: s.reviewedAt,
    }));
  }

  private addSection() {
    const draft: Draft = {
      key: this._nextKey++,
      anchor: null,
      kind: 'problem',
      title: '',
      body: '',
      issueTypes: [],
      reviewed: false,
      reviewedAt: null,
    };
    this._drafts = [...this._drafts, draft];
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>(`#s${draft.key}-title`)?.focus());
  }

  private move(i: number, by: -1 | 1) {
    const drafts = [...this._drafts];
    [drafts[i], drafts[i + by]] = [drafts[i + by]!, drafts[i]!];
    this._drafts = drafts;
  }

  private async onSave(e: SubmitEvent) {
    e.preventDefault();
    if (this._saving || !this._guide) return;
    const taken = new Set(this._drafts.flatMap((d) => (d.anchor ? [d.anchor] : [])));
    const sections: GuideSectionInput[] = this._drafts.map((d) => {
      const anchor = d.anchor ?? anchorFor(d.title, taken);
      taken.add(anchor);
      return { anchor, kind: d.kind, title: d.title, body: d.body, issueTypes: d.issueTypes, reviewed: d.reviewed };
    });
    this._saving = true;
    this._fields = {};
    this._error = '';
    this._status = '';
    try {
      this.show(await moderatorApi.updateGuide(this._slug, { version: this._guide.version, sections }));
      this._status = `Saved. Readers see version ${this._guide.version} now.`;
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        this._conflict = true;
        this._error = 'Someone changed this guide since you opened it. Reload it to see their version; your changes here are not saved.';
      } else if (error instanceof ApiError && Object.keys(error.fields).length > 0) {
        this._fields = error.fields;
        this._error = 'Some sections need a change: see the marked fields.';
      } else {
        this._error = error instanceof ApiError ? error.message : 'The guide could not be saved. Please try again.';
      }
    } finally {
      this._saving = false;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'earful-guide-editor': EarfulGuideEditor;
  }
}
