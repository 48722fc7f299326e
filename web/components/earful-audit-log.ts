// The audit trail for admins: who did what to which review or account, newest first, as a table.
import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import type { AuditEntry } from '../../server/contract/moderation';
import { moderatorApi } from '../api/moderator-api';
import { baseStyles } from './shared-styles';

const TIME = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

const detailsText = (details: Record<string, unknown>) =>
  Object.entries(details)
    .map(([k, v]) => `${k}: ${typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)}`)
    .join('; ');

@customElement('earful-audit-log')
export class EarfulAuditLog extends LitElement {
  static override styles = [
    baseStyles,
    css`
      .scroll {
        overflow-x: auto;
      }
      table {
        border-collapse: collapse;
        width: 100%;
        min-width: 44rem;
        background: var(--earful-surface, #fff);
      }
      th,
      td {
        text-align: left;
        vertical-align: top;
        padding: 0.5rem;
        border-bottom: 1px solid var(--earful-border, #c9cad3);
        white-space: nowrap;
      }
      td:nth-child(2),
      td:last-child {
        white-space: normal;
        overflow-wrap: anywhere;
        min-width: 10rem;
      }
      td:last-child {
        min-width: 16rem;
      }
      th {
        font-weight: 700;
      }
    `,
  ];

  @state() private _entries: AuditEntry[] = [];
  @state() private _cursor: string | null = null;

  private _page = new Task(this, {
    autoRun: false,
    args: () => [this._cursor] as const,
    task: async ([cursor], { signal }) => {
      const page = await moderatorApi.audit({ cursor, limit: 50 }, { signal });
      this._entries = cursor ? [...this._entries, ...page.entries] : page.entries;
      this._cursor = page.nextCursor;
      return page;
    },
  });

  override connectedCallback() {
    super.connectedCallback();
    void this._page.run([null]);
  }

  override render() {
    return html`<h2>Audit log</h2>
      <p role="status" class="muted">
        ${this._page.status === TaskStatus.PENDING ? 'Loading…' : this._page.status === TaskStatus.ERROR ? 'The audit log could not be loaded.' : ''}
      </p>
      <div class="scroll" tabindex="0" role="region" aria-label="Audit log entries">
        <table>
          <caption class="visually-hidden">
            Moderator actions, newest first
          </caption>
          <thead>
            <tr>
              <th scope="col">When (UTC)</th>
              <th scope="col">Who</th>
              <th scope="col">Action</th>
              <th scope="col">Target</th>
              <th scope="col">Status</th>
              <th scope="col">Details</th>
            </tr>
          </thead>
          <tbody>
            ${this._entries.map(
              (e) =>
                html`<tr>
                  <td><time datetime=${e.at}>${TIME.format(new Date(e.at))}</time></td>
                  <td>${e.actor?.email ?? 'system'}</td>
                  <td>${e.action}</td>
                  <td>${e.targetType}${e.targetId ? ` ${e.targetId}` : ''}</td>
                  <td>${e.statusBefore || e.statusAfter ? `${e.statusBefore ?? '—'} → ${e.statusAfter ?? '—'}` : ''}</td>
                  <td>${detailsText(e.details)}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
      ${this._cursor ? html`<p><button @click=${() => this._page.run([this._cursor])}>Load older entries</button></p>` : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'earful-audit-log': EarfulAuditLog;
  }
}
