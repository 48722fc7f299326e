// The admins' guide editor: choose a company, edit its sections (each folded to its title until opened: title,
// kind, the issue types they help with, the text in the guide format), add, remove and reorder them, edit its
// routing hints, preview it as readers will see it, and save the whole guide with its hints at the version read
// from a bar that stays in view.
import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { Task, TaskStatus } from '@lit/task';
import type { CompanyGuide, CompanyHints, GuideSectionInput, HintRuleInput } from '../../server/contract/guide';
import { GUIDE_LIMITS } from '../../server/contract/guide-rules';
import { parseGuideText } from '../../server/contract/guide-text';
import type { Taxonomy, TaxonomyField } from '../../server/contract/taxonomy';
import { ApiError, api } from '../api/api-client';
import { isSignedOut, moderatorApi, signedInAgain } from '../api/moderator-api';
import { formatDate } from '../lib/format';
import { errorsUnder, formError, submitButton } from './form-parts';
import { formStyles } from './form-styles';
import type { EarfulGuideSection, GuideDraft } from './earful-guide-section';
import './earful-guide-section';
import type { HintDraft } from './earful-guide-hint';
import './earful-guide-hint';
import { baseStyles } from './shared-styles';
import './earful-guide';

const FORMAT_HELP =
  'A blank line starts a new paragraph. Lines starting with "- " make a list, "1. " a numbered list. ' +
  'Links are written [text](https://address); only https addresses become links. No HTML.';

/** An address for a new section (or an id for a new hint), from its words, unlike every other one's. */
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
      .row {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        align-items: center;
      }
      .sections {
        display: grid;
        gap: 0.75rem;
        margin-bottom: 0.75rem;
      }
      /* Save stays in view however long the guide is. */
      .savebar {
        position: sticky;
        bottom: 0;
        z-index: 1;
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.5rem 0.75rem;
        margin-top: 1rem;
        padding: 0.75rem 0;
        border-top: 1px solid var(--earful-border, #c9cad3);
        background: var(--earful-page, #f6f6f9);
      }
      .savebar .form-error {
        flex-basis: 100%;
        margin: 0;
      }
      .preview {
        border: 2px dashed var(--earful-border, #c9cad3);
        border-radius: 0.5rem;
        padding: 0.75rem;
      }
    `,
  ];

  @state() private _slug = '';
  @state() private _guide: CompanyGuide | null = null;
  @state() private _taxonomy: Taxonomy | null = null;
  @state() private _drafts: GuideDraft[] = [];
  @state() private _hints: HintDraft[] = [];
  @state() private _fields: Record<string, string> = {};
  @state() private _status = '';
  @state() private _error = '';
  @state() private _saving = false;
  @state() private _conflict = false;
  /** Showing the guide as readers will see it, instead of the fields. */
  @state() private _preview = false;
  private _nextKey = 1;

  private _companies = new Task(this, {
    args: () => [] as const,
    task: async (_a, { signal }) => (await api.listCompanies({ signal })).companies.map(({ slug, name }) => ({ slug, name })),
  });

  override render() {
    return html`<h2>Company guides</h2>
      <div class="field">
        <label for="company">Company</label>
        <select id="company" @change=${(e: Event) => this.open((e.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${!this._slug}>Choose a company</option>
          ${(this._companies.value ?? []).map((c) => html`<option value=${c.slug} ?selected=${c.slug === this._slug}>${c.name}</option>`)}
        </select>
      </div>
      ${this._companies.status === TaskStatus.ERROR ? formError('The companies could not be loaded. Please reload the page.') : nothing}
      <p role="status">${this._status}</p>
      ${this._guide ? this.renderForm(this._guide) : formError(this._error)}`;
  }

  private renderForm(guide: CompanyGuide) {
    return html`<form novalidate @submit=${this.onSave}>
      <p class="muted">
        ${guide.empty ? 'This company has no guide yet.' : `Version ${guide.version}, saved ${formatDate(guide.updatedAt!)}.`}
        ${this._preview ? 'The preview shows the guide as it is here, saved or not.' : FORMAT_HELP}
      </p>
      ${this._preview ? this.renderPreview(guide) : this.renderFields()}
      <div class="savebar">
        ${formError(this._error)}
        ${this._conflict ? html`<button type="button" @click=${() => this.open(this._slug)}>Reload the guide</button>` : nothing}
        <button type="button" aria-pressed=${this._preview ? 'true' : 'false'} @click=${() => (this._preview = !this._preview)}>
          Preview as readers see it
        </button>
        ${submitButton(this._saving, 'Save the guide', 'Saving…')}
      </div>
    </form>`;
  }

  /** The drafts as the company page will show them, every section open. */
  private renderPreview(guide: CompanyGuide) {
    const sections = this._drafts.map((d) => ({
      anchor: d.anchor ?? `new-section-${d.key}`,
      kind: d.kind,
      title: d.title || 'Untitled section',
      body: d.body,
      blocks: parseGuideText(d.body),
      issueTypes: d.issueTypes,
      reviewedAt: d.reviewedAt ?? new Date().toISOString(),
    }));
    const preview: CompanyGuide = { ...guide, empty: sections.length === 0, message: null, sections };
    void this.updateComplete.then(() =>
      this.renderRoot.querySelectorAll('.preview details').forEach((d) => ((d as HTMLDetailsElement).open = true)),
    );
    return html`<div class="preview" role="region" aria-label="Preview of the guide"><earful-guide .guide=${preview}></earful-guide></div>`;
  }

  private renderFields() {
    return html`<div class="sections">
        ${repeat(
          this._drafts,
          (d) => d.key,
          (d, i) =>
            html`<earful-guide-section
              .draft=${d}
              .index=${i}
              .last=${i === this._drafts.length - 1}
              .issueTypes=${this._taxonomy?.issueType ?? []}
              .errors=${errorsUnder(this._fields, `sections.${i}`)}
              .open=${d.anchor === null}
              @section-change=${(e: CustomEvent<Partial<GuideDraft>>) =>
                (this._drafts = this._drafts.map((x) => (x.key === d.key ? { ...x, ...e.detail } : x)))}
              @section-move=${(e: CustomEvent<-1 | 1>) => this.move(i, e.detail)}
              @section-remove=${() => (this._drafts = this._drafts.filter((x) => x.key !== d.key))}
            ></earful-guide-section>`,
        )}
      </div>
      <div class="row">
        <button type="button" @click=${this.addSection} ?hidden=${this._drafts.length >= GUIDE_LIMITS.sectionsMax}>Add a section</button>
      </div>
      <h3>Routing hints</h3>
      <p class="muted">
        The review form shows a hint as soon as the customer's answer matches, with a link to the section that helps. A hint links to a
        saved section: save a new section before linking to it.
      </p>
      ${repeat(
        this._hints,
        (h) => h.key,
        (h, i) =>
          html`<earful-guide-hint
            .draft=${h}
            .index=${i}
            .taxonomy=${this._taxonomy}
            .sections=${this._drafts.flatMap((d) => (d.anchor ? [{ anchor: d.anchor, title: d.title }] : []))}
            .errors=${errorsUnder(this._fields, `hints.${i}`)}
            @hint-change=${(e: CustomEvent<Partial<HintDraft>>) =>
              (this._hints = this._hints.map((x) => (x.key === h.key ? { ...x, ...e.detail } : x)))}
            @hint-remove=${() => (this._hints = this._hints.filter((x) => x.key !== h.key))}
          ></earful-guide-hint>`,
      )}
      <div class="row">
        <button type="button" @click=${this.addHint} ?hidden=${this._hints.length >= GUIDE_LIMITS.hintsMax}>Add a hint</button>
      </div>`;
  }

  private async open(slug: string) {
    this._slug = slug;
    this._guide = null;
    this._fields = {};
    this._error = '';
    this._status = '';
    this._conflict = false;
    this._preview = false;
    if (!slug) return;
    try {
      const [guide, company, hints] = await Promise.all([api.getGuide(slug), api.getCompany(slug), api.getHints(slug)]);
      if (this._slug !== slug) return;
      this._taxonomy = company.taxonomy;
      this.show(guide, hints);
    } catch {
      this._error = 'The guide could not be loaded. Please try again.';
    }
  }

  private show(guide: CompanyGuide, hints: CompanyHints) {
    this._guide = guide;
    this._hints = hints.hints.map(({ id, when, text, section }) => {
      const fields = Object.keys(when) as TaxonomyField[];
      const single = fields.length === 1;
      return {
        key: this._nextKey++,
        id,
        text,
        section,
        field: fields[0]!,
        values: single ? when[fields[0]!]! : [],
        when: single ? null : when,
      };
    });
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
    const draft: GuideDraft = {
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
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<EarfulGuideSection>('earful-guide-section:last-of-type')?.focusTitle(),
    );
  }

  private addHint() {
    const hint: HintDraft = { key: this._nextKey++, id: null, text: '', field: 'issueType', values: [], section: '', when: null };
    this._hints = [...this._hints, hint];
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
    const ids = new Set(this._hints.flatMap((h) => (h.id ? [h.id] : [])));
    const hints: HintRuleInput[] = this._hints.map((h) => {
      const id = h.id ?? anchorFor(h.text, ids);
      ids.add(id);
      return { id, text: h.text, section: h.section, when: h.when ?? { [h.field]: h.values } };
    });
    this._saving = true;
    this._fields = {};
    this._error = '';
    this._status = '';
    const update = { version: this._guide.version, sections, hints };
    try {
      const saved = await moderatorApi.updateGuide(this._slug, update).catch(async (error: unknown) => {
        // A session ended elsewhere: the console opens sign-in; the guide as edited is sent once signed in.
        if (!isSignedOut(error)) throw error;
        this._error = 'Your session has ended. Sign in again and the guide is saved; your changes here are kept.';
        if (!(await signedInAgain())) throw error;
        this._error = '';
        return moderatorApi.updateGuide(this._slug, update);
      });
      this.show(saved, await api.getHints(this._slug));
      this._status = `Saved. Readers see version ${this._guide.version} now.`;
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        this._conflict = true;
        this._error = 'Someone changed this guide since you opened it. Reload it to see their version; your changes here are not saved.';
      } else if (error instanceof ApiError && Object.keys(error.fields).length > 0) {
        this._fields = error.fields;
        this._error = 'Some sections or hints need a change: see the marked fields.';
      } else if (isSignedOut(error)) {
        this._error = 'Not saved: your session has ended. Sign in again, then save; your changes here are kept.';
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
