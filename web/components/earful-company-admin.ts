// Companies for admins: the ones readers can review, and a form to add one (name, address, category). The
// address is filled in from the name until the admin types their own; the server checks everything and its
// field messages show under the fields.
import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { Task, TaskStatus } from '@lit/task';
import { COMPANY_LIMITS } from '../../server/contract/company-limits';
import type { RankedCompany } from '../../server/contract/patterns';
import { ApiError, api } from '../api/client';
import { moderatorApi } from '../api/moderator-api';
import { slugFromName, slugProblem } from '../lib/company-slug';
import { companyPath, plural } from '../lib/format';
import { fieldError, formError, submitButton } from './form-parts';
import { formStyles } from './form-styles';
import { baseStyles } from './shared-styles';

type Field = 'name' | 'slug' | 'category';
const FIELDS: Field[] = ['name', 'slug', 'category'];
const inputId = (field: Field) => `company-${field}`;

const SLUG_RULE = `Lowercase letters and digits, words joined by single hyphens (${COMPANY_LIMITS.slugMin} to ${COMPANY_LIMITS.slugMax} characters).`;

const byName = (a: RankedCompany, b: RankedCompany) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' });

@customElement('earful-company-admin')
export class EarfulCompanyAdmin extends LitElement {
  static override styles = [
    baseStyles,
    formStyles,
    css`
      table {
        border-collapse: collapse;
        width: 100%;
        max-width: 48rem;
        margin: 0 0 1.5rem;
        background: var(--earful-surface, #fff);
      }
      th,
      td {
        text-align: left;
        vertical-align: top;
        padding: 0.5rem;
        border-bottom: 1px solid var(--earful-border, #c9cad3);
        overflow-wrap: anywhere;
      }
      th {
        font-weight: 700;
      }
      tbody th {
        font-weight: 400;
      }
      .count {
        text-align: right;
        white-space: nowrap;
      }
      .company-name {
        font-weight: 600;
      }
      .address-text {
        display: block;
        font-size: 0.875rem;
      }
      .list-status {
        margin: 0 0 0.5rem;
      }
      form.add {
        max-width: 32rem;
      }
      .address {
        display: flex;
        align-items: stretch;
      }
      .prefix {
        display: flex;
        align-items: center;
        padding: 0 0.5rem;
        border: 1px solid var(--earful-muted, #4f5160);
        border-right: 0;
        border-radius: 0.375rem 0 0 0.375rem;
        background: var(--earful-accent-soft, #ece8fb);
        white-space: nowrap;
      }
      .address input {
        flex: 1 1 auto;
        min-width: 0;
        border-radius: 0 0.375rem 0.375rem 0;
      }
      .outcome {
        margin: 0;
        overflow-wrap: anywhere;
      }
    `,
  ];

  @state() private _name = '';
  @state() private _slug = '';
  @state() private _category = '';
  /** Whether the admin typed an address of their own; until then it follows the name. */
  @state() private _slugEdited = false;
  @state() private _fields: Partial<Record<Field, string>> = {};
  @state() private _error = '';
  @state() private _status = '';
  @state() private _added: { name: string; slug: string } | null = null;
  @state() private _sending = false;

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
        ${formError(this._error)} ${submitButton(this._sending, 'Add company', 'Adding…')}
        <p class="outcome" role="status">${this.renderOutcome()}</p>
      </form>`;
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
    this._sending = true;
    this._fields = {};
    this._error = '';
    this._status = '';
    this._added = null;
    try {
      const { company } = await moderatorApi.addCompany({ name: this._name, slug: this._slug, category: this._category });
      this._added = { name: company.name, slug: company.slug };
      this._name = '';
      this._slug = '';
      this._category = '';
      this._slugEdited = false;
      void this._list.run();
    } catch (error) {
      const fields = error instanceof ApiError ? (error.fields as Partial<Record<Field, string>>) : {};
      const marked = FIELDS.filter((f) => fields[f]);
      if (marked.length > 0) {
        this._fields = fields;
        this._status = 'The company was not added. Check the marked fields.';
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLInputElement>(`#${inputId(marked[0]!)}`)?.focus();
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
