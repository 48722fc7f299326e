// Styles every Earful element shares: base type, focus ring, controls, cards. Colours come from the
// page's custom properties when it sets them (site.css), with fallbacks for the widget on other sites.
import { css } from 'lit';

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
  .card {
    background: var(--earful-surface, #fff);
    border: 1px solid var(--earful-border, #c9cad3);
    border-radius: 0.5rem;
    padding: 1rem;
  }
  .muted {
    color: var(--earful-muted, #4f5160);
  }
  button,
  .button {
    font: inherit;
    font-weight: 600;
    min-height: 2.75rem;
    padding: 0.5rem 1rem;
    border-radius: 0.375rem;
    border: 2px solid var(--earful-accent, #3f2a8c);
    background: var(--earful-surface, #fff);
    color: var(--earful-accent, #3f2a8c);
    cursor: pointer;
    text-decoration: none;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4rem;
  }
  button.primary,
  .button.primary {
    background: var(--earful-accent, #3f2a8c);
    color: #fff;
  }
  button.link {
    border: 0;
    min-height: 0;
    padding: 0;
    background: none;
    text-decoration: underline;
    font-weight: 400;
  }
  button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
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
