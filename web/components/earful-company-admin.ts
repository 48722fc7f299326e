// Companies for admins: the ones readers can review, and a form to add one (name, address, category, review
// form). The address is filled in from the name until the admin types their own, and is confirmed in a dialog
// before it is fixed for good; the server checks everything and its field messages show under the fields.
import { LitElement, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { Task, TaskStatus } from '@lit/task';
import { COMPANY_LIMITS, COMPANY_TEMPLATES } from '../../server/contract/company-limits';
import type { RankedCompany } from '../../server/contract/patterns';
import { ApiError, api } from '../api/api-client';
import { moderatorApi } from '../api/moderator-api';
import { slugFromName, slugProblem } from '../lib/company-slug';
import { companyPath, plural } from '../lib/format';
import { fieldError, formError, submitButton } from './form-parts';
import { formStyles } from './form-styles';
import { baseStyles } from './shared-styles';
import { companyAdminStyles } from './company-admin-styles';
import { tableStyles } from './table-styles';
import type { EarfulReviewFormEditor } from './earful-review-form-editor';
import './earful-review-form-editor';

type Field = 'name' | 'slug' | 'category';
const FIELDS: Field[] = ['name', 'slug', 'category'];
const inputId = (field: Field) => `company-${field}`;

const SLUG_RULE = `Lowercase letters and digits, words joined by single hyphens (${COMPANY_LIMITS.slugMin} to ${COMPANY_LIMITS.slugMax} characters).`;

const byName = (a: RankedCompany, b: RankedCompany) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' });

@customElement('earful-company-admin')
export class EarfulCompanyAdmin extends LitElement {
  static override styles = [baseStyles, formStyles, tableStyles, companyAdminStyles];

  @state() private _name = '';
  @state() private _slug = '';
  @state() private _category = '';
  /** Whether the admin typed an address of their own; until then it follows the name. */
  @state() private _slugEdited = false;
  /** The server's messages: the three fields here, the review form's ("template", "form.…") in its editor. */
  @state() private _fields: Record<string, string> = {};
  @state() private _error = '';
  @state() private _status = '';
  @state() private _added: { name: string; slug: string } | null = null;
  @state() private _sending = false;

  private _templates = new Task(this, {
    args: () => [] as const,
    task: async (_a, { signal }) => (await moderatorApi.companyTemplates({ signal })).templates,
  });

  private _list = new Task(this, {
    args: () => [] as const,
    task: async (_a, { signal }) => [...(await api.listCompanies({ signal })).companies].sort(byName),
  });

  override render() {
    const companies = this._list.value ?? [];
    return html`<h2>Companies</h2>
      ${this.renderList(companies)}
      <h3 id="add-title">Add a company</h3>
      <form class="add" novalidate aria-labelledby="add-title" @submit=${this.onSubmit}>
        ${this.textField('name', 'Name', this._name, this.onName, { maxlength: COMPANY_LIMITS.nameMax })}
        ${this.textField('slug', 'Address', this._slug, this.onSlug, {
          maxlength: COMPANY_LIMITS.slugMax,
          prefix: '/companies/',
          typedAsIs: true,
          hint: this.slugHint(),
        })}
        ${this.textField('category', 'Category', this._category, this.onCategory, {
          maxlength: COMPANY_LIMITS.categoryMax,
          list: 'company-categories',
          hint: 'Such as Streaming or Mobile network.',
        })}
        <datalist id="company-categories">
          ${[...new Set(companies.map((c) => c.category))].sort().map((c) => html`<option value=${c}></option>`)}
        </datalist>
        <earful-review-form-editor
          .templates=${this._templates.value ?? []}
          .category=${this._category}
          .errors=${this._fields}
        ></earful-review-form-editor>
        ${this._templates.status === TaskStatus.ERROR ? formError('The review-form templates could not be loaded. Please reload the page.') : nothing}
        ${formError(this._error)} ${submitButton(this._sending, 'Add company', 'Adding…')}
        <p class="outcome" role="status">${this.renderOutcome()}</p>
      </form>
      ${this.renderConfirm()}`;
  }

  /** The last look before the address is fixed: it ends up in links, search engines and caches. */
  private renderConfirm() {
    const editor = this.formEditor;
    const choices = editor?.choices;
    return html`<dialog aria-labelledby="confirm-title" aria-describedby="confirm-text">
      <h3 id="confirm-title">Add ${this._name.trim() || 'this company'} at /companies/${this._slug.trim()}?</h3>
      <p id="confirm-text">
        The address cannot be changed later: it ends up in links, bookmarks, search engines and caches. Check its spelling now.
      </p>
      ${choices ? html`<p>Review form: ${COMPANY_TEMPLATES[choices.template ?? 'streaming']}${choices.form ? ', with your own answers' : ''}.</p>` : nothing}
      <div class="actions">
        <button class="primary" @click=${this.onConfirm}>Yes, add it for good</button>
        <button @click=${this.onChangeAddress}>Change the address</button>
      </div>
    </dialog>`;
  }

  private get formEditor() {
    return this.renderRoot?.querySelector<EarfulReviewFormEditor>('earful-review-form-editor') ?? null;
  }

  private get confirmDialog() {
    return this.renderRoot.querySelector('dialog');
  }

  /** One labelled text input with its hint and the server's message for it, described by both. */
  private textField(
    field: Field,
    label: string,
    value: string,
    onInput: (event: Event) => void,
    options: { maxlength: number; hint?: string; prefix?: string; list?: string; typedAsIs?: boolean },
  ) {
    const id = inputId(field);
    const error = this._fields[field];
    const describedBy = [error ? `${id}-error` : '', options.hint !== undefined ? `${id}-hint` : ''].filter(Boolean).join(' ');
    const input = html`<input
      id=${id}
      name=${field}
      type="text"
      autocomplete="off"
      autocapitalize=${options.typedAsIs ? 'none' : nothing}
      spellcheck=${options.typedAsIs ? 'false' : nothing}
      required
      maxlength=${options.maxlength}
      list=${options.list ?? nothing}
      .value=${live(value)}
      @input=${onInput}
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${describedBy || nothing}
    />`;
    return html`<div class="field">
      <label for=${id}>${label}</label>
      ${options.prefix ? html`<div class="address"><span class="prefix">${options.prefix}</span>${input}</div>` : input}
      ${options.hint !== undefined ? html`<p class="hint" id=${`${id}-hint`}>${options.hint}</p>` : nothing} ${fieldError(id, error)}
    </div>`;
  }

  private renderList(companies: RankedCompany[]) {
    const status = this._list.status;
    if (status === TaskStatus.ERROR)
      return html`<p class="list-status" role="alert">The companies could not be loaded. Please reload the page.</p>`;
    if (companies.length === 0)
      return html`<p class="list-status muted">${status === TaskStatus.COMPLETE ? 'No companies yet.' : 'Loading companies…'}</p>`;
    return html`<p class="list-status muted">${plural(companies.length, 'company', 'companies')} readers can review, by name.</p>
      <table>
        <caption class="visually-hidden">
          Companies readers can review, by name
        </caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Category</th>
            <th scope="col" class="count">Reviews</th>
          </tr>
        </thead>
        <tbody>
          ${companies.map((c) => {
            const href = companyPath(c.slug);
            return html`<tr>
              <th scope="row">
                ${href ? html`<a class="company-name" href=${href}>${c.name}</a>` : html`<span class="company-name">${c.name}</span>`}
                <span class="address-text muted">/companies/${c.slug}</span>
              </th>
              <td>${c.category}</td>
              <td class="count">${c.summary.count.toLocaleString('en')}</td>
            </tr>`;
          })}
        </tbody>
      </table>`;
  }

  private renderOutcome() {
    if (!this._added) return this._status;
    const href = companyPath(this._added.slug);
    return html`Added ${this._added.name} at ${href ? html`<a href=${href}>${href}</a>` : `/companies/${this._added.slug}`}`;
  }

  private slugHint() {
    const problem = slugProblem(this._slug);
    if (problem) return `${problem}.`;
    return this._slugEdited ? SLUG_RULE : `${SLUG_RULE} Filled in from the name until you change it.`;
  }

  private clearError(...fields: Field[]) {
    if (!fields.some((f) => this._fields[f])) return;
    const next = { ...this._fields };
    for (const f of fields) delete next[f];
    this._fields = next;
  }

  private onName(e: Event) {
    this._name = (e.target as HTMLInputElement).value;
    this.clearError('name');
    if (!this._slugEdited) {
      const slug = slugFromName(this._name);
      if (slug !== this._slug) this.clearError('slug');
      this._slug = slug;
    }
  }

  private onSlug(e: Event) {
    this._slug = (e.target as HTMLInputElement).value;
    // Emptied, or typed just as the name gives it: the address follows the name again.
    this._slugEdited = this._slug !== '' && this._slug !== slugFromName(this._name);
    this.clearError('slug');
  }

  private onCategory(e: Event) {
    this._category = (e.target as HTMLInputElement).value;
    this.clearError('category');
  }

  private async onSubmit(e: SubmitEvent) {
    e.preventDefault();
    if (this._sending) return;
    this.requestUpdate();
    await this.updateComplete;
    this.confirmDialog?.showModal();
  }

  private async onChangeAddress() {
    this.confirmDialog?.close();
    this.renderRoot.querySelector<HTMLInputElement>(`#${inputId('slug')}`)?.focus();
  }

  private async onConfirm() {
    this.confirmDialog?.close();
    if (this._sending) return;
    this._sending = true;
    this._fields = {};
    this._error = '';
    this._status = '';
    this._added = null;
    try {
      const { company } = await moderatorApi.addCompany({
        name: this._name,
        slug: this._slug,
        category: this._category,
        ...this.formEditor?.choices,
      });
      this._added = { name: company.name, slug: company.slug };
      this._name = '';
      this._slug = '';
      this._category = '';
      this._slugEdited = false;
      this.formEditor?.reset();
      void this._list.run();
    } catch (error) {
      const fields = error instanceof ApiError ? error.fields : {};
      const marked = FIELDS.filter((f) => fields[f]);
      if (Object.keys(fields).length > 0) {
        this._fields = fields;
        this._status = 'The company was not added. Check the marked fields.';
        await this.updateComplete;
        if (marked[0]) this.renderRoot.querySelector<HTMLInputElement>(`#${inputId(marked[0])}`)?.focus();
      } else {
        this._error = error instanceof ApiError ? error.message : 'The company could not be added. Please try again.';
      }
    } finally {
      this._sending = false;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'earful-company-admin': EarfulCompanyAdmin;
  }
}
