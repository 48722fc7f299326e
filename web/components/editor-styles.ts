// Styles of the guide editor's parts: each section or hint a bordered group, checkbox groups in a wrapping row.
import { css } from 'lit';

export const editorStyles = css`
  details.item {
    border: 1px solid var(--earful-border, #c9c6d6);
    border-radius: 6px;
    background: var(--earful-surface, #fff);
  }
  details.item > summary {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    align-items: baseline;
    padding: 0.75rem 1rem;
    cursor: pointer;
    min-height: 2.75rem;
  }
  /* A flex summary loses its marker: draw one, so a folded section reads as openable. */
  details.item > summary::before {
    content: '▸';
    font-weight: 700;
  }
  details.item[open] > summary::before {
    content: '▾';
  }
  details.item > summary .summary-title {
    font-weight: 700;
  }
  details.item > fieldset.item {
    border: 0;
    border-top: 1px solid var(--earful-border, #c9c6d6);
    border-radius: 0;
  }
  fieldset.item {
    display: grid;
    gap: 0.75rem;
    border: 1px solid var(--earful-border, #c9c6d6);
    border-radius: 6px;
    padding: 1rem;
  }
  .checks,
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1.25rem;
    align-items: center;
  }
  .checks label,
  .row label {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
    font-weight: normal;
    margin: 0;
  }
  input[type='checkbox'] {
    width: auto;
    margin: 0;
  }
  textarea {
    min-height: 10rem;
  }
`;
