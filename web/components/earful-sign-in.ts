// Moderator sign-in: email and password; a throttled account or client is told when to try again.
import { LitElement, css, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { SessionResponse } from '../../server/contract/auth';
import { ApiError } from '../api/api-client';
import { moderatorApi } from '../api/moderator-api';
import { formStyles } from './form-styles';
import { formError, inputField, submitButton } from './form-parts';
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
        ${inputField({ name: 'email', label: 'Email', type: 'email', autocomplete: 'username', error: this._fields.email })}
        ${inputField({ name: 'password', label: 'Password', type: 'password', autocomplete: 'current-password', error: this._fields.password })}
        ${formError(this._error)} ${submitButton(this._sending, 'Sign in', 'Signing in…')}
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
