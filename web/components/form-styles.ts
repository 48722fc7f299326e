// Layout of the review form: fields in a responsive grid, hints, the error summary and the advice box.
import { css } from 'lit';

export const formStyles = css`
  form {
    display: grid;
    gap: 1.25rem;
  }
  /* Margins rather than a gap, so an empty hints region (kept for its live announcements) takes no space. */
  form.review-form {
    gap: 0;
  }
  form.review-form > * + * {
    margin-top: 1.25rem;
  }
  form.review-form > .hints:not(:has(.hint-box)) {
    margin-top: 0;
  }
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 17rem), 1fr));
    gap: 1rem 1.25rem;
  }
  .field {
    display: grid;
    gap: 0.25rem;
    align-content: start;
  }
  /* Side by side, a question takes two rows of the grid (its label, its answer), so the answers line up when
     one label wraps onto two lines and its neighbour's does not. */
  .grid.questions > .field {
    grid-row: span 2;
    grid-template-rows: subgrid;
    row-gap: 0.25rem;
  }
  .grid.questions > fieldset {
    grid-row: span 2;
  }
  .answer {
    display: grid;
    gap: 0.25rem;
  }
  .field label,
  legend {
    font-weight: 600;
  }
  .field input,
  .field select,
  .field textarea {
    width: 100%;
  }
  textarea {
    resize: vertical;
    min-height: 9rem;
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  .yes-no {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.25rem;
    align-items: center;
  }
  .yes-no legend {
    width: 100%;
    margin-bottom: 0.25rem;
    padding: 0;
  }
  label.inline {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
    min-height: 2.75rem;
    font-weight: 400;
  }
  label.inline input {
    min-height: 0;
    width: 1.25rem;
    height: 1.25rem;
    margin: 0;
  }
  .hint {
    margin: 0;
    font-size: 0.875rem;
    color: var(--earful-muted, #4f5160);
  }
  .advice {
    border-left: 4px solid var(--earful-accent, #3f2a8c);
    background: var(--earful-accent-soft, #ece8fb);
    padding: 0.75rem 1rem;
    border-radius: 0 0.375rem 0.375rem 0;
  }
  .advice p {
    margin: 0;
  }
  .advice p + p {
    margin-top: 0.5rem;
  }
  .hint-box {
    margin: 0 0 0.5rem;
    padding: 0.5rem 0.75rem;
    border: 2px solid var(--earful-accent, #3f2a8c);
    border-radius: 0.375rem;
  }
  .error-summary {
    border: 3px solid var(--earful-danger, #a4161a);
    border-radius: 0.375rem;
    padding: 0.75rem 1rem;
    background: var(--earful-surface, #fff);
  }
  .error-summary h3 {
    color: var(--earful-danger, #a4161a);
  }
  .error-summary ul {
    margin: 0;
    padding-left: 1.25rem;
  }
  .error-summary button.link {
    color: var(--earful-danger, #a4161a);
    text-align: left;
  }
  .form-error {
    color: var(--earful-danger, #a4161a);
    font-weight: 600;
    margin: 0;
  }
  button[type='submit'] {
    justify-self: start;
    min-width: 10rem;
  }
`;
