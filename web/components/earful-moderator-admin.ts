// Moderator accounts for admins: add one, change a role, disable or enable an account.
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import type { ModeratorRole } from '../../server/contract/auth';
import type { ModeratorAccount } from '../../server/contract/moderators';
import { ApiError } from '../api/api-client';
import { moderatorApi } from '../api/moderator-api';
import { formStyles } from './form-styles';
import { baseStyles } from './shared-styles';

@customElement('earful-moderator-admin')
export class EarfulModeratorAdmin extends LitElement {
  static override styles = [
    baseStyles,
    formStyles,
    css`
      ul {
        list-style: none;
        margin: 0 0 1.5rem;
        padding: 0;
        display: grid;
        gap: 0.5rem;
      }
      li {
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

  private _list = new Task(this, {
    args: () => [] as const,
    task: async (_a, { signal }) => {
      this._accounts = (await moderatorApi.moderators({ signal })).moderators;
      return this._accounts;
    },
  });

  override render() {
    return html`<h2>Moderators</h2>
      <p role="status">${this._message}</p>
      <ul aria-label="Moderator accounts">
        ${this._accounts.map((a) => this.renderAccount(a))}
      </ul>
      <h3>Add a moderator</h3>
      <form class="add" novalidate @submit=${this.onAdd}>
        <div class="field">
          <label for="new-email">Email</label>
          <input id="new-email" name="email" type="email" autocomplete="off" />
          ${this._fields.email ? html`<p class="field-error">${this._fields.email}</p>` : nothing}
        </div>
        <div class="field">
          <label for="new-role">Role</label>
          <select id="new-role" name="role">
            <option value="moderator">Moderator</option>
            <option value="admin">Admin</option>
          </select>
        </div>
        <div class="field">
          <label for="new-password">First password (at least 12 characters; they should change it)</label>
          <input id="new-password" name="password" type="password" autocomplete="new-password" />
          ${this._fields.password ? html`<p class="field-error">${this._fields.password}</p>` : nothing}
        </div>
        <button class="primary" type="submit">Add moderator</button>
      </form>
      ${this._list.render({ error: () => html`<p role="alert">The accounts could not be loaded.</p>` })}`;
  }

  private renderAccount(a: ModeratorAccount) {
    const me = a.email === this.self;
    return html`<li class="card">
      <span class="email">${a.email}${me ? ' (you)' : ''}${a.disabled ? ' — disabled' : ''}</span>
      <label class="visually-hidden" for=${`role-${a.id}`}>Role of ${a.email}</label>
      <select
        id=${`role-${a.id}`}
        ?disabled=${me}
        @change=${(e: Event) => this.change(a, { role: (e.target as HTMLSelectElement).value as ModeratorRole })}
      >
        <option value="moderator" ?selected=${a.role === 'moderator'}>Moderator</option>
        <option value="admin" ?selected=${a.role === 'admin'}>Admin</option>
      </select>
      ${
        me
          ? nothing
          : html`<button @click=${() => this.change(a, { disabled: !a.disabled })}>
              ${a.disabled ? 'Enable' : 'Disable'}<span class="visually-hidden"> ${a.email}</span>
            </button>`
      }
    </li>`;
  }

  private async change(account: ModeratorAccount, change: { role?: ModeratorRole; disabled?: boolean }) {
    try {
      const { moderator } = await moderatorApi.changeModerator(account.id, change);
      this._accounts = this._accounts.map((a) => (a.id === moderator.id ? moderator : a));
      this._message = `${moderator.email} is now ${moderator.disabled ? 'disabled' : `an active ${moderator.role}`}.`;
    } catch (error) {
      this._message = error instanceof ApiError ? error.message : 'The change could not be saved.';
    }
  }

  private async onAdd(e: SubmitEvent) {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const data = new FormData(form);
    try {
      const { moderator } = await moderatorApi.addModerator({
        email: String(data.get('email') ?? ''),
        role: String(data.get('role')) as ModeratorRole,
        password: String(data.get('password') ?? ''),
      });
      this._accounts = [...this._accounts, moderator];
      this._fields = {};
      this._message = `${moderator.email} can now sign in as ${moderator.role}.`;
      form.reset();
    } catch (error) {
      if (error instanceof ApiError && Object.keys(error.fields).length > 0) this._fields = error.fields;
      else this._message = error instanceof ApiError ? error.message : 'The moderator could not be added.';
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'earful-moderator-admin': EarfulModeratorAdmin;
  }
}
