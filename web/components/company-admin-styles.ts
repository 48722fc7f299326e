// Styles of the admins' Companies section (over tableStyles): the list as a table, the add form, the address's fixed prefix and the
// confirmation dialog.
import { css } from 'lit';

export const companyAdminStyles = css`
  table {
    max-width: 48rem;
    margin: 0 0 1.5rem;
  }
  th,
  td {
    overflow-wrap: anywhere;
  }
  tbody th {
    font-weight: 400;
  }
  .count {
    text-align: right;
    white-space: nowrap;
  }
  .company-name {
    font-weight: 600;
  }
  .address-text {
    display: block;
    font-size: 0.875rem;
  }
  .list-status {
    margin: 0 0 0.5rem;
  }
  form.add {
    max-width: 32rem;
  }
  .address {
    display: flex;
    align-items: stretch;
  }
  .prefix {
    display: flex;
    align-items: center;
    padding: 0 0.5rem;
    border: 1px solid var(--earful-muted, #4f5160);
    border-right: 0;
    border-radius: 0.375rem 0 0 0.375rem;
    background: var(--earful-accent-soft, #ece8fb);
    white-space: nowrap;
  }
  .address input {
    flex: 1 1 auto;
    min-width: 0;
    border-radius: 0 0.375rem 0.375rem 0;
  }
  .outcome {
    margin: 0;
    overflow-wrap: anywhere;
  }
  dialog {
    border: 1px solid var(--earful-border, #c9cad3);
    border-radius: 0.5rem;
    padding: 1.25rem;
    max-width: min(32rem, calc(100vw - 2rem));
    background: var(--earful-surface, #fff);
    color: inherit;
    overflow-wrap: anywhere;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  dialog h3 {
    margin-top: 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
`;
