// A moderator changes their own password: the current one, the new one twice. The server ends every other
// session of the account, so a stolen session elsewhere stops with the old password.
import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { PASSWORD_MIN } from '../../server/contract/password-rules';
import { ApiError } from '../api/api-client';
import { moderatorApi } from '../api/moderator-api';
import { formStyles } from './form-styles';
import { formError, inputField, submitButton } from './form-parts';
import { baseStyles } from './shared-styles';

type Field = 'currentPassword' | 'newPassword' | 'repeatPassword';

const FIELDS: { name: Field; label: string; autocomplete: string }[] = [
  { name: 'currentPassword', label: 'Current password', autocomplete: 'current-password' },
  { name: 'newPassword', label: `New password (at least ${PASSWORD_MIN} characters)`, autocomplete: 'new-password' },
  { name: 'repeatPassword', label: 'New password again', autocomplete: 'new-password' },
];

@customElement('earful-password-change')
export class EarfulPasswordChange extends LitElement {
  static override styles = [
    baseStyles,
    formStyles,
    css`
      :host {
        display: block;
        max-width: 26rem;
      }
    `,
  ];

  @state() private _fields: Partial<Record<Field, string>> = {};
  @state() private _error = '';
  @state() private _done = false;
  @state() private _sending = false;

  override render() {
    return html`<section class="card" aria-labelledby="password-title">
      <h2 id="password-title">Change your password</h2>
      <form novalidate @submit=${this.onSubmit}>
        ${FIELDS.map(({ name, label, autocomplete }) => inputField({ name, label, type: 'password', autocomplete, error: this._fields[name] }))}
        ${formError(this._error)}
        ${
          this._done
            ? html`<p class="notice" role="status">Your password is changed. You are signed out on every other device.</p>`
            : nothing
        }
        ${submitButton(this._sending, 'Change password', 'Changing…')}
      </form>
    </section>`;
  }

  private async onSubmit(e: SubmitEvent) {
    e.preventDefault();
    if (this._sending) return;
    const form = e.target as HTMLFormElement;
    const data = new FormData(form);
    const value = (name: Field) => String(data.get(name) ?? '');
    const currentPassword = value('currentPassword');
    const newPassword = value('newPassword');
    const fields: Partial<Record<Field, string>> = {};
    if (!currentPassword) fields.currentPassword = 'Enter your current password';
    if (newPassword.length < PASSWORD_MIN) fields.newPassword = `Password must be at least ${PASSWORD_MIN} characters`;
    else if (value('repeatPassword') !== newPassword) fields.repeatPassword = 'The two new passwords differ';
    this._fields = fields;
    this._error = '';
    this._done = false;
    if (Object.keys(fields).length > 0) return;
    this._sending = true;
    try {
      await moderatorApi.changePassword({ currentPassword, newPassword });
      this._done = true;
      form.reset();
    } catch (error) {
      if (error instanceof ApiError && Object.keys(error.fields).length > 0) this._fields = error.fields;
      else if (error instanceof ApiError && error.status === 429) this._error = 'Too many wrong passwords. Try again later.';
      else this._error = error instanceof ApiError ? error.message : 'The password could not be changed. Please try again.';
    } finally {
      this._sending = false;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'earful-password-change': EarfulPasswordChange;
  }
}
