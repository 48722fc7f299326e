// The published reviews: filters (issue, contact method, resolved, rating), sorts, and "load more"
// with the API's cursor. The rating filter is shared with the review module, so the page owns it.
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { Task, TaskStatus } from '@lit/task';
import type { Review } from '../../server/contract/review';
import { REVIEW_SORTS, type ReviewSort } from '../../server/contract/review-limits';
import { STAR_LABELS, type Taxonomy, type TaxonomyField } from '../../server/contract/taxonomy';
import { api } from '../api/client';
import { reviewPath } from '../lib/format';
import { baseStyles } from './shared-styles';
import type { RatingSelectDetail } from './earful-review-module';
import './earful-review-card';
import './earful-review-actions';

/** Reviews per request; the server preloads the first page with the same size. */
export const REVIEW_PAGE_SIZE = 10;

const SORT_LABELS: Record<ReviewSort, string> = {
  newest: 'Newest first',
  oldest: 'Oldest first',
  highest: 'Highest rated',
  lowest: 'Lowest rated',
  helpful: 'Most helpful',
};

type ListFilter = 'issueType' | 'contactMethod' | 'resolved';

@customElement('earful-review-list')
export class EarfulReviewList extends LitElement {
  static override styles = [
    baseStyles,
    css`
      .filters {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(min(100%, 9.5rem), 1fr));
        gap: 0.75rem;
        margin-bottom: 1rem;
      }
      .filter {
        display: grid;
        gap: 0.25rem;
      }
      label {
        font-weight: 600;
        font-size: 0.9375rem;
      }
      select {
        width: 100%;
      }
      ol {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: 0.75rem;
        min-height: 12rem;
      }
      ol[aria-busy='true'] {
        opacity: 0.55;
      }
      .status {
        min-height: 1.5rem;
        margin: 0 0 0.75rem;
      }
      .more {
        margin-top: 1rem;
        display: flex;
        justify-content: center;
      }
      li:focus {
        outline: none;
      }
      li:focus-visible earful-review-card {
        outline: 3px solid var(--earful-focus, #1a56db);
        outline-offset: 2px;
        border-radius: 0.5rem;
      }
    `,
  ];

  /** Company slug. */
  @property() slug = '';

  /** The company's taxonomy, for filter choices and answer labels. */
  @property({ attribute: false }) taxonomy: Taxonomy | null = null;

  /** Star rating filter, owned by the page (the review module's bars set it too). */
  @property({ type: Number }) rating: number | null = null;

  /** Bumped by the page to fetch again (after a review is published). */
  @property({ type: Number }) refresh = 0;

  @state() private _issueType = '';
  @state() private _contactMethod = '';
  @state() private _resolved = '';
  @state() private _sort: ReviewSort = 'newest';
  @state() private _reviews: Review[] = [];
  @state() private _cursor: string | null = null;
  private _focusIndex: number | null = null;
  private _focusPending = false;

  private _first = new Task(this, {
    args: () => [this.slug, this._issueType, this._contactMethod, this._resolved, this.rating, this._sort, this.refresh] as const,
    task: async ([slug, issueType, contactMethod, resolved, rating, sort], { signal }) => {
      if (!slug) return null;
      const page = await api.listReviews(slug, { issueType, contactMethod, resolved, rating, sort, limit: REVIEW_PAGE_SIZE }, { signal });
      this._reviews = page.reviews;
      this._cursor = page.nextCursor;
      this._focusIndex = null;
      return page;
    },
  });

  private _more = new Task(this, {
    autoRun: false,
    args: () => [this._cursor] as const,
    task: async ([cursor], { signal }) => {
      const q = { issueType: this._issueType, contactMethod: this._contactMethod, resolved: this._resolved, rating: this.rating };
      const page = await api.listReviews(this.slug, { ...q, sort: this._sort, cursor, limit: REVIEW_PAGE_SIZE }, { signal });
      this._focusIndex = this._reviews.length;
      this._focusPending = page.reviews.length > 0;
      this._reviews = [...this._reviews, ...page.reviews];
      this._cursor = page.nextCursor;
      return page;
    },
  });

  override render() {
    const loading = this._first.status === TaskStatus.PENDING;
    const more = this._more.status === TaskStatus.PENDING;
    return html`
      <div class="filters">
        ${this.renderChoice('issueType', 'Issue', 'All issues', this._issueType)}
        ${this.renderChoice('contactMethod', 'Contact method', 'Any contact method', this._contactMethod)}
        ${this.renderChoice('resolved', 'Resolved', 'Resolved or not', this._resolved)}
        <div class="filter">
          <label for="filter-rating">Rating</label>
          <select id="filter-rating" @change=${this.onRating} .value=${String(this.rating ?? '')}>
            <option value="">All ratings</option>
            ${([5, 4, 3, 2, 1] as const).map((n) => html`<option value=${n} ?selected=${this.rating === n}>${n} stars · ${STAR_LABELS[n]}</option>`)}
          </select>
        </div>
        <div class="filter">
          <label for="filter-sort">Sort</label>
          <select id="filter-sort" @change=${(e: Event) => (this._sort = (e.target as HTMLSelectElement).value as ReviewSort)}>
            ${REVIEW_SORTS.map((s) => html`<option value=${s} ?selected=${this._sort === s}>${SORT_LABELS[s]}</option>`)}
          </select>
        </div>
      </div>
      <p class="status" role="status">${this.statusText()}</p>
      <ol aria-busy=${loading ? 'true' : 'false'} aria-label="Reviews">
        ${repeat(
          this._reviews,
          (r) => r.id,
          (r, i) =>
            html`<li tabindex=${i === this._focusIndex ? '-1' : nothing}>
              <earful-review-card .review=${r} .taxonomy=${this.taxonomy} .pageHref=${reviewPath(this.slug, r.id)}>
                <earful-review-actions slot="actions" .reviewId=${r.id} .helpfulCount=${r.helpfulCount}></earful-review-actions>
              </earful-review-card>
            </li>`,
        )}
      </ol>
      ${
        this._cursor && !loading
          ? html`<div class="more">
              <button @click=${() => !more && this._more.run()} aria-disabled=${more ? 'true' : 'false'}>
                ${more ? 'Loading…' : 'Load more reviews'}
              </button>
            </div>`
          : nothing
      }
    `;
  }

  private renderChoice(field: ListFilter & TaxonomyField, label: string, all: string, value: string) {
    const choices = this.taxonomy?.[field] ?? [];
    return html`<div class="filter">
      <label for=${`filter-${field}`}>${label}</label>
      <select id=${`filter-${field}`} @change=${(e: Event) => this.setFilter(field, (e.target as HTMLSelectElement).value)}>
        <option value="">${all}</option>
        ${choices.map((c) => html`<option value=${c.value} ?selected=${value === c.value}>${c.label}</option>`)}
      </select>
    </div>`;
  }

  private setFilter(field: ListFilter, value: string) {
    if (field === 'issueType') this._issueType = value;
    if (field === 'contactMethod') this._contactMethod = value;
    if (field === 'resolved') this._resolved = value;
  }

  private onRating(e: Event) {
    const value = (e.target as HTMLSelectElement).value;
    const rating = value ? Number(value) : null;
    this.dispatchEvent(new CustomEvent<RatingSelectDetail>('rating-select', { detail: { rating }, bubbles: true, composed: true }));
  }

  private statusText() {
    if (this._first.status === TaskStatus.PENDING) return 'Loading reviews…';
    if (this._first.status === TaskStatus.ERROR || this._more.status === TaskStatus.ERROR) {
      return 'The reviews could not be loaded. Please try again.';
    }
    if (this._first.status === TaskStatus.COMPLETE && this._reviews.length === 0) {
      const filtered = this._issueType || this._contactMethod || this._resolved || this.rating;
      return filtered ? 'No reviews match these filters.' : 'No reviews yet.';
    }
    if (this._more.status === TaskStatus.COMPLETE && this._focusIndex !== null) return `Showing ${this._reviews.length} reviews.`;
    return '';
  }

  protected override updated() {
    // After "load more", keyboard users continue from the first new review, not the top of the page.
    if (this._focusPending && this._focusIndex !== null) {
      this._focusPending = false;
      this.renderRoot.querySelectorAll('li')[this._focusIndex]?.focus();
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'earful-review-list': EarfulReviewList;
  }
}
