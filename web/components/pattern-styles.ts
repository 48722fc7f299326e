// Layout of the complaint patterns: charts in a responsive grid, tables that scroll inside their own box.
import { css } from 'lit';

export const patternStyles = css`
  .grid {
    display: grid;
    gap: 1.5rem 2rem;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 20rem), 1fr));
  }
  figure {
    margin: 0;
    display: grid;
    gap: 0.5rem;
    align-content: start;
    min-width: 0;
  }
  h3 {
    margin: 0;
  }
  h4 {
    margin: 0 0 0.25rem;
    font-size: 1rem;
  }
  .note {
    margin: 0;
    font-size: 0.875rem;
    color: var(--earful-muted, #4f5160);
  }
  .notice {
    border: 2px solid var(--earful-text, #1b1b24);
    border-radius: 0.375rem;
    padding: 0.5rem 0.75rem;
    margin: 0 0 1rem;
  }
  .thin-all {
    margin: 0 0 1rem;
  }
  details summary {
    cursor: pointer;
    color: var(--earful-accent, #3f2a8c);
    text-decoration: underline;
    min-height: 2.75rem;
    display: flex;
    align-items: center;
    width: fit-content;
  }
  /* The table scrolls inside its own box: contained, its width never widens the figure, the column or the page. */
  .scroll {
    overflow-x: auto;
    contain: inline-size;
  }
  table {
    border-collapse: collapse;
    font-size: 0.875rem;
    min-width: 100%;
  }
  .table-caption {
    margin: 0 0 0.25rem;
    font-size: 0.875rem;
    font-weight: 600;
  }
  /* The row names stay in view while a wide table scrolls sideways. */
  tbody th,
  thead th:first-child {
    position: sticky;
    left: 0;
    background: var(--earful-surface, #fff);
    white-space: normal;
    min-width: 7rem;
    max-width: 10rem;
    box-shadow: inset -1px 0 var(--earful-border, #c9cad3);
  }
  th,
  td {
    text-align: left;
    padding: 0.25rem 0.5rem;
    border-bottom: 1px solid var(--earful-border, #c9cad3);
    white-space: nowrap;
  }
  .phrases,
  .trend,
  .replies,
  .transparency {
    margin-top: 1.75rem;
  }
  .phrases ul {
    margin: 0;
    padding-left: 1.25rem;
  }
  dl {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(8.5rem, 1fr));
    gap: 0.5rem 1rem;
    margin: 0.5rem 0;
  }
  dl div {
    border-left: 3px solid var(--earful-border, #c9cad3);
    padding-left: 0.5rem;
  }
  dt {
    font-size: 0.875rem;
    color: var(--earful-muted, #4f5160);
  }
  dd {
    margin: 0;
    font-size: 1.25rem;
    font-weight: 700;
  }
  .replies p,
  .transparency p {
    margin: 0.5rem 0 0;
  }
`;
