// Moderator sign-in: email and password; a throttled account or client is told when to try again.
import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { SessionResponse } from '../../server/contract/auth';
import { ApiError } from '../api/client';
import { moderatorApi } from '../api/moderator-api';
import { formStyles } from './form-styles';
import { baseStyles } from './shared-styles';

@customElement('earful-sign-in')
export class EarfulSignIn extends LitElement {
  static override styles = [
    baseStyles,
    formStyles,
    css`
      :host {
        max-width: 26rem;
      }
    `,
  ];

  @state() private _error = '';
  @state() private _fields: Record<string, string> = {};
  @state() private _sending = false;

  override render() {
    return html`<section class="card" aria-labelledby="sign-in-title">
      <h2 id="sign-in-title">Sign in</h2>
      <form novalidate @submit=${this.onSubmit}>
        <div class="field">
          <label for="email">Email</label>
          <input
            id="email"
            name="email"
            type="email"
            autocomplete="username"
            required
            aria-invalid=${this._fields.email ? 'true' : 'false'}
            aria-describedby=${this._fields.email ? 'email-error' : nothing}
          />
          ${this._fields.email ? html`<p class="field-error" id="email-error">${this._fields.email}</p>` : nothing}
        </div>
        <div class="field">
          <label for="password">Password</label>
          <input
            id="password"
            name="password"
            type="password"
            autocomplete="current-password"
            required
            aria-invalid=${this._fields.password ? 'true' : 'false'}
            aria-describedby=${this._fields.password ? 'password-error' : nothing}
          />
          ${this._fields.password ? html`<p class="field-error" id="password-error">${this._fields.password}</p>` : nothing}
        </div>
        ${this._error ? html`<p class="form-error" role="alert">${this._error}</p>` : nothing}
        <button class="primary" type="submit" aria-disabled=${this._sending ? 'true' : 'false'}>
          ${this._sending ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </section>`;
  }

  private async onSubmit(e: SubmitEvent) {
    e.preventDefault();
    if (this._sending) return;
    const data = new FormData(e.target as HTMLFormElement);
    const email = String(data.get('email') ?? '').trim();
    const password = String(data.get('password') ?? '');
    this._fields = { ...(email ? {} : { email: 'Enter your email' }), ...(password ? {} : { password: 'Enter your password' }) };
    this._error = '';
    if (Object.keys(this._fields).length > 0) return;
    this._sending = true;
    try {
      const session = await moderatorApi.login({ email, password });
      this.dispatchEvent(new CustomEvent<SessionResponse>('signed-in', { detail: session, bubbles: true, composed: true }));
    } catch (error) {
      this._error = signInMessage(error);
      this.renderRoot.querySelector<HTMLInputElement>('#password')!.value = '';
    } finally {
      this._sending = false;
    }
  }
}

function signInMessage(error: unknown): string {
  if (!(error instanceof ApiError)) return 'Sign-in failed. Please try again.';
  if (error.status === 429) {
    const minutes = error.retryAfter ? Math.ceil(error.retryAfter / 60) : null;
    return `Too many failed sign-ins. Try again${minutes ? ` in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}` : ' later'}.`;
  }
  if (error.status === 401) return 'That email and password do not match an active moderator account.';
  return error.message;
}

declare global {
  interface HTMLElementTagNameMap {
    'earful-sign-in': EarfulSignIn;
  }
}
