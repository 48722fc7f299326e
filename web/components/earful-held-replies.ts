// Company replies that moderation held (a threat, a link, …), for moderators: each with its company, the review it
// answers, its text and why it waits; Approve publishes it under the review, Remove deletes it once the moderator
// has said why (the reason goes to the audit log).
import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { Task, TaskStatus } from '@lit/task';
import type { HeldReply, ReplyDecision } from '../../server/contract/reply';
import { REPLY_REASON_MAX } from '../../server/contract/reply-limits';
import { ApiError } from '../api/api-client';
import { moderatorApi } from '../api/moderator-api';
import { formatDate, plural, reviewPath } from '../lib/format';
import { moderatedText } from '../lib/moderated-text';
import { removalConfirm } from './form-parts';
import { baseStyles } from './shared-styles';

@customElement('earful-held-replies')
export class EarfulHeldReplies extends LitElement {
  static override styles = [
    baseStyles,
    css`
      ol {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: 1rem;
      }
      article {
        display: grid;
        gap: 0.5rem;
      }
      article p,
      article h3 {
        margin: 0;
      }
      .body {
        white-space: pre-line;
        overflow-wrap: anywhere;
      }
    `,
  ];

  @state() private _replies: HeldReply[] = [];
  @state() private _announce = '';
  @state() private _reload = 0;
  /** The review whose held reply the moderator is removing, asked why. */
  @state() private _removing = 0;

  private _list = new Task(this, {
    args: () => [this._reload] as const,
    task: async (_a, { signal }) => {
      this._replies = (await moderatorApi.heldReplies({ signal })).replies;
      this._announce = '';
    },
  });

  override render() {
    return html`<h2>Held replies</h2>
      <p>Company replies that moderation held. Approve publishes one under its review; Remove deletes it, with your reason.</p>
      <p><button @click=${() => this._reload++}>Reload</button></p>
      <p role="status">${this.statusText()}</p>
      <ol aria-label="Held replies">
        ${repeat(
          this._replies,
          (r) => r.reviewId,
          (r) => html`<li>${this.renderReply(r)}</li>`,
        )}
      </ol>`;
  }

  private renderReply(r: HeldReply) {
    const href = reviewPath(r.company, r.reviewId);
    const title = `held-${r.reviewId}`;
    return html`<article class="card" aria-labelledby=${title}>
      <h3 id=${title}>Reply by ${r.companyName} to review ${r.reviewId}</h3>
      <p class="muted">
        Written
        <time datetime=${r.createdAt}>${formatDate(r.createdAt)}</time
        >${href ? html` · <a href=${href}>Open review ${r.reviewId}</a>` : nothing}
      </p>
      ${r.reasons.length > 0 ? html`<p><strong>Why it is held:</strong> ${r.reasons.join('; ')}.</p>` : nothing}
      <p class="body">${moderatedText(r.body, true)}</p>
      ${
        this._removing === r.reviewId
          ? removalConfirm({
              id: `remove-reason-${r.reviewId}`,
              question: `Remove the reply to review ${r.reviewId} for good?`,
              confirmLabel: 'Remove the reply',
              maxLength: REPLY_REASON_MAX,
              onConfirm: (reason) => void this.decide(r, { action: 'remove', reason }),
              onKeep: () => (this._removing = 0),
            })
          : html`<div class="button-row">
              <button class="primary" @click=${() => this.decide(r, { action: 'approve' })}>
                Approve<span class="visually-hidden"> the reply to review ${r.reviewId}</span>
              </button>
              <button @click=${() => this.askWhy(r)}>Remove…<span class="visually-hidden"> the reply to review ${r.reviewId}</span></button>
            </div>`
      }
    </article>`;
  }

  private statusText() {
    if (this._announce) return this._announce;
    if (this._list.status === TaskStatus.PENDING) return 'Loading the held replies…';
    if (this._list.status === TaskStatus.ERROR) return 'The held replies could not be loaded.';
    return this._replies.length === 0
      ? 'No reply waits for a moderator.'
      : `${plural(this._replies.length, 'reply waits', 'replies wait')} for a decision.`;
  }

  private async askWhy(reply: HeldReply) {
    this._removing = reply.reviewId;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLTextAreaElement>(`#remove-reason-${reply.reviewId}`)?.focus();
  }

  private async decide(reply: HeldReply, decision: ReplyDecision) {
    try {
      await moderatorApi.decideReply(reply.reviewId, decision);
      this._replies = this._replies.filter((r) => r.reviewId !== reply.reviewId);
      this._removing = 0;
      this._announce = `The reply to review ${reply.reviewId} is ${decision.action === 'approve' ? 'approved and published' : 'removed'}.`;
    } catch (error) {
      this._announce =
        error instanceof ApiError && error.code === 'conflict'
          ? `Someone else decided on the reply to review ${reply.reviewId} first. Reload to see the list as it is now.`
          : error instanceof ApiError
            ? error.message
            : 'The decision could not be saved. Please try again.';
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'earful-held-replies': EarfulHeldReplies;
  }
}
