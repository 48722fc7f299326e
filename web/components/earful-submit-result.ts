// After posting: says plainly whether the review is published (and shows it, with what moderation
// changed marked) or waiting for a moderator; the public page is the link to share, the private manage link
// is marked as private, shown once, with a copy button.
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { ManageLink } from '../../server/contract/manage';
import type { SubmittedReview } from '../../server/contract/review';
import type { Taxonomy } from '../../server/contract/taxonomy';
import { reviewPath } from '../lib/format';
import { describeChanges } from '../lib/moderated-text';
import { rememberOwnReview } from '../lib/own-reviews';
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
        gap: 0.5rem;
        border: 2px dashed var(--earful-danger, #a4161a);
        border-radius: 0.375rem;
        padding: 0.75rem 1rem;
        background: var(--earful-surface, #fff);
      }
      .manage h4 {
        margin: 0;
        font-size: 1rem;
      }
      .copy-row {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        align-items: center;
      }
      .copy-row input {
        flex: 1 1 16rem;
        min-width: 0;
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

  @state() private _copied = '';

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
      ${this.renderShare(r)} ${this.renderManageLink(r)}
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

  /** The public page, the one link to share; a review waiting for a moderator has none yet. */
  private renderShare(r: SubmittedReview) {
    const href = r.status === 'published' ? this.pageHref(r) : null;
    if (!href) return html`<p>Once a moderator approves it, your review gets its own page you can share.</p>`;
    // Inside the widget the page opens beside the host site rather than leaving it.
    const target = this.siteOrigin ? '_blank' : '_self';
    return html`<p class="share">
      <strong>To share it:</strong> <a href=${href} target=${target} rel="noopener">Open your review’s page</a>
    </p>`;
  }

  private renderManageLink(r: SubmittedReview & Partial<ManageLink>) {
    if (!r.manageToken || !/^[A-Za-z0-9_-]+$/.test(r.manageToken)) return nothing;
    // Built from our own origin and the id rather than taken as a whole from the answer.
    const href = this.siteUrl(`/manage/${r.id}#${r.manageToken}`);
    return html`<div class="manage" role="group" aria-labelledby="manage-title">
      <h4 id="manage-title">Your private link: do not share it</h4>
      <p>
        It lets you check on your review, edit it, add how it ended, or delete it, and anyone who has it can do the same.
        <strong>It is shown only this once</strong>: copy it and keep it somewhere safe.
      </p>
      <div class="copy-row">
        <label for="manage-link" class="visually-hidden">Your private link</label>
        <input id="manage-link" readonly .value=${href} @focus=${(e: FocusEvent) => (e.target as HTMLInputElement).select()} />
        <button type="button" @click=${() => this.copy(href)}>Copy private link</button>
      </div>
      <p class="muted" role="status">${this._copied}</p>
      <p><a href=${href} target="_blank" rel="noopener">Open your private page to manage it</a></p>
    </div>`;
  }

  private async copy(href: string) {
    try {
      await navigator.clipboard.writeText(href);
      this._copied = 'Copied. Keep it private.';
    } catch {
      // No clipboard (an insecure page, a refused permission): select it for the reader to copy.
      this.renderRoot.querySelector<HTMLInputElement>('#manage-link')?.select();
      this._copied = 'Press Ctrl+C (or ⌘C) to copy the selected link.';
    }
  }

  override willUpdate(changed: Map<string, unknown>) {
    // On the Earful site, the browser remembers its own reviews, so it does not offer their author a helpful vote.
    const r = this.review;
    if (changed.has('review') && r?.manageToken && !this.siteOrigin) rememberOwnReview(r.id, r.manageToken);
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
