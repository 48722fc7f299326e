// After posting: says plainly whether the review is published (and shows it, with what moderation
// changed marked) or waiting for a moderator.
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { ManageLink } from '../../server/contract/manage';
import type { SubmittedReview } from '../../server/contract/review';
import type { Taxonomy } from '../../server/contract/taxonomy';
import { reviewPath } from '../lib/format';
import { describeChanges } from '../lib/moderated-text';
import { baseStyles } from './shared-styles';
import './earful-review-card';

@customElement('earful-submit-result')
export class EarfulSubmitResult extends LitElement {
  static override styles = [
    baseStyles,
    css`
      section {
        display: grid;
        gap: 0.75rem;
      }
      h3 {
        font-size: 1.25rem;
      }
      h3:focus {
        outline: none;
      }
      .status {
        border-left: 4px solid var(--earful-ok, #1e6b34);
        padding: 0.5rem 0.75rem;
        background: var(--earful-surface, #fff);
      }
      .status.pending {
        border-left-color: var(--earful-accent, #3f2a8c);
      }
      p,
      ul {
        margin: 0;
      }
      .manage {
        display: grid;
        gap: 0.375rem;
      }
      .manage input {
        width: 100%;
        font-family: ui-monospace, monospace;
        font-size: 0.875rem;
      }
    `,
  ];

  /** The review as the API acknowledged it, with its moderation record. */
  @property({ attribute: false }) review: (SubmittedReview & Partial<ManageLink>) | null = null;

  /** Origin of the Earful site the manage link opens ('' means this page's own). */
  @property() siteOrigin = '';

  @property({ attribute: false }) taxonomy: Taxonomy | null = null;

  /** An address on the Earful site, even inside the widget on another site. */
  private siteUrl(path: string): string {
    return `${this.siteOrigin || location.origin}${path}`;
  }

  /** The published review's own page: a link to share. */
  private pageHref(r: SubmittedReview): string | null {
    const path = reviewPath(r.company, r.id);
    return path && this.siteUrl(path);
  }

  override render() {
    const r = this.review;
    if (!r) return nothing;
    const published = r.status === 'published';
    const changes = describeChanges(r.moderation.redactions, r.moderation.masked);
    return html`<section aria-labelledby="result-title">
      <div class="status ${published ? 'published' : 'pending'}">
        <h3 id="result-title" tabindex="-1">
          ${published ? 'Thank you — your review is published.' : 'Thank you — your review is waiting for a moderator.'}
        </h3>
        <p>
          ${
            published
              ? 'It is shown below as readers see it, and it now counts in the rating.'
              : 'It is not shown yet. A moderator will read it soon; once approved it appears on this page and counts in the rating. It has not been deleted.'
          }
        </p>
      </div>
      ${
        changes.length > 0
          ? html`<div>
              <p><strong>What moderation changed:</strong></p>
              <ul>
                ${changes.map((c) => html`<li>${c}</li>`)}
              </ul>
            </div>`
          : nothing
      }
      ${
        !published && r.moderation.reasons.length > 0
          ? html`<p><strong>Why it waits:</strong> ${r.moderation.reasons.join('; ')}.</p>`
          : nothing
      }
      ${this.renderManageLink(r)}
      ${
        published
          ? html`<earful-review-card .review=${r} .taxonomy=${this.taxonomy} .pageHref=${this.pageHref(r)} marked></earful-review-card>`
          : nothing
      }
      <p>
        <button type="button" @click=${() => this.dispatchEvent(new CustomEvent('write-another', { bubbles: true, composed: true }))}>
          Write another review
        </button>
      </p>
    </section>`;
  }

  private renderManageLink(r: SubmittedReview & Partial<ManageLink>) {
    if (!r.manageToken || !/^[A-Za-z0-9_-]+$/.test(r.manageToken)) return nothing;
    // Built from our own origin and the id rather than taken as a whole from the answer.
    const href = this.siteUrl(`/manage/${r.id}#${r.manageToken}`);
    return html`<div class="manage">
      <p><strong>Keep this private link</strong> to check on your review, edit it, add how it ended, or delete it:</p>
      <label for="manage-link" class="visually-hidden">Your private link</label>
      <input id="manage-link" readonly .value=${href} @focus=${(e: FocusEvent) => (e.target as HTMLInputElement).select()} />
      <p><a href=${href} target="_blank" rel="noopener">Open your review’s page</a></p>
    </div>`;
  }

  override firstUpdated() {
    // The form this replaces had focus; move it to the news so a screen reader hears it.
    this.renderRoot.querySelector<HTMLElement>('#result-title')?.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'earful-submit-result': EarfulSubmitResult;
  }
}
