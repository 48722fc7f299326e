// The consoles' data tables (companies, audit trail): full width, top-aligned cells, a rule under each row.
// The complaint patterns' tables are compact and keep their row names in view, so pattern-styles.ts has its own.
import { css } from 'lit';

export const tableStyles = css`
  table {
    border-collapse: collapse;
    width: 100%;
    background: var(--earful-surface, #fff);
  }
  th,
  td {
    text-align: left;
    vertical-align: top;
    padding: 0.5rem;
    border-bottom: 1px solid var(--earful-border, #c9cad3);
  }
  th {
    font-weight: 700;
  }
`;
