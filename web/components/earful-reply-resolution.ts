// On the reviewer's manage page: the company's reply that offers a resolution, and the reviewer's answer to it,
// or the two buttons to give one ("Resolved" / "Not resolved"). The answer updates the review's outcome.
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { ManagedReview } from '../../server/contract/manage';
import { ApiError, api } from '../api/api-client';
import { formatDate } from '../lib/format';
import { replyDates } from '../lib/reply-text';
import { baseStyles } from './shared-styles';

const THANKS = {
  resolved: "Thank you: readers see that it was resolved after the company's reply.",
  'not-resolved': "Thank you: readers see that the company's reply did not resolve it.",
} as const;

@customElement('earful-reply-resolution')
export class EarfulReplyResolution extends LitElement {
  static override styles = [
    baseStyles,
    css`
      blockquote {
        margin: 0 0 1rem;
        padding: 0.5rem 0.75rem;
        border-left: 4px solid var(--earful-accent, #3f2a8c);
      }
      blockquote p {
        margin: 0 0 0.25rem;
        white-space: pre-line;
        overflow-wrap: anywhere;
      }
      p {
        margin: 0 0 0.75rem;
      }
    `,
  ];

  /** The reviewer's own review, with its published reply. */
  @property({ attribute: false }) review: ManagedReview | null = null;

  /** The manage token from the private link, sent in its header as the page's other calls are. */
  @property({ attribute: false }) token = '';

  /** The company's name, when the page has read it. */
  @property() companyName = '';

  @state() private _message = '';
  @state() private _busy = false;

  override render() {
    const r = this.review;
    const reply = r?.reply;
    if (!r || r.status !== 'published' || !reply?.offersResolution) return nothing;
    const name = reply.companyName || this.companyName || r.company;
    return html`<section class="card" aria-labelledby="resolution-title">
      <h2 id="resolution-title">${name} replied and offered a resolution</h2>
      <blockquote>
        <p>${reply.body}</p>
        <footer class="muted">${replyDates(reply)}</footer>
      </blockquote>
      ${
        reply.resolution
          ? html`<p>
              You answered on <time datetime=${reply.resolution.at}>${formatDate(reply.resolution.at)}</time>:
              <strong>${reply.resolution.answer === 'resolved' ? 'resolved' : 'not resolved'}</strong>.
            </p>`
          : html`<p>Did the company's offer resolve your problem? Readers see your answer with the review.</p>
              <div class="button-row">
                <button class="primary" @click=${() => this.answer('resolved')}>Resolved</button>
                <button @click=${() => this.answer('not-resolved')}>Not resolved</button>
              </div>`
      }
      <p role="status">${this._message}</p>
    </section>`;
  }

  private async answer(answer: 'resolved' | 'not-resolved') {
    if (this._busy || !this.review) return;
    this._busy = true;
    const id = this.review.id;
    try {
      const answered = await api.answerResolution(id, this.token, { answer });
      // The answer carries the review when the route sends it; otherwise the page reads it again.
      const { review } = answered?.review ? answered : await api.getManaged(id, this.token);
      this._message = THANKS[answer];
      this.dispatchEvent(new CustomEvent<ManagedReview>('review-changed', { detail: review, bubbles: true, composed: true }));
    } catch (error) {
      this._message = error instanceof ApiError ? error.message : 'Your answer could not be saved. Please try again.';
    } finally {
      this._busy = false;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'earful-reply-resolution': EarfulReplyResolution;
  }
}
