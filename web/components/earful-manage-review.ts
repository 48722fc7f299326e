// The reviewer's own review, opened with the private link from the submission: its status (published, or
// waiting for a moderator, or taken down and why), an edit (moderated again), a later outcome, erasure.
import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import type { ManagedReview } from '../../server/contract/manage';
import type { CompanyDetail } from '../../server/contract/review';
import { REVIEW_LIMITS } from '../../server/contract/review-limits';
import { ApiError, api } from '../api/client';
import { DECISION_REASON_LABELS } from '../lib/reason-labels';
import { formStyles } from './form-styles';
import { baseStyles } from './shared-styles';
import './earful-review-card';

const STATUS_TEXT: Record<ManagedReview['status'], string> = {
  published: 'Your review is published: readers see it and it counts in the rating.',
  pending: 'Your review is waiting for a moderator. It has not been deleted; it appears once approved.',
  rejected: 'A moderator did not publish your review.',
  removed: 'A moderator took your review down.',
};

@customElement('earful-manage-review')
export class EarfulManageReview extends LitElement {
  static override styles = [
    baseStyles,
    formStyles,
    css`
      :host {
        display: grid;
        gap: 1.5rem;
      }
      .status {
        border-left: 4px solid var(--earful-accent, #3f2a8c);
        padding: 0.5rem 0.75rem;
        background: var(--earful-surface, #fff);
      }
      .status p {
        margin: 0;
      }
      .danger {
        border-color: var(--earful-danger, #a4161a);
        color: var(--earful-danger, #a4161a);
      }
    `,
  ];

  @state() private _review: ManagedReview | null = null;
  @state() private _company: CompanyDetail | null = null;
  @state() private _message = '';
  @state() private _fields: Record<string, string> = {};
  @state() private _confirmErase = false;
  @state() private _erased = false;

  private readonly _id = Number(location.pathname.split('/')[2]);
  // The token stays in the fragment, which browsers never send to a server or in a Referer.
  private readonly _token = decodeURIComponent(location.hash.slice(1));

  private _load = new Task(this, {
    args: () => [] as const,
    task: async () => {
      const { review } = await api.getManaged(this._id, this._token);
      this._review = review;
      this._company = await api.getCompany(review.company);
      return review;
    },
  });

  override render() {
    if (this._erased)
      return html`<p role="status">Your review is deleted for good. Its text is gone and the rating no longer counts it.</p>`;
    const r = this._review;
    if (!r) {
      return this._load.render({
        pending: () => html`<p aria-busy="true">Loading your review…</p>`,
        error: () =>
          html`<p role="alert">This link does not open a review. Check that you copied the whole link, including the part after “#”.</p>`,
      });
    }
    const open = r.status === 'published' || r.status === 'pending';
    return html`<div class="status" role="status">
        <p><strong>${STATUS_TEXT[r.status]}</strong></p>
        ${r.verdict?.reason && !open ? html`<p>Reason: ${DECISION_REASON_LABELS[r.verdict.reason]}.</p>` : nothing}
        ${r.status === 'pending' && r.moderation.reasons.length ? html`<p>Why it waits: ${r.moderation.reasons.join('; ')}.</p>` : nothing}
        ${this._message ? html`<p>${this._message}</p>` : nothing}
      </div>
      <section aria-labelledby="as-seen-title">
        <h2 id="as-seen-title">What you wrote, after moderation</h2>
        <earful-review-card .review=${r} .taxonomy=${this._company?.taxonomy ?? null} marked></earful-review-card>
      </section>
      ${open ? this.renderEdit(r) : nothing} ${open ? this.renderOutcome() : nothing}
      <section class="card" aria-labelledby="erase-title">
        <h2 id="erase-title">Delete your review</h2>
        <p>This erases the review and its text for good; the rating is updated at once.</p>
        ${
          this._confirmErase
            ? html`<p><strong>Delete it for good?</strong></p>
                <button class="primary danger" @click=${this.erase}>Yes, delete my review</button>
                <button @click=${() => (this._confirmErase = false)}>Keep it</button>`
            : html`<button class="danger" @click=${() => (this._confirmErase = true)}>Delete my review…</button>`
        }
      </section>`;
  }

  private renderEdit(r: ManagedReview) {
    return html`<section class="card" aria-labelledby="edit-title">
      <h2 id="edit-title">Edit your review</h2>
      <form novalidate @submit=${this.edit}>
        <p class="hint">Your edit is moderated again, like a new review.</p>
        <div class="field">
          <label for="edit-title-input">Title (optional)</label>
          <input id="edit-title-input" name="title" .value=${r.title ?? ''} />
          ${this._fields.title ? html`<p class="field-error">${this._fields.title}</p>` : nothing}
        </div>
        <div class="field">
          <label for="edit-body">Your review</label>
          <textarea id="edit-body" name="body" rows="6" .value=${r.body}></textarea>
          ${this._fields.body ? html`<p class="field-error">${this._fields.body}</p>` : nothing}
        </div>
        <button class="primary" type="submit">Save changes</button>
      </form>
    </section>`;
  }

  private renderOutcome() {
    const t = this._company?.taxonomy;
    return html`<section class="card" aria-labelledby="outcome-title">
      <h2 id="outcome-title">Did it get resolved later?</h2>
      <form novalidate @submit=${this.outcome}>
        <div class="grid">
          <div class="field">
            <label for="later-resolved">Was it resolved?</label>
            <select id="later-resolved" name="resolved">
              ${(t?.resolved ?? []).map((v) => html`<option value=${v.value}>${v.label}</option>`)}
            </select>
          </div>
          <div class="field">
            <label for="later-outcome">What did they do? (optional)</label>
            <select id="later-outcome" name="outcome">
              <option value="">Not answered</option>
              ${(t?.outcome ?? []).map((v) => html`<option value=${v.value}>${v.label}</option>`)}
            </select>
          </div>
        </div>
        <button type="submit">Update the outcome</button>
      </form>
    </section>`;
  }

  private async edit(e: SubmitEvent) {
    e.preventDefault();
    const data = new FormData(e.target as HTMLFormElement);
    const title = String(data.get('title') ?? '');
    const body = String(data.get('body') ?? '');
    const L = REVIEW_LIMITS;
    this._fields = {
      ...(title.trim().length > L.titleMax ? { title: `Title can be at most ${L.titleMax} characters` } : {}),
      ...(body.trim().length < L.bodyMin ? { body: `Review must be at least ${L.bodyMin} characters` } : {}),
      ...(body.trim().length > L.bodyMax ? { body: `Review can be at most ${L.bodyMax} characters` } : {}),
    };
    if (Object.keys(this._fields).length > 0) return;
    await this.change(() => api.editManaged(this._id, this._token, { title, body }), 'Your changes are saved.');
  }

  private async outcome(e: SubmitEvent) {
    e.preventDefault();
    const data = new FormData(e.target as HTMLFormElement);
    const outcome = String(data.get('outcome') ?? '');
    await this.change(
      () => api.reportOutcome(this._id, this._token, { resolved: String(data.get('resolved')), ...(outcome ? { outcome } : {}) }),
      'Thank you: the outcome is updated.',
    );
  }

  private async change(call: () => Promise<{ review: ManagedReview }>, done: string) {
    try {
      this._review = (await call()).review;
      this._fields = {};
      this._message = done;
    } catch (error) {
      if (error instanceof ApiError && Object.keys(error.fields).length > 0) this._fields = error.fields;
      else this._message = error instanceof ApiError ? error.message : 'The change could not be saved.';
    }
  }

  private async erase() {
    try {
      await api.eraseManaged(this._id, this._token);
      this._erased = true;
    } catch (error) {
      this._message = error instanceof ApiError ? error.message : 'The review could not be deleted.';
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'earful-manage-review': EarfulManageReview;
  }
}
