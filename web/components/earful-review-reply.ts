// The company's public reply under a review: set apart from the review (its own box, its own heading naming the
// company), its text as text, when it was written and whether it was edited, and what the reviewer said came of it.
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { ReviewReply } from '../../server/contract/reply';
import { replyHeading, resolutionLine } from '../../server/contract/reply-labels';
import { formatDate } from '../lib/format';
import { baseStyles } from './shared-styles';

@customElement('earful-review-reply')
export class EarfulReviewReply extends LitElement {
  static override styles = [
    baseStyles,
    css`
      .reply {
        border-left: 4px solid var(--earful-accent, #3f2a8c);
        background: var(--earful-page, #f6f6f9);
        border-radius: 0 0.5rem 0.5rem 0;
        padding: 0.625rem 0.875rem;
        display: grid;
        gap: 0.375rem;
      }
      h4 {
        margin: 0;
        font-size: 1rem;
      }
      p {
        margin: 0;
      }
      .body {
        white-space: pre-line;
        overflow-wrap: anywhere;
      }
      .when {
        font-size: 0.875rem;
      }
      .resolution {
        font-weight: 600;
      }
    `,
  ];

  /** The published reply, as the review object carries it. */
  @property({ attribute: false }) reply: ReviewReply | null = null;

  override render() {
    const r = this.reply;
    if (!r) return nothing;
    const resolution = resolutionLine(r);
    // A group, not a landmark: every review's reply has the same heading, and landmarks' names must differ.
    return html`<div class="reply" role="group" aria-labelledby="reply-title">
      <h4 id="reply-title">${replyHeading(r.companyName)}</h4>
      <p class="body">${r.body}</p>
      <p class="when muted">
        Replied <time datetime=${r.createdAt}>${formatDate(r.createdAt)}</time>${
          r.edited ? html` · edited <time datetime=${r.updatedAt}>${formatDate(r.updatedAt)}</time>` : nothing
        }
      </p>
      ${resolution ? html`<p class="resolution">${resolution}</p>` : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'earful-review-reply': EarfulReviewReply;
  }
}
