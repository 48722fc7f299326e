// The moderator queue: riskiest first, filtered by company and reason, one decision at a time or in bulk.
import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { Task, TaskStatus } from '@lit/task';
import type { DecisionReason, QueueItem } from '../../server/contract/moderation';
import { ApiError, api } from '../api/api-client';
import { moderatorApi, sessionEvents } from '../api/moderator-api';
import { DECISION_REASON_LABELS, entries } from '../lib/reason-labels';
import { formStyles } from './form-styles';
import { baseStyles } from './shared-styles';
import type { DecidedDetail } from './earful-queue-item';
import './earful-queue-item';
import { loadMoreButton } from './form-parts';

const PAGE = 25;
const REPORTED = 'reported';

@customElement('earful-moderation-queue')
export class EarfulModerationQueue extends LitElement {
  static override styles = [
    baseStyles,
    formStyles,
    css`
      .filters,
      .bulk {
        display: flex;
        flex-wrap: wrap;
        align-items: end;
        gap: 0.75rem 1rem;
        margin-bottom: 1rem;
      }
      .bulk {
        padding: 0.75rem;
      }
      ol {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: 1rem;
      }
      .queue-status {
        min-height: 1.5rem;
      }
      .empty h3 {
        margin-top: 0;
      }
      .empty p:last-child {
        margin-bottom: 0;
      }
    `,
  ];

  @state() private _company = '';
  @state() private _reason = '';
  @state() private _items: QueueItem[] = [];
  @state() private _cursor: string | null = null;
  @state() private _total = 0;
  @state() private _reasons: { reason: string; count: number }[] = [];
  @state() private _selected = new Set<number>();
  @state() private _announce = '';
  @state() private _reload = 0;

  private _companies = new Task(this, {
    args: () => [] as const,
    task: async (_a, { signal }) => (await api.listCompanies({ signal })).companies,
  });

  private _first = new Task(this, {
    args: () => [this._company, this._reason, this._reload] as const,
    task: async ([company, reason], { signal }) => {
      const page = await moderatorApi.queue({ company, reason, limit: PAGE }, { signal });
      this._items = page.items;
      this._cursor = page.nextCursor;
      this._total = page.total;
      this._reasons = page.reasons;
      this._selected = new Set();
      this._announce = '';
      return page;
    },
  });

  private _more = new Task(this, {
    autoRun: false,
    args: () => [this._cursor] as const,
    task: async ([cursor], { signal }) => {
      const page = await moderatorApi.queue({ company: this._company, reason: this._reason, cursor, limit: PAGE }, { signal });
      this._items = [...this._items, ...page.items];
      this._cursor = page.nextCursor;
      return page;
    },
  });

  override connectedCallback() {
    super.connectedCallback();
    sessionEvents.addEventListener('restored', this.reload);
  }

  override disconnectedCallback() {
    sessionEvents.removeEventListener('restored', this.reload);
    super.disconnectedCallback();
  }

  /** Signed in again after the session ended: a page that failed then loads now. */
  private reload = () => {
    if (this._first.status === TaskStatus.ERROR) this._reload++;
  };

  override render() {
    const companies = this._companies.value ?? [];
    return html`<div class="filters">
        <div class="field">
          <label for="company">Company</label>
          <select id="company" @change=${(e: Event) => (this._company = (e.target as HTMLSelectElement).value)}>
            <option value="">All companies</option>
            ${companies.map((c) => html`<option value=${c.slug} ?selected=${this._company === c.slug}>${c.name}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="reason">Reason</label>
          <select id="reason" @change=${(e: Event) => (this._reason = (e.target as HTMLSelectElement).value)}>
            <option value="">All reasons</option>
            <option value=${REPORTED} ?selected=${this._reason === REPORTED}>Reported by readers</option>
            ${this._reasons.map((r) => html`<option value=${r.reason} ?selected=${this._reason === r.reason}>${r.reason} (${r.count})</option>`)}
          </select>
        </div>
        <button @click=${() => this._reload++}>Reload</button>
      </div>
      <p class="queue-status" role="status">${this.statusText()}</p>
      ${this.renderEmpty()} ${this._selected.size > 0 ? this.renderBulk() : nothing}
      <ol aria-label="Queue">
        ${repeat(
          this._items,
          (item) => item.review.id,
          (item) =>
            html`<li>
              <earful-queue-item
                .item=${item}
                .selected=${this._selected.has(item.review.id)}
                @decided=${this.onDecided}
                @select-change=${this.onSelect}
              ></earful-queue-item>
            </li>`,
        )}
      </ol>
      ${loadMoreButton(this._cursor, this._more)}`;
  }

  private renderBulk() {
    return html`<form class="bulk card" novalidate @submit=${this.onBulk} aria-label="Bulk decision">
      <strong>${this._selected.size} selected</strong>
      <div class="field">
        <label for="bulk-reason">Reason (to reject)</label>
        <select id="bulk-reason" name="reason">
          <option value="">Choose a reason</option>
          ${entries(DECISION_REASON_LABELS).map(([v, l]) => html`<option value=${v}>${l}</option>`)}
        </select>
      </div>
      <button class="primary" type="submit" name="action" value="approve">Approve selected</button>
      <button type="submit" name="action" value="reject">Reject selected</button>
    </form>`;
  }

  private statusText() {
    if (this._announce) return this._announce;
    if (this._first.status === TaskStatus.PENDING) return 'Loading the queue…';
    if (this._first.status === TaskStatus.ERROR) return 'The queue could not be loaded.';
    // The empty queue's own card says so, and what comes next.
    if (this._total === 0) return '';
    return `${this._total} ${this._total === 1 ? 'review waits' : 'reviews wait'} for a decision, riskiest first.`;
  }

  /** An empty queue says so, and what comes next: with filters, that other reviews may still wait. */
  private renderEmpty() {
    if (this._first.status !== TaskStatus.COMPLETE || this._items.length > 0) return nothing;
    const filtered = this._company !== '' || this._reason !== '';
    return html`<section class="empty card" aria-labelledby="empty-title">
      <h3 id="empty-title">${filtered ? 'Nothing waits under these filters' : 'The queue is empty'}</h3>
      ${
        filtered
          ? html`<p>Other reviews may still wait for a decision.</p>
              <p><button @click=${this.clearFilters}>Show the whole queue</button></p>`
          : html`<p>
                Nothing waits for a decision. Reviews that moderation holds, and published ones readers report, appear here as they come in,
                riskiest first.
              </p>
              <p><button @click=${() => this._reload++}>Check for new reviews</button></p>`
      }
    </section>`;
  }

  private clearFilters() {
    this._company = '';
    this._reason = '';
  }

  private onDecided(e: CustomEvent<DecidedDetail>) {
    this._items = this._items.filter((i) => i.review.id !== e.detail.id);
    this._total = Math.max(0, this._total - 1);
    this._selected.delete(e.detail.id);
    this._announce = e.detail.message;
  }

  private onSelect(e: CustomEvent<{ id: number; selected: boolean }>) {
    const next = new Set(this._selected);
    if (e.detail.selected) next.add(e.detail.id);
    else next.delete(e.detail.id);
    this._selected = next;
  }

  private async onBulk(e: SubmitEvent) {
    e.preventDefault();
    const action = (e.submitter as HTMLButtonElement | null)?.value === 'reject' ? 'reject' : 'approve';
    const reason = new FormData(e.target as HTMLFormElement).get('reason') as DecisionReason | '';
    if (action === 'reject' && !reason) {
      this._announce = 'Choose a reason to reject the selected reviews.';
      return;
    }
    try {
      const { results } = await moderatorApi.bulk({
        action,
        ids: [...this._selected],
        ...(action === 'reject' ? { reason: reason as DecisionReason } : {}),
      });
      const done = results.filter((r) => r.outcome === 'done').length;
      const skipped = results.length - done;
      this._announce = `${done} ${action === 'approve' ? 'approved' : 'rejected'}${skipped ? `; ${skipped} changed by someone else first and left as they were` : ''}.`;
      const doneIds = new Set(results.filter((r) => r.outcome === 'done').map((r) => r.id));
      this._items = this._items.filter((i) => !doneIds.has(i.review.id));
      this._total = Math.max(0, this._total - done);
      this._selected = new Set();
    } catch (error) {
      this._announce = error instanceof ApiError ? error.message : 'The bulk decision failed. Please try again.';
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'earful-moderation-queue': EarfulModerationQueue;
  }
}
