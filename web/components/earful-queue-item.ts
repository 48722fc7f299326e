// One review in the moderator queue: why it is there, the text with redactions and masks highlighted, its
// reports, and the decisions (approve, reject, edit and approve; for reported published reviews keep or remove,
// with a link to the review's page as readers see it).
import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { DecisionReason, QueueItem } from '../../server/contract/moderation';
import { REVIEW_LIMITS } from '../../server/contract/review-limits';
import { ApiError } from '../api/api-client';
import { isSignedOut, moderatorApi, signedInAgain } from '../api/moderator-api';
import { formatDate, plural, reviewPath } from '../lib/format';
import { taxonomyOf } from '../lib/company-taxonomy';
import type { Taxonomy } from '../../server/contract/taxonomy';
import { describeChanges } from '../lib/moderated-text';
import { DECISION_REASON_LABELS, REPORT_REASON_LABELS, entries } from '../lib/reason-labels';
import { formStyles } from './form-styles';
import { queueItemStyles } from './queue-item-styles';
import { baseStyles } from './shared-styles';
import './earful-review-card';
import './earful-reply-removal';

export interface DecidedDetail {
  id: number;
  message: string;
}

type Mode = 'view' | 'reject' | 'remove' | 'edit';

@customElement('earful-queue-item')
export class EarfulQueueItem extends LitElement {
  static override styles = [baseStyles, formStyles, queueItemStyles];

  /** The queued review with its open reports. */
  @property({ attribute: false }) item: QueueItem | null = null;

  /** Chosen for a bulk decision. */
  @property({ type: Boolean }) selected = false;

  @state() private _mode: Mode = 'view';
  @state() private _busy = false;
  @state() private _error = '';
  @state() private _fields: Record<string, string> = {};
  /** The review's company taxonomy, once read, so its answers show by their labels. */
  @state() private _taxonomy: Taxonomy | null = null;

  override willUpdate(changed: Map<PropertyKey, unknown>) {
    const slug = this.item?.review.company;
    if (changed.has('item') && slug) {
      void taxonomyOf(slug).then((taxonomy) => {
        if (this.item?.review.company === slug) this._taxonomy = taxonomy;
      });
    }
  }

  override render() {
    const item = this.item;
    if (!item) return nothing;
    const r = item.review;
    const pending = r.status === 'pending';
    const changes = describeChanges(r.moderation.redactions, r.moderation.masked);
    return html`<article class="card" aria-labelledby="head">
      <div class="head">
        ${
          pending
            ? html`<input type="checkbox" id="select" .checked=${this.selected} @change=${this.onSelect} /><label
                  for="select"
                  class="visually-hidden"
                  >Select review ${r.id} for a bulk decision</label
                >`
            : nothing
        }
        <h3 id="head">Review ${r.id} · ${r.companyName}</h3>
        <span class="state">${pending ? 'Waiting for a decision' : 'Published, reported by readers'}</span>
      </div>
      <p class="meta muted">
        ${riskText(r.riskScore, r.queueRisk)} · submitted <time datetime=${r.createdAt}>${formatDate(r.createdAt)}</time>
      </p>
      ${
        r.moderation.reasons.length > 0
          ? html`<div class="reasons">
              <span>Why it is here:</span>
              <ul>
                ${r.moderation.reasons.map((x) => html`<li>${x}</li>`)}
              </ul>
            </div>`
          : nothing
      }
      ${changes.length > 0 ? html`<p class="changes"><strong>Moderation changed:</strong> ${changes.join(', ')}.</p>` : nothing}
      <earful-review-card
        .review=${r.reply ? { ...r, reply: null } : r}
        .taxonomy=${this._taxonomy}
        .pageHref=${pending ? null : reviewPath(r.company, r.id)}
        marked
      ></earful-review-card>
      ${
        // The reply shows with its Remove action rather than inside the card.
        r.reply ? html`<earful-reply-removal .reviewId=${r.id} .reply=${r.reply}></earful-reply-removal>` : nothing
      }
      ${
        item.reports.length > 0
          ? html`<div class="reports">
              <h4>Reader reports (${item.reports.length})</h4>
              ${
                item.reportBurst
                  ? html`<p class="report-burst" role="note">
                      <strong>A burst:</strong> ${item.reportBurst.reports} of these came within
                      ${item.reportBurst.minutes === 0 ? 'the same minute' : plural(item.reportBurst.minutes, 'minute', 'minutes')} (<time
                        datetime=${item.reportBurst.from}
                        >${formatDate(item.reportBurst.from)}</time
                      >) — possibly one campaign rather than separate readers.
                    </p>`
                  : nothing
              }
              <ul>
                ${item.reports.map(
                  (rep) =>
                    html`<li>
                      <strong>${REPORT_REASON_LABELS[rep.reason] ?? rep.reason}</strong>${rep.note ? html` — “${rep.note}”` : nothing}
                      <span class="muted">(<time datetime=${rep.createdAt}>${formatDate(rep.createdAt)}</time>)</span>
                    </li>`,
                )}
              </ul>
            </div>`
          : nothing
      }
      ${this._mode === 'view' ? this.renderActions(pending) : this._mode === 'edit' ? this.renderEdit() : this.renderReason(this._mode)}
      ${this._error ? html`<p class="form-error" role="alert">${this._error}</p>` : nothing}
    </article>`;
  }

  private renderActions(pending: boolean) {
    return html`<div class="actions">
      ${
        pending
          ? html`<button class="primary" @click=${() => this.decide({ action: 'approve' }, 'approved')}>Approve</button>
              <button @click=${() => this.setMode('reject')}>Reject…</button>`
          : // Readers flagged it: the filled button is the one that takes it down, and it still asks for a reason first.
            html`<button class="primary" @click=${() => this.setMode('remove')}>Remove…</button>
              <button @click=${() => this.decide({ action: 'approve' }, 'kept; its reports are dismissed')}>
                Keep and dismiss reports
              </button>`
      }
      <button @click=${() => this.setMode('edit')}>Edit and approve…</button>
    </div>`;
  }

  private renderReason(mode: 'reject' | 'remove') {
    return html`<form class="panel" novalidate @submit=${(e: SubmitEvent) => this.onReason(e, mode)}>
      <div class="field">
        <label for="reason">Reason to ${mode}</label>
        <select id="reason" name="reason" aria-invalid=${this._fields.reason ? 'true' : 'false'}>
          <option value="">Choose a reason</option>
          ${entries(DECISION_REASON_LABELS).map(([value, label]) => html`<option value=${value}>${label}</option>`)}
        </select>
        ${this._fields.reason ? html`<p class="field-error">${this._fields.reason}</p>` : nothing}
      </div>
      <div class="field">
        <label for="note">Note for the audit log (optional)</label>
        <textarea id="note" name="note" rows="2"></textarea>
      </div>
      <div class="actions">
        <button class="primary" type="submit">${mode === 'reject' ? 'Reject review' : 'Remove review'}</button>
        <button type="button" @click=${() => this.setMode('view')}>Cancel</button>
      </div>
    </form>`;
  }

  private renderEdit() {
    const r = this.item!.review;
    return html`<form class="panel" novalidate @submit=${this.onEdit}>
      <p class="hint">Your edit is moderated again: personal information is removed and offensive words are masked.</p>
      <div class="field">
        <label for="edit-title">Title</label>
        <input id="edit-title" name="title" .value=${r.title ?? ''} />
        ${this._fields.title ? html`<p class="field-error">${this._fields.title}</p>` : nothing}
      </div>
      <div class="field">
        <label for="edit-body">Review text</label>
        <textarea id="edit-body" name="body" rows="6" .value=${r.body}></textarea>
        ${this._fields.body ? html`<p class="field-error">${this._fields.body}</p>` : nothing}
      </div>
      <div class="actions">
        <button class="primary" type="submit">Save and approve</button>
        <button type="button" @click=${() => this.setMode('view')}>Cancel</button>
      </div>
    </form>`;
  }

  private async setMode(mode: Mode) {
    this._mode = mode;
    this._fields = {};
    this._error = '';
    await this.updateComplete;
    this.renderRoot
      .querySelector<HTMLElement>(mode === 'view' ? '.actions button' : '.panel select, .panel input, .panel textarea')
      ?.focus();
  }

  private onReason(e: SubmitEvent, mode: 'reject' | 'remove') {
    e.preventDefault();
    const data = new FormData(e.target as HTMLFormElement);
    const reason = String(data.get('reason') ?? '') as DecisionReason | '';
    const note = String(data.get('note') ?? '').trim();
    if (!reason) {
      this._fields = { reason: `Choose a reason to ${mode}` };
      return;
    }
    void this.decide({ action: mode, reason, ...(note ? { note } : {}) }, mode === 'reject' ? 'rejected' : 'removed');
  }

  private onEdit(e: SubmitEvent) {
    e.preventDefault();
    const data = new FormData(e.target as HTMLFormElement);
    const title = String(data.get('title') ?? '');
    const body = String(data.get('body') ?? '');
    const L = REVIEW_LIMITS;
    const fields: Record<string, string> = {};
    if (title.trim().length > L.titleMax) fields.title = `Title can be at most ${L.titleMax} characters`;
    if (body.trim().length < L.bodyMin) fields.body = `Review must be at least ${L.bodyMin} characters`;
    else if (body.trim().length > L.bodyMax) fields.body = `Review can be at most ${L.bodyMax} characters`;
    this._fields = fields;
    if (Object.keys(fields).length === 0) void this.decide({ action: 'edit-approve', title, body }, 'edited and approved');
  }

  private async decide(decision: Parameters<typeof moderatorApi.decide>[1], done: string) {
    if (this._busy || !this.item) return;
    const r = this.item.review;
    this._busy = true;
    this._error = '';
    try {
      await this.decideSignedIn(r.id, { ...decision, updatedAt: r.updatedAt });
      this.dispatchEvent(
        new CustomEvent<DecidedDetail>('decided', {
          detail: { id: r.id, message: `Review ${r.id} ${done}.` },
          bubbles: true,
          composed: true,
        }),
      );
    } catch (error) {
      if (error instanceof SignedOut) return;
      if (error instanceof ApiError && error.code === 'conflict')
        this._error = 'Someone else changed this review first. Reload the queue to see it as it is now.';
      else if (error instanceof ApiError && Object.keys(error.fields).length > 0) this._fields = error.fields;
      else this._error = error instanceof ApiError ? error.message : 'The decision could not be saved. Please try again.';
    } finally {
      this._busy = false;
    }
  }

  /**
   * The decision, sent again once the moderator signs in if their session ended meanwhile (the console opens the
   * sign-in); the panel and the edit stay as they were while they do, and after if they close it instead.
   */
  private async decideSignedIn(id: number, decision: Parameters<typeof moderatorApi.decide>[1]) {
    try {
      return await moderatorApi.decide(id, decision);
    } catch (error) {
      if (!isSignedOut(error)) throw error;
      this._error = 'Your session has ended. Sign in again and this decision is sent; your edit is kept.';
      if (!(await signedInAgain())) {
        this._error = 'Not saved: your session has ended. Sign in again (at the top of the page), then save again; your edit is kept.';
        throw new SignedOut();
      }
      this._error = '';
      return moderatorApi.decide(id, decision);
    }
  }

  private onSelect(e: Event) {
    const selected = (e.target as HTMLInputElement).checked;
    this.dispatchEvent(new CustomEvent('select-change', { detail: { id: this.item!.review.id, selected }, bubbles: true, composed: true }));
  }
}

/** A decision left unsent because the moderator closed the sign-in: its message is already shown. */
class SignedOut extends Error {}

/** The risk the queue sorts by; for a reported review, what the pipeline and the readers' reports each add. */
function riskText(own: number, queued: number | undefined) {
  const extra = queued === undefined ? 0 : queued - own;
  return extra > 0 ? `Risk score ${queued} (${own} from moderation, ${extra} from reader reports)` : `Risk score ${own}`;
}

declare global {
  interface HTMLElementTagNameMap {
    'earful-queue-item': EarfulQueueItem;
  }
}
