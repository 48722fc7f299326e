// Template parts the small forms share (sign-in, password change): a labelled input with its error, the form's
// error, the submit button that says when it is busy.
import { html, nothing } from 'lit';

export interface InputField {
  name: string;
  label: string;
  type: 'email' | 'password' | 'text';
  autocomplete: string;
  /** The field's error, shown under it and tied to it for screen readers. */
  error?: string;
}

export const inputField = ({ name, label, type, autocomplete, error }: InputField) =>
  html`<div class="field">
    <label for=${name}>${label}</label>
    <input
      id=${name}
      name=${name}
      type=${type}
      autocomplete=${autocomplete}
      required
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${error ? `${name}-error` : nothing}
    />
    ${error ? html`<p class="field-error" id=${`${name}-error`}>${error}</p>` : nothing}
  </div>`;

export const formError = (message: string) => (message ? html`<p class="form-error" role="alert">${message}</p>` : nothing);

/** aria-disabled rather than disabled, so the button keeps its focus while the request runs. */
export const submitButton = (sending: boolean, label: string, busyLabel: string) =>
  html`<button class="primary" type="submit" aria-disabled=${sending ? 'true' : 'false'}>${sending ? busyLabel : label}</button>`;
