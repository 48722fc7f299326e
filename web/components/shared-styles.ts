// Styles every Earful element shares: base type, focus ring, controls, cards. Colours come from the
// page's custom properties when it sets them (site.css), with fallbacks for the widget on other sites.
import { css, unsafeCSS } from 'lit';
// Buttons and cards have one home, shared with the pages' own DOM through site.css.
import sharedParts from '../styles/shared-parts.css?inline';

export const baseStyles = css`
  :host {
    display: block;
    color: var(--earful-text, #1b1b24);
    font-family: var(--earful-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    line-height: 1.5;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  [hidden] {
    display: none !important;
  }
  :focus-visible {
    outline: 3px solid var(--earful-focus, #1a56db);
    outline-offset: 2px;
  }
  h2 {
    font-size: 1.375rem;
    line-height: 1.25;
    margin: 0 0 0.75rem;
  }
  h3 {
    font-size: 1.125rem;
    line-height: 1.3;
    margin: 0 0 0.5rem;
  }
  a {
    color: var(--earful-accent, #3f2a8c);
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  /* A row of buttons that wraps on a narrow screen. */
  .button-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  /* A removal asked to be confirmed, with its reason (form-parts.ts removalConfirm). */
  form.removal {
    display: grid;
    gap: 0.5rem;
    margin: 0;
  }
  form.removal .field {
    display: grid;
    gap: 0.25rem;
  }
  form.removal label {
    font-weight: 600;
  }
  form.removal textarea {
    width: 100%;
    resize: vertical;
  }
  ${unsafeCSS(sharedParts)}
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
    background: var(--earful-surface, #fff);
    border: 1px solid var(--earful-muted, #4f5160);
    border-radius: 0.375rem;
    padding: 0.5rem 0.625rem;
    min-height: 2.75rem;
    max-width: 100%;
  }
  [aria-invalid='true'] {
    border: 2px solid var(--earful-danger, #a4161a);
  }
  .field-error {
    color: var(--earful-danger, #a4161a);
    font-weight: 600;
    margin: 0.25rem 0 0;
  }
  .field-error::before {
    content: '⚠ ';
  }
  mark {
    background: #fff3bf;
    color: inherit;
    border-bottom: 2px dotted currentColor;
    padding: 0 0.1em;
  }
  /* Each kind of change differs in its line, not only its colour. */
  mark.masked {
    border-bottom: 3px double currentColor;
  }
  mark.link {
    background: none;
    border: 1px dashed currentColor;
    overflow-wrap: anywhere;
  }
`;
