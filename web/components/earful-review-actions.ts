// What a reader can do with a review: say it helped (one vote per reader, never the review's own author) or
// report it to the moderators, choosing why.
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { ReportReason } from '../../server/contract/reader';
import { ApiError, api } from '../api/api-client';
import { plural } from '../lib/format';
import { outcomeNote } from '../lib/outcome-note';
import { ownReviewToken } from '../lib/own-reviews';
import { REPORT_REASON_LABELS, entries } from '../lib/reason-labels';
import type { EarfulReviewCard } from './earful-review-card';
import { baseStyles } from './shared-styles';

@customElement('earful-review-actions')
export class EarfulReviewActions extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host {
        display: contents;
      }
      .row {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.5rem 1rem;
      }
      button {
        min-height: 2.25rem;
        padding: 0.25rem 0.75rem;
        font-weight: 600;
      }
      form {
        display: flex;
        flex-wrap: wrap;
        align-items: end;
        gap: 0.5rem;
        width: 100%;
      }
      label {
        display: grid;
        gap: 0.125rem;
        font-weight: 600;
        font-size: 0.875rem;
      }
      .outcome-note {
        width: 100%;
        margin: 0;
        font-size: 0.9375rem;
        font-weight: 600;
      }
      form .field-error {
        width: 100%;
        margin: 0;
      }
      .message {
        margin: 0;
        font-size: 0.9375rem;
      }
    `,
  ];

  @property({ type: Number }) reviewId = 0;

  @property({ type: Number }) helpfulCount = 0;

  @state() private _voted = false;
  @state() private _reporting = false;
  @state() private _reported = false;
  @state() private _message = '';
  @state() private _reasonError = '';

  override render() {
    // This browser wrote the review: its author is not asked whether it helped.
    const own = ownReviewToken(this.reviewId) !== null;
    const note = this.outcomeNote();
    return html`<div class="row">
      ${note ? html`<p class="outcome-note">${note}</p>` : nothing}
      ${this.helpfulCount > 0 ? html`<span class="muted">${plural(this.helpfulCount, 'person', 'people')} found this helpful</span>` : nothing}
      ${
        own
          ? html`<span class="muted">Your review</span>`
          : html`<button aria-pressed=${this._voted ? 'true' : 'false'} @click=${this.vote}>
              ${this._voted ? 'Marked helpful' : 'Helpful'}
            </button>`
      }
      ${
        this._reported
          ? nothing
          : html`<button class="link" aria-expanded=${this._reporting ? 'true' : 'false'} @click=${this.toggleReport}>Report</button>`
      }
      ${this._reporting ? this.renderReport() : nothing}
      <p class="message" role="status">${this._message}</p>
    </div>`;
  }

  /**
   * A later outcome, dated, beside the first answer. The card this element sits in (its "actions" slot) holds
   * the review, so every page that offers the actions shows the note without passing the review twice.
   */
  private outcomeNote(): string | null {
    const card = this.parentElement as EarfulReviewCard | null;
    return card?.localName === 'earful-review-card' && card.review ? outcomeNote(card.review, card.taxonomy) : null;
  }

  private renderReport() {
    // No reason is chosen for the reader: one click must not file a spam report.
    return html`<form @submit=${this.report} aria-label="Report this review" novalidate>
      <label
        >Why? (required)
        <select
          name="reason"
          required
          aria-invalid=${this._reasonError ? 'true' : 'false'}
          aria-describedby=${this._reasonError ? 'reason-error' : nothing}
          @change=${() => (this._reasonError = '')}
        >
          <option value="" selected>Choose a reason</option>
          ${entries(REPORT_REASON_LABELS).map(([v, l]) => html`<option value=${v}>${l}</option>`)}
        </select>
      </label>
      <label>Note (optional) <input name="note" maxlength="500" /></label>
      <button type="submit">Send report</button>
      <button type="button" class="link" @click=${this.toggleReport}>Cancel</button>
      ${this._reasonError ? html`<p class="field-error" id="reason-error">${this._reasonError}</p>` : nothing}
    </form>`;
  }

  private async vote() {
    if (this._voted) return;
    try {
      const { helpfulCount } = await api.voteHelpful(this.reviewId);
      this.helpfulCount = helpfulCount;
      this._voted = true;
      this._message = 'Thank you for your vote.';
    } catch (error) {
      if (error instanceof ApiError && error.code === 'conflict') {
        this._voted = true;
        this._message = 'You have already marked this review helpful.';
      } else this._message = error instanceof ApiError ? error.message : 'Your vote could not be sent.';
    }
  }

  private async toggleReport() {
    this._reporting = !this._reporting;
    await this.updateComplete;
    if (this._reporting) this.renderRoot.querySelector('select')?.focus();
  }

  private async report(e: SubmitEvent) {
    e.preventDefault();
    const data = new FormData(e.target as HTMLFormElement);
    const note = String(data.get('note') ?? '').trim();
    if (!data.get('reason')) {
      this._reasonError = 'Choose why you are reporting this review';
      this.renderRoot.querySelector('select')?.focus();
      return;
    }
    try {
      await api.reportReview(this.reviewId, { reason: String(data.get('reason')) as ReportReason, ...(note ? { note } : {}) });
      this._message = 'Thank you. A moderator will look at this review.';
      this._reported = true;
      this._reporting = false;
    } catch (error) {
      if (error instanceof ApiError && error.code === 'conflict') {
        this._message = 'You have already reported this review.';
        this._reported = true;
        this._reporting = false;
      } else this._message = error instanceof ApiError ? error.message : 'Your report could not be sent.';
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'earful-review-actions': EarfulReviewActions;
  }
}
