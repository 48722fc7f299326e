// The audit trail for admins: who did what to which review or account, newest first, in words (labels, not
// codes), filtered by action, moderator and dates through the API's own filters.
import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import type { AuditEntry } from '../../server/contract/moderation';
import { moderatorApi, sessionEvents } from '../api/moderator-api';
import { AUDIT_ACTION_LABELS, actionLabel, detailPhrases, statusChange, targetLabel } from '../lib/audit-labels';
import { formStyles } from './form-styles';
import { baseStyles } from './shared-styles';
import { tableStyles } from './table-styles';

const TIME = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

interface Filters {
  action: string;
  actorId: string;
  /** yyyy-mm-dd, UTC days as the table shows them. */
  from: string;
  to: string;
}
const NO_FILTERS: Filters = { action: '', actorId: '', from: '', to: '' };

@customElement('earful-audit-log')
export class EarfulAuditLog extends LitElement {
  static override styles = [
    baseStyles,
    formStyles,
    tableStyles,
    css`
      .filters {
        display: flex;
        flex-wrap: wrap;
        align-items: end;
        gap: 0.75rem 1rem;
        margin-bottom: 1rem;
      }
      .filters .field {
        margin: 0;
      }
      .scroll {
        overflow-x: auto;
      }
      table {
        min-width: 52rem;
      }
      td:first-child {
        white-space: nowrap;
      }
      td {
        overflow-wrap: break-word;
      }
      td:nth-child(2) {
        min-width: 12rem;
      }
      td:nth-child(3),
      td:nth-child(4) {
        min-width: 8rem;
      }
      .details {
        margin: 0;
        padding-left: 1.1rem;
      }
      .status {
        display: block;
        font-size: 0.875rem;
      }
    `,
  ];

  @state() private _entries: AuditEntry[] = [];
  @state() private _cursor: string | null = null;
  @state() private _filters: Filters = NO_FILTERS;

  private _moderators = new Task(this, {
    args: () => [] as const,
    task: async (_a, { signal }) => (await moderatorApi.moderators({ signal })).moderators,
  });

  private _page = new Task(this, {
    autoRun: false,
    args: () => [this._cursor] as const,
    task: async ([cursor], { signal }) => {
      const f = this._filters;
      const page = await moderatorApi.audit(
        {
          cursor,
          limit: 50,
          action: f.action || null,
          actorId: f.actorId ? Number(f.actorId) : null,
          from: f.from ? `${f.from}T00:00:00.000Z` : null,
          to: f.to ? `${f.to}T23:59:59.999Z` : null,
        },
        { signal },
      );
      this._entries = cursor ? [...this._entries, ...page.entries] : page.entries;
      this._cursor = page.nextCursor;
      return page;
    },
  });

  override connectedCallback() {
    super.connectedCallback();
    void this._page.run([null]);
    sessionEvents.addEventListener('restored', this.reloadFailed);
  }

  override disconnectedCallback() {
    sessionEvents.removeEventListener('restored', this.reloadFailed);
    super.disconnectedCallback();
  }

  /** Signed in again after the session ended: a page that failed for it loads now. */
  private reloadFailed = () => {
    if (this._page.status === TaskStatus.ERROR) void this._page.run([this._cursor && this._entries.length > 0 ? this._cursor : null]);
    if (this._moderators.status === TaskStatus.ERROR) void this._moderators.run();
  };

  override render() {
    const filtered = Object.values(this._filters).some(Boolean);
    return html`<h2>Audit log</h2>
      ${this.renderFilters(filtered)}
      <p role="status" class="muted">${this.statusText(filtered)}</p>
      <div class="scroll" tabindex="0" role="region" aria-label="Audit log entries">
        <table>
          <caption class="visually-hidden">
            Moderator actions, newest first
          </caption>
          <thead>
            <tr>
              <th scope="col">When (UTC)</th>
              <th scope="col">Who</th>
              <th scope="col">What</th>
              <th scope="col">About</th>
              <th scope="col">Details</th>
            </tr>
          </thead>
          <tbody>
            ${this._entries.map((e) => {
              const phrases = detailPhrases(e.details);
              const status = statusChange(e);
              return html`<tr>
                <td><time datetime=${e.at}>${TIME.format(new Date(e.at))}</time></td>
                <td>${e.actor?.email ?? (e.action.startsWith('review.author') ? 'The review’s author' : 'Earful (automatic)')}</td>
                <td>${actionLabel(e.action)}</td>
                <td>${targetLabel(e)}${status ? html`<span class="status muted">${status}</span>` : nothing}</td>
                <td>
                  ${
                    phrases.length > 0
                      ? html`<ul class="details">
                          ${phrases.map((p) => html`<li>${p}</li>`)}
                        </ul>`
                      : nothing
                  }
                </td>
              </tr>`;
            })}
          </tbody>
        </table>
      </div>
      ${this._cursor ? html`<p><button @click=${() => this._page.run([this._cursor])}>Load older entries</button></p>` : nothing}`;
  }

  private renderFilters(filtered: boolean) {
    const f = this._filters;
    return html`<form class="filters" aria-label="Filter the audit log" @submit=${(e: Event) => e.preventDefault()}>
      <div class="field">
        <label for="audit-action">Action</label>
        <select id="audit-action" @change=${(e: Event) => this.filter({ action: (e.target as HTMLSelectElement).value })}>
          <option value="" ?selected=${!f.action}>All actions</option>
          ${Object.entries(AUDIT_ACTION_LABELS).map(([value, label]) => html`<option value=${value} ?selected=${f.action === value}>${label}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="audit-actor">Moderator</label>
        <select id="audit-actor" @change=${(e: Event) => this.filter({ actorId: (e.target as HTMLSelectElement).value })}>
          <option value="" ?selected=${!f.actorId}>Everyone</option>
          ${(this._moderators.value ?? []).map((m) => html`<option value=${m.id} ?selected=${f.actorId === String(m.id)}>${m.email}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="audit-from">From (UTC)</label>
        <input
          id="audit-from"
          type="date"
          .value=${f.from}
          @change=${(e: Event) => this.filter({ from: (e.target as HTMLInputElement).value })}
        />
      </div>
      <div class="field">
        <label for="audit-to">To (UTC)</label>
        <input
          id="audit-to"
          type="date"
          .value=${f.to}
          @change=${(e: Event) => this.filter({ to: (e.target as HTMLInputElement).value })}
        />
      </div>
      ${filtered ? html`<button type="button" @click=${() => this.filter(NO_FILTERS)}>Clear filters</button>` : nothing}
    </form>`;
  }

  private statusText(filtered: boolean) {
    if (this._page.status === TaskStatus.PENDING) return 'Loading…';
    if (this._page.status === TaskStatus.ERROR) return 'The audit log could not be loaded.';
    if (this._page.status === TaskStatus.COMPLETE && this._entries.length === 0)
      return filtered ? 'No entries match these filters.' : 'Nothing has been recorded yet.';
    return '';
  }

  private filter(change: Partial<Filters>) {
    this._filters = { ...this._filters, ...change };
    this._cursor = null;
    void this._page.run([null]);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'earful-audit-log': EarfulAuditLog;
  }
}
