// The published reviews: a search box, filters (issue, contact method, who billed, resolved, rating), sorts, the
// count of matching reviews and "load more" with the API's cursor. The page owns the search and filters (they live
// in the address and the rating summary's bars set the rating): this element shows them and asks for changes with
// an event. The search box is a real GET form to the page's address, so it also works without script.
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { Task, TaskStatus } from '@lit/task';
import type { MatchingCount, Review } from '../../server/contract/review';
import { REVIEW_SORTS, type ReviewSort } from '../../server/contract/review-limits';
import { STAR_LABELS, type Taxonomy } from '../../server/contract/taxonomy';
import { ApiError, api } from '../api/api-client';
import { companyPath, plural, reviewPath } from '../lib/format';
import { queryWords } from '../lib/highlight';
import { matchText, noMatchText } from '../../server/contract/match-count';
import { isFiltered, NO_FILTERS, SEARCH_MAX, searchText, withSearch, type ChoiceFilter, type ReviewFilters } from '../lib/review-filters';
import { baseStyles } from './shared-styles';
import './earful-review-card';
import './earful-review-actions';

/** Reviews per request; the server preloads the first page with the same size. */
export const REVIEW_PAGE_SIZE = 10;

/** How long typing pauses before the list follows the search box. */
const TYPING_PAUSE_MS = 300;

const SORT_LABELS: Record<ReviewSort, string> = {
  relevance: 'Most relevant',
  newest: 'Newest first',
  oldest: 'Oldest first',
  highest: 'Highest rated',
  lowest: 'Lowest rated',
  helpful: 'Most helpful',
};

/** Asked of the page when the reader searches, changes a filter or the sort, or clears them. */
export interface FiltersChangeDetail {
  filters: ReviewFilters;
  /** A search followed as it is typed: one history entry for the whole word, not one a letter. */
  typing?: boolean;
}

/** Cards drawn with the list itself; the rest of the first page follow in the next task. */
const FIRST_CARDS = 3;

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
      /*
       * A card out of view is laid out and painted only as it comes near: on a phone the first frame of the company
       * page laid out all ten cards (83 ms of a 131 ms task with the CPU slowed 4x) to show one. Until drawn its
       * height is a guess (the demo's cards are 17-35rem tall on a wide screen, 29-67rem on a phone), then the
       * height it had. It stays in the accessibility tree and in find-in-page.
       */
      li {
        content-visibility: auto;
        contain-intrinsic-block-size: auto 30rem;
      }
      @media print {
        li {
          content-visibility: visible;
        }
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
      .search {
        display: grid;
        gap: 0.25rem;
        margin-bottom: 1rem;
      }
      .search-row {
        display: flex;
        gap: 0.5rem;
      }
      .search input {
        flex: 1;
        min-width: 0;
      }
      .hint {
        margin: 0;
        font-size: 0.875rem;
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
  /** The search box's text as typed; the list follows it after a pause, or at once on Enter. */
  @state() private _typed = '';
  private _typingTimer: ReturnType<typeof setTimeout> | undefined;
  private _words: { q: string; words: string[] } = { q: '', words: [] };
  private _focusIndex: number | null = null;
  private _focusPending = false;
  /**
   * The first page's cards past the first three are drawn in a task of their own (65-70 ms with the CPU slowed 4x,
   * taken out of the page's first render, which held a phone's main thread for 140-190 ms). The three fill a phone's
   * screen and more; the rest come below them before anyone could scroll there.
   */
  @state() private _allCardsDrawn = false;
  private _drawRestQueued = false;

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
      // The new card to focus is drawn in this update, not a task later.
      this._allCardsDrawn = true;
      this._reviews = [...this._reviews, ...page.reviews];
      this._cursor = page.nextCursor;
      return page;
    },
  });

  override render() {
    const loading = this._first.status === TaskStatus.PENDING;
    const more = this._more.status === TaskStatus.PENDING;
    const f = this.filters;
    const words = this.highlightWords();
    return html`
      <form role="search" class="search" action=${companyPath(this.slug) ?? ''} method="get" @submit=${this.onSearch}>
        <label for="search-q">Search the reviews</label>
        <div class="search-row">
          <input
            id="search-q"
            name="q"
            type="search"
            maxlength=${SEARCH_MAX}
            autocomplete="off"
            enterkeyhint="search"
            aria-describedby="search-hint"
            .value=${this._typed}
            @input=${this.onSearchInput}
          />
          <button type="submit">Search</button>
        </div>
        <p class="hint muted" id="search-hint">A word, an error code, or “a phrase in quotes”.</p>
      </form>
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
            ${this.sorts().map((s) => html`<option value=${s} ?selected=${f.sort === s}>${SORT_LABELS[s]}</option>`)}
          </select>
        </div>
      </div>
      <div class="summary">
        <p class="status" role="status">${this.statusText()}</p>
        ${f.q ? html`<button @click=${this.clearSearch}>Clear search</button>` : nothing}
        ${isFiltered(f) ? html`<button @click=${this.clearFilters}>Clear filters</button>` : nothing}
      </div>
      <ol aria-busy=${loading ? 'true' : 'false'} aria-label="Reviews">
        ${repeat(
          this._allCardsDrawn ? this._reviews : this._reviews.slice(0, FIRST_CARDS),
          (r) => r.id,
          (r, i) =>
            html`<li tabindex=${i === this._focusIndex ? '-1' : nothing}>
              <earful-review-card .review=${r} .taxonomy=${this.taxonomy} .pageHref=${reviewPath(this.slug, r.id)} .highlight=${words}>
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

  /** Relevance is a choice only while searching. */
  private sorts(): ReviewSort[] {
    const sorts = REVIEW_SORTS.filter((s) => s !== 'relevance');
    return this.filters.q ? ['relevance', ...sorts] : sorts;
  }

  /** The same array while the search is the same, so the cards do not render again for nothing. */
  private highlightWords(): string[] {
    if (this._words.q !== this.filters.q) this._words = { q: this.filters.q, words: queryWords(this.filters.q) };
    return this._words.words;
  }

  private onSearchInput(e: Event) {
    this._typed = (e.target as HTMLInputElement).value;
    clearTimeout(this._typingTimer);
    this._typingTimer = setTimeout(() => this.search(true), TYPING_PAUSE_MS);
  }

  private onSearch(e: SubmitEvent) {
    // With script the list changes in place; without it, the browser sends the form to the page's address.
    e.preventDefault();
    this.search(false);
  }

  private search(typing: boolean) {
    clearTimeout(this._typingTimer);
    const filters = withSearch(this.filters, this._typed);
    this.dispatchEvent(
      new CustomEvent<FiltersChangeDetail>('filters-change', { detail: { filters, typing }, bubbles: true, composed: true }),
    );
  }

  private clearSearch() {
    this._typed = '';
    this.search(false);
    // The button goes with the search; the search box keeps the keyboard where the reader was.
    this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#search-q')?.focus());
  }

  private clearFilters() {
    this.change({ ...NO_FILTERS, q: this.filters.q, sort: this.filters.sort });
    // The button goes with the filters; the first filter keeps the keyboard where the reader was.
    this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#filter-issueType')?.focus());
  }

  private change(patch: Partial<ReviewFilters>) {
    const filters = { ...this.filters, ...patch };
    if (filters.sort === 'relevance' && !filters.q) filters.sort = 'newest';
    this.dispatchEvent(new CustomEvent<FiltersChangeDetail>('filters-change', { detail: { filters }, bubbles: true, composed: true }));
  }

  private statusText() {
    const { q } = this.filters;
    if (this._first.status === TaskStatus.PENDING) return q ? 'Searching…' : 'Loading reviews…';
    const error =
      this._first.status === TaskStatus.ERROR ? this._first.error : this._more.status === TaskStatus.ERROR ? this._more.error : null;
    if (error) {
      // A search the API cannot take says why ("Search can be at most 200 characters").
      const searchError = error instanceof ApiError ? error.fields['q'] : undefined;
      return searchError ?? 'The reviews could not be loaded. Please try again.';
    }
    const filtered = isFiltered(this.filters);
    if (this._first.status === TaskStatus.COMPLETE && this._reviews.length === 0) return noMatchText(q, filtered);
    const m = this._matching;
    if (!m) return '';
    const total = matchText(m, q, filtered);
    return this._reviews.length < m.count ? `${total}; showing ${this._reviews.length.toLocaleString('en')}.` : `${total}.`;
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    // A search from outside the box (the address, Back, the clear button) shows in it; typing is never overwritten.
    if (changed.has('filters') && searchText(this._typed) !== this.filters.q) this._typed = this.filters.q;
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    clearTimeout(this._typingTimer);
  }

  protected override updated() {
    if (!this._allCardsDrawn && !this._drawRestQueued && this._reviews.length > FIRST_CARDS) {
      this._drawRestQueued = true;
      setTimeout(() => (this._allCardsDrawn = true), 0);
    }
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
