// One published review: stars, title, text, the structured answers as labels, date, name, a link to the
// review's own page, the reader actions (helpful, report) when the page offers them, and the company's reply.
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Review } from '../../server/contract/review';
import type { Taxonomy } from '../../server/contract/taxonomy';
import { formatDate, labelOf } from '../lib/format';
import { highlighted } from '../lib/highlight';
import { moderatedText } from '../lib/moderated-text';
import { baseStyles } from './shared-styles';
import './earful-stars';
import './earful-review-reply';

@customElement('earful-review-card')
export class EarfulReviewCard extends LitElement {
  static override styles = [
    baseStyles,
    css`
      article {
        display: grid;
        gap: 0.5rem;
      }
      .top {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.25rem 0.75rem;
      }
      h3 {
        margin: 0;
        overflow-wrap: anywhere;
      }
      .body {
        margin: 0;
        white-space: pre-line;
        overflow-wrap: anywhere;
      }
      .answers {
        display: flex;
        flex-wrap: wrap;
        gap: 0.375rem;
        margin: 0;
        padding: 0;
        list-style: none;
      }
      .answers li {
        border: 1px solid var(--earful-border, #c9cad3);
        border-radius: 1rem;
        padding: 0.125rem 0.625rem;
        font-size: 0.875rem;
        background: var(--earful-page, #f6f6f9);
      }
      .answers b {
        font-weight: 600;
      }
      .byline {
        margin: 0;
        font-size: 0.9375rem;
      }
      mark.match {
        background: #fde68a;
        border-bottom: 0;
        padding: 0;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.5rem 1rem;
      }
    `,
  ];

  /** The review as the API returns it (moderated text). */
  @property({ attribute: false }) review: Review | null = null;

  /** The company's taxonomy, to show answers by their labels. */
  @property({ attribute: false }) taxonomy: Taxonomy | null = null;

  /** Highlight what moderation changed (the author's own view, the moderator console). */
  @property({ type: Boolean }) marked = false;

  /** The searched words (folded, lib/highlight.ts): the words of the title and text that start with one are marked. */
  @property({ attribute: false }) highlight: readonly string[] = [];

  /**
   * The review's own page, which the byline links to when set: the company page's list, the author's
   * just-published review and a reported published review in the moderator queue set it; the review's page
   * itself leaves it out.
   */
  @property({ attribute: false }) pageHref: string | null = null;

  override render() {
    const r = this.review;
    if (!r) return nothing;
    const t = this.taxonomy;
    const { reply } = r;
    const answers: [string, string | null][] = [
      ['Issue', labelOf(t, 'issueType', r.issueType)],
      ['Contacted by', labelOf(t, 'contactMethod', r.contactMethod)],
      ['Billed by', labelOf(t, 'billingParty', r.billingParty)],
      ['Response time', labelOf(t, 'responseTime', r.responseTime)],
      ['Next steps explained', r.nextStepsExplained === null ? null : r.nextStepsExplained ? 'Yes' : 'No'],
      ['Outcome', labelOf(t, 'outcome', r.outcome)],
      ['Resolved', labelOf(t, 'resolved', r.resolved)],
      ['Device', r.device],
    ];
    return html`<article class="card" aria-labelledby="title">
      <div class="top">
        <earful-stars .value=${r.rating} label=${`Rated ${r.rating} out of 5 stars`}></earful-stars>
        <h3 id="title">${r.title ? this.text(r.title) : `${r.rating}-star review`}</h3>
      </div>
      <p class="body">${this.text(r.body)}</p>
      <ul class="answers" aria-label="Answers">
        ${answers.filter(([, v]) => v).map(([k, v]) => html`<li><b>${k}:</b> ${v}</li>`)}
      </ul>
      <p class="byline muted">
        ${moderatedText(r.displayName, this.marked)} · <time datetime=${r.createdAt}>${formatDate(r.createdAt)}</time>
        ${
          this.pageHref
            ? // Described by the review's heading, so a list of these links still says which review each opens.
              html`· <a href=${this.pageHref} aria-describedby="title">Link to this review</a>`
            : nothing
        }
      </p>
      <div class="actions">
        <slot name="actions"></slot>
      </div>
      ${reply ? html`<earful-review-reply .reply=${reply}></earful-review-reply>` : nothing}
    </article>`;
  }

  /** Moderation's changes for those who see them marked; otherwise the searched words. */
  private text(text: string) {
    return this.marked ? moderatedText(text, true) : highlighted(text, this.highlight);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'earful-review-card': EarfulReviewCard;
  }
}
