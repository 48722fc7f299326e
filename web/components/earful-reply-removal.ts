// A company's public reply as a moderator sees it under a review in the console, with Remove reply (asked to
// confirm first, and why: the reason goes to the audit log). Representatives delete their own from their console;
// this is the moderators' way.
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { ReviewReply } from '../../server/contract/reply';
import { REPLY_REASON_MAX } from '../../server/contract/reply-limits';
import { ApiError } from '../api/api-client';
import { moderatorApi } from '../api/moderator-api';
import { moderatedText } from '../lib/moderated-text';
import { replyDates } from '../lib/reply-text';
import { removalConfirm } from './form-parts';
import { baseStyles } from './shared-styles';

@customElement('earful-reply-removal')
export class EarfulReplyRemoval extends LitElement {
  static override styles = [
    baseStyles,
    css`
      .reply {
        margin: 0.75rem 0 0;
        padding: 0.5rem 0.75rem;
        border-left: 4px solid var(--earful-accent, #3f2a8c);
        display: grid;
        gap: 0.5rem;
      }
      p {
        margin: 0;
      }
      .body {
        white-space: pre-line;
        overflow-wrap: anywhere;
      }
    `,
  ];

  @property({ type: Number }) reviewId = 0;

  /** The review's published reply; null once removed. */
  @property({ attribute: false }) reply: ReviewReply | null = null;

  @state() private _confirm = false;
  @state() private _message = '';

  override render() {
    const reply = this.reply;
    if (!reply) return this._message ? html`<p class="reply" role="status">${this._message}</p>` : nothing;
    return html`<div class="reply">
      <p><strong>Reply from ${reply.companyName}</strong> <span class="muted">· ${replyDates(reply)}</span></p>
      <p class="body">${moderatedText(reply.body, true)}</p>
      ${
        this._confirm
          ? removalConfirm({
              id: `remove-reason-${this.reviewId}`,
              question: "Remove the company's reply for good?",
              confirmLabel: 'Yes, remove the reply',
              maxLength: REPLY_REASON_MAX,
              onConfirm: (reason) => void this.removeReply(reason),
              onKeep: () => (this._confirm = false),
            })
          : html`<div class="button-row">
              <button @click=${() => void this.askWhy()}>
                Remove reply…<span class="visually-hidden"> to review ${this.reviewId}</span>
              </button>
            </div>`
      }
      ${this._message ? html`<p class="form-error" role="alert">${this._message}</p>` : nothing}
    </div>`;
  }

  private async askWhy() {
    this._confirm = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLTextAreaElement>(`#remove-reason-${this.reviewId}`)?.focus();
  }

  private async removeReply(reason: string) {
    try {
      await moderatorApi.decideReply(this.reviewId, { action: 'remove', reason });
      this.reply = null;
      this._confirm = false;
      this._message = `The company's reply to review ${this.reviewId} is removed.`;
    } catch (error) {
      this._message = error instanceof ApiError ? error.message : 'The reply could not be removed. Please try again.';
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'earful-reply-removal': EarfulReplyRemoval;
  }
}
