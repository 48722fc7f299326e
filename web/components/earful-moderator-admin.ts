// Accounts for admins: add a moderator, admin or company representative (who answers for the companies chosen),
// change a role or a representative's companies, disable or enable an account.
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import type { ModeratorRole } from '../../server/contract/auth';
import type { ModeratorAccount, ModeratorChange } from '../../server/contract/moderators';
import { ApiError, api } from '../api/api-client';
import { moderatorApi } from '../api/moderator-api';
import { editorStyles } from './editor-styles';
import { formStyles } from './form-styles';
import { checkboxes, fieldError } from './form-parts';
import { baseStyles } from './shared-styles';

const ROLE_LABELS: Record<ModeratorRole, string> = { moderator: 'Moderator', admin: 'Admin', representative: 'Company representative' };
const ROLES = Object.keys(ROLE_LABELS) as ModeratorRole[];
const COMPANIES_REQUIRED = 'Choose the companies this representative answers for';

/** Companies being chosen for an existing account; `role` set when the change makes them a representative. */
interface CompaniesEdit {
  id: number;
  companies: string[];
  role?: ModeratorRole;
  error?: string;
}

@customElement('earful-moderator-admin')
export class EarfulModeratorAdmin extends LitElement {
  static override styles = [
    baseStyles,
    formStyles,
    editorStyles,
    css`
      ul.accounts {
        list-style: none;
        margin: 0 0 1.5rem;
        padding: 0;
        display: grid;
        gap: 0.5rem;
      }
      li.card {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.5rem 1rem;
      }
      .email {
        font-weight: 600;
        overflow-wrap: anywhere;
        flex: 1 1 14rem;
      }
      .represents {
        flex-basis: 100%;
        margin: 0;
      }
      fieldset.companies {
        flex-basis: 100%;
        display: grid;
        gap: 0.5rem;
      }
      form.add {
        max-width: 32rem;
      }
    `,
  ];

  /** The signed-in admin's email: they cannot lock themselves out from here. */
  @property() self = '';

  @state() private _accounts: ModeratorAccount[] = [];
  @state() private _message = '';
  @state() private _fields: Record<string, string> = {};
  @state() private _newRole: ModeratorRole = 'moderator';
  @state() private _newCompanies: string[] = [];
  @state() private _edit: CompaniesEdit | null = null;

  private _list = new Task(this, {
    args: () => [] as const,
    task: async (_a, { signal }) => {
      this._accounts = (await moderatorApi.moderators({ signal })).moderators;
      return this._accounts;
    },
  });

  private _companies = new Task(this, {
    args: () => [] as const,
    task: async (_a, { signal }) => (await api.listCompanies({ signal })).companies.map((c) => ({ value: c.slug, label: c.name })),
  });

  override render() {
    return html`<h2>Moderators</h2>
      <p role="status">${this._message}</p>
      <ul class="accounts" aria-label="Moderator accounts">
        ${this._accounts.map((a) => this.renderAccount(a))}
      </ul>
      <h3>Add a moderator or representative</h3>
      <form class="add" novalidate @submit=${this.onAdd}>
        <div class="field">
          <label for="new-email">Email</label>
          <input id="new-email" name="email" type="email" autocomplete="off" />
          ${this._fields.email ? html`<p class="field-error">${this._fields.email}</p>` : nothing}
        </div>
        <div class="field">
          <label for="new-role">Role</label>
          <select
            id="new-role"
            name="role"
            @change=${(e: Event) => (this._newRole = (e.target as HTMLSelectElement).value as ModeratorRole)}
          >
            ${ROLES.map((r) => html`<option value=${r} ?selected=${r === this._newRole}>${ROLE_LABELS[r]}</option>`)}
          </select>
        </div>
        ${
          this._newRole === 'representative'
            ? html`<fieldset aria-describedby=${this._fields.companies ? 'new-companies-error' : nothing}>
                <legend>Companies they answer for (at least one)</legend>
                ${checkboxes(this.companyOptions(), this._newCompanies, (next) => (this._newCompanies = next))}
                ${fieldError('new-companies', this._fields.companies)}
              </fieldset>`
            : nothing
        }
        <div class="field">
          <label for="new-password">First password (at least 12 characters; they should change it)</label>
          <input id="new-password" name="password" type="password" autocomplete="new-password" />
          ${this._fields.password ? html`<p class="field-error">${this._fields.password}</p>` : nothing}
        </div>
        <button class="primary" type="submit">Add moderator</button>
      </form>
      ${this._list.render({ error: () => html`<p role="alert">The accounts could not be loaded.</p>` })}`;
  }

  private companyOptions() {
    return this._companies.value ?? [];
  }

  private companyNames(slugs: readonly string[]) {
    const options = this.companyOptions();
    return slugs.map((s) => options.find((o) => o.value === s)?.label ?? s).join(', ');
  }

  private renderAccount(a: ModeratorAccount) {
    const me = a.email === this.self;
    const companies = a.companies ?? [];
    const editing = this._edit?.id === a.id ? this._edit : null;
    return html`<li class="card">
      <span class="email">${a.email}${me ? ' (you)' : ''}${a.disabled ? ' — disabled' : ''}</span>
      <label class="visually-hidden" for=${`role-${a.id}`}>Role of ${a.email}</label>
      <select id=${`role-${a.id}`} ?disabled=${me} @change=${(e: Event) => this.onRole(a, e)}>
        ${ROLES.map((r) => html`<option value=${r} ?selected=${(editing?.role ?? a.role) === r}>${ROLE_LABELS[r]}</option>`)}
      </select>
      ${
        a.role === 'representative' && !editing
          ? html`<button @click=${() => (this._edit = { id: a.id, companies: [...companies] })}>
              Change companies<span class="visually-hidden"> of ${a.email}</span>
            </button>`
          : nothing
      }
      ${
        me
          ? nothing
          : html`<button @click=${() => this.change(a, { disabled: !a.disabled })}>
              ${a.disabled ? 'Enable' : 'Disable'}<span class="visually-hidden"> ${a.email}</span>
            </button>`
      }
      ${
        a.role === 'representative' && !editing
          ? html`<p class="represents muted">Answers for: ${companies.length > 0 ? this.companyNames(companies) : 'no company'}</p>`
          : nothing
      }
      ${editing ? this.renderCompaniesEdit(a, editing) : nothing}
    </li>`;
  }

  private renderCompaniesEdit(a: ModeratorAccount, edit: CompaniesEdit) {
    const errorId = `companies-${a.id}`;
    return html`<fieldset class="companies" aria-describedby=${edit.error ? `${errorId}-error` : nothing}>
      <legend>Companies ${a.email} answers for</legend>
      ${checkboxes(this.companyOptions(), edit.companies, (companies) => (this._edit = { ...edit, companies, error: undefined }))}
      ${fieldError(errorId, edit.error)}
      <div class="row">
        <button class="primary" @click=${() => this.saveCompanies(a, edit)}>Save companies</button>
        <button @click=${() => (this._edit = null)}>Cancel</button>
      </div>
    </fieldset>`;
  }

  /** Becoming a representative needs companies, so it waits for them; leaving the role drops them. */
  private onRole(a: ModeratorAccount, e: Event) {
    const select = e.target as HTMLSelectElement;
    const role = select.value as ModeratorRole;
    if (role === 'representative' && a.role !== 'representative') {
      this._edit = { id: a.id, companies: [], role };
      return;
    }
    if (this._edit?.id === a.id) this._edit = null;
    void this.change(a, a.role === 'representative' ? { role, companies: [] } : { role });
  }

  private async saveCompanies(a: ModeratorAccount, edit: CompaniesEdit) {
    if (edit.companies.length === 0) {
      this._edit = { ...edit, error: COMPANIES_REQUIRED };
      return;
    }
    if (await this.change(a, { ...(edit.role ? { role: edit.role } : {}), companies: edit.companies })) this._edit = null;
  }

  private async change(account: ModeratorAccount, change: ModeratorChange): Promise<boolean> {
    try {
      const { moderator } = await moderatorApi.changeModerator(account.id, change);
      this._accounts = this._accounts.map((a) => (a.id === moderator.id ? moderator : a));
      this._message =
        change.companies && moderator.role === 'representative'
          ? `${moderator.email} now answers for ${this.companyNames(moderator.companies ?? [])}.`
          : `${moderator.email} is now ${moderator.disabled ? 'disabled' : `an active ${ROLE_LABELS[moderator.role].toLowerCase()}`}.`;
      return true;
    } catch (error) {
      const message = error instanceof ApiError ? (error.fields.companies ?? error.message) : 'The change could not be saved.';
      if (this._edit?.id === account.id) this._edit = { ...this._edit, error: message };
      else this._message = message;
      // The select goes back to the role the account still has.
      this.requestUpdate();
      return false;
    }
  }

  private async onAdd(e: SubmitEvent) {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const data = new FormData(form);
    const role = this._newRole;
    if (role === 'representative' && this._newCompanies.length === 0) {
      this._fields = { companies: COMPANIES_REQUIRED };
      return;
    }
    try {
      const { moderator } = await moderatorApi.addModerator({
        email: String(data.get('email') ?? ''),
        role,
        password: String(data.get('password') ?? ''),
        ...(role === 'representative' ? { companies: this._newCompanies } : {}),
      });
      this._accounts = [...this._accounts, moderator];
      this._fields = {};
      this._message =
        moderator.role === 'representative'
          ? `${moderator.email} can now sign in and answer for ${this.companyNames(moderator.companies ?? [])}.`
          : `${moderator.email} can now sign in as ${moderator.role}.`;
      form.reset();
      this._newRole = 'moderator';
      this._newCompanies = [];
    } catch (error) {
      if (error instanceof ApiError && Object.keys(error.fields).length > 0) this._fields = error.fields;
      else this._message = error instanceof ApiError ? error.message : 'The account could not be added.';
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'earful-moderator-admin': EarfulModeratorAdmin;
  }
}
