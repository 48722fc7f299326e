// Styles of the guide editor's parts: each section or hint a bordered group, checkbox groups in a wrapping row.
import { css } from 'lit';

export const editorStyles = css`
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
