// Styles of a queue item: its head, the reasons as labels, the reports, the decision panels.
import { css } from 'lit';

export const queueItemStyles = css`
  article {
    display: grid;
    gap: 0.75rem;
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 0.75rem;
  }
  .head input[type='checkbox'] {
    width: 1.5rem;
    height: 1.5rem;
    min-height: 0;
    margin: 0;
  }
  h3 {
    margin: 0;
  }
  h4 {
    margin: 0 0 0.25rem;
    font-size: 1rem;
  }
  .state {
    border: 1px solid var(--earful-text, #1b1b24);
    border-radius: 1rem;
    padding: 0 0.625rem;
    font-size: 0.875rem;
    font-weight: 600;
  }
  .meta,
  .changes {
    margin: 0;
  }
  .reasons {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.375rem;
    font-weight: 600;
  }
  .reasons ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .reasons li {
    border: 2px solid var(--earful-danger, #a4161a);
    color: var(--earful-danger, #a4161a);
    border-radius: 0.25rem;
    padding: 0 0.5rem;
    font-size: 0.875rem;
  }
  .reports ul {
    margin: 0;
    padding-left: 1.25rem;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .panel {
    border-top: 1px solid var(--earful-border, #c9cad3);
    padding-top: 0.75rem;
    gap: 0.75rem;
  }
  earful-review-card {
    --earful-surface: var(--earful-page, #f6f6f9);
  }
`;
