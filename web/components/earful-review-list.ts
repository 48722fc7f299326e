// The published reviews: filters (issue, contact method, who billed, resolved, rating), sorts, the count of
// matching reviews and "load more" with the API's cursor. The page owns the filters (they live in the address
// and the rating summary's bars set the rating): this element shows them and asks for changes with an event.
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { Task, TaskStatus } from '@lit/task';
import type { MatchingCount, Review } from '../../server/contract/review';
import { REVIEW_SORTS, type ReviewSort } from '../../server/contract/review-limits';
import { STAR_LABELS, type Taxonomy } from '../../server/contract/taxonomy';
import { api } from '../api/api-client';
import { plural, reviewPath } from '../lib/format';
import { isFiltered, NO_FILTERS, type ChoiceFilter, type ReviewFilters } from '../lib/review-filters';
import { baseStyles } from './shared-styles';
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
  relevance: 'Most relevant',
};

/** Asked of the page when the reader changes a filter or the sort, or clears the filters. */
export interface FiltersChangeDetail {
  filters: ReviewFilters;
}

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
      .summary {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.25rem 1rem;
        min-height: 2.75rem;
        margin: 0 0 0.75rem;
      }
      .status {
        margin: 0;
        font-weight: 600;
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

  /** Filters and sort, owned by the page (from the address; the rating summary's bars set the rating). */
  @property({ attribute: false }) filters: ReviewFilters = NO_FILTERS;

  /** Bumped by the page to fetch again (after a review is published). */
  @property({ type: Number }) refresh = 0;

  @state() private _reviews: Review[] = [];
  @state() private _matching: MatchingCount | null = null;
  @state() private _cursor: string | null = null;
  private _focusIndex: number | null = null;
  private _focusPending = false;

  private _first = new Task(this, {
    args: () => [this.slug, this.filters, this.refresh] as const,
    task: async ([slug, filters], { signal }) => {
      if (!slug) return null;
      const page = await api.listReviews(slug, { ...filters, limit: REVIEW_PAGE_SIZE }, { signal });
      this._reviews = page.reviews;
      this._matching = page.matching;
      this._cursor = page.nextCursor;
      this._focusIndex = null;
      return page;
    },
  });

  private _more = new Task(this, {
    autoRun: false,
    args: () => [this._cursor] as const,
    task: async ([cursor], { signal }) => {
      const page = await api.listReviews(this.slug, { ...this.filters, cursor, limit: REVIEW_PAGE_SIZE }, { signal });
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
    const f = this.filters;
    return html`
      <div class="filters">
        ${this.renderChoice('issueType', 'Issue', 'All issues')}
        ${this.renderChoice('contactMethod', 'Contact method', 'Any contact method')}
        ${this.renderChoice('billingParty', 'Billed by', 'Anyone')} ${this.renderChoice('resolved', 'Resolved', 'Resolved or not')}
        <div class="filter">
          <label for="filter-rating">Rating</label>
          <select id="filter-rating" .value=${live(String(f.rating ?? ''))} @change=${this.onRating}>
            <option value="" ?selected=${f.rating === null}>All ratings</option>
            ${([5, 4, 3, 2, 1] as const).map(
              (n) => html`<option value=${n} ?selected=${f.rating === n}>${plural(n, 'star', 'stars')} · ${STAR_LABELS[n]}</option>`,
            )}
          </select>
        </div>
        <div class="filter">
          <label for="filter-sort">Sort</label>
          <select
            id="filter-sort"
            .value=${live(f.sort)}
            @change=${(e: Event) => this.change({ sort: (e.target as HTMLSelectElement).value as ReviewSort })}
          >
            ${REVIEW_SORTS.filter((s) => s !== 'relevance').map((s) => html`<option value=${s} ?selected=${f.sort === s}>${SORT_LABELS[s]}</option>`)}
          </select>
        </div>
      </div>
      <div class="summary">
        <p class="status" role="status">${this.statusText()}</p>
        ${isFiltered(f) ? html`<button @click=${this.clearFilters}>Clear filters</button>` : nothing}
      </div>
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

  /** Each select shows the filters as they are now (live: Back changes them under a select the reader used). */
  private renderChoice(field: ChoiceFilter, label: string, all: string) {
    const choices = this.taxonomy?.[field] ?? [];
    const value = this.filters[field];
    return html`<div class="filter">
      <label for=${`filter-${field}`}>${label}</label>
      <select
        id=${`filter-${field}`}
        .value=${live(value)}
        @change=${(e: Event) => this.change({ [field]: (e.target as HTMLSelectElement).value })}
      >
        <option value="" ?selected=${value === ''}>${all}</option>
        ${choices.map((c) => html`<option value=${c.value} ?selected=${value === c.value}>${c.label}</option>`)}
      </select>
    </div>`;
  }

  private onRating(e: Event) {
    const value = (e.target as HTMLSelectElement).value;
    this.change({ rating: value ? Number(value) : null });
  }

  private clearFilters() {
    this.change({ ...NO_FILTERS, sort: this.filters.sort });
    // The button goes with the filters; the first filter keeps the keyboard where the reader was.
    this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#filter-issueType')?.focus());
  }

  private change(patch: Partial<ReviewFilters>) {
    const filters = { ...this.filters, ...patch };
    this.dispatchEvent(new CustomEvent<FiltersChangeDetail>('filters-change', { detail: { filters }, bubbles: true, composed: true }));
  }

  private statusText() {
    if (this._first.status === TaskStatus.PENDING) return 'Loading reviews…';
    if (this._first.status === TaskStatus.ERROR || this._more.status === TaskStatus.ERROR) {
      return 'The reviews could not be loaded. Please try again.';
    }
    const filtered = isFiltered(this.filters);
    if (this._first.status === TaskStatus.COMPLETE && this._reviews.length === 0) {
      return filtered ? 'No reviews match these filters.' : 'No reviews yet.';
    }
    const m = this._matching;
    if (!m) return '';
    const count = `${m.complete ? '' : 'At least '}${plural(m.count, 'review', 'reviews')}`;
    const total = filtered ? `${count} ${m.count === 1 && m.complete ? 'matches' : 'match'} these filters` : count;
    return this._reviews.length < m.count ? `${total}; showing ${this._reviews.length.toLocaleString('en')}.` : `${total}.`;
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
