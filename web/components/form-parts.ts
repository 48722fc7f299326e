// Template parts the small forms share (sign-in, password change): a labelled input with its error, the form's
// error, the submit button that says when it is busy; and the consoles' lists' "Load more".
import { html, nothing } from 'lit';
import { TaskStatus, type Task } from '@lit/task';

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

/**
 * A removal asked to be confirmed, with why: the reason is required here and kept in the audit log. `onConfirm`
 * gets the reason as typed; the form stays until the caller drops it.
 */
export const removalConfirm = (o: {
  id: string;
  question: string;
  confirmLabel: string;
  maxLength: number;
  onConfirm: (reason: string) => void;
  onKeep: () => void;
}) =>
  html`<form
    class="removal"
    @submit=${(e: Event) => {
      e.preventDefault();
      o.onConfirm(String(new FormData(e.target as HTMLFormElement).get('reason') ?? ''));
    }}
  >
    <p><strong>${o.question}</strong></p>
    <div class="field">
      <label for=${o.id}>Why? (kept in the audit log)</label>
      <textarea id=${o.id} name="reason" rows="2" maxlength=${o.maxLength} required></textarea>
    </div>
    <div class="button-row">
      <button class="primary" type="submit">${o.confirmLabel}</button>
      <button type="button" @click=${o.onKeep}>Keep it</button>
    </div>
  </form>`;

export const formError = (message: string) => (message ? html`<p class="form-error" role="alert">${message}</p>` : nothing);

/** aria-disabled rather than disabled, so the button keeps its focus while the request runs. */
export const submitButton = (sending: boolean, label: string, busyLabel: string) =>
  html`<button class="primary" type="submit" aria-disabled=${sending ? 'true' : 'false'}>${sending ? busyLabel : label}</button>`;

/** A group of checkboxes choosing any of `options`; `onChange` gets the new choice. */
export const checkboxes = (
  options: readonly { value: string; label: string }[],
  chosen: readonly string[],
  onChange: (next: string[]) => void,
) =>
  html`<div class="checks">
    ${options.map(
      (o) =>
        html`<label
          ><input
            type="checkbox"
            .checked=${chosen.includes(o.value)}
            @change=${(e: Event) => onChange((e.target as HTMLInputElement).checked ? [...chosen, o.value] : chosen.filter((v) => v !== o.value))}
          />
          ${o.label}</label
        >`,
    )}
  </div>`;

/** A field's error under it; `${field}-error` is the id its input names in aria-describedby. */
export const fieldError = (field: string, message: string | undefined) =>
  message ? html`<p class="field-error" id=${`${field}-error`}>${message}</p>` : nothing;

/** The server's field errors under one item of a list ("sections.2.title" under "sections.2" → title). */
export function errorsUnder(fields: Record<string, string>, prefix: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, message] of Object.entries(fields)) {
    if (key.startsWith(`${prefix}.`)) out[key.slice(prefix.length + 1).split('.')[0]!] ??= message;
  }
  return out;
}

/** A list's "Load more" while there is a next page: one press at a time runs the task that reads it. */
export const loadMoreButton = (cursor: string | null, more: Task) =>
  cursor ? html`<p><button @click=${() => more.status !== TaskStatus.PENDING && more.run()}>Load more</button></p>` : nothing;
