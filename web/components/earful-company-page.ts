// The company page: the rating and the reviews first, the complaint patterns and the guide beside them on a wide
// screen (after them on a phone, one link away). The list's filters live in the address. Rendered in the page's
// own DOM (styled by site.css) under the heading the server already sent, so guide anchors are real fragments;
// the parts inside keep their own shadow roots.
import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { api } from '../api/api-client';
import type { RatingSelectDetail } from './earful-rating-summary';
import type { ReviewSubmittedDetail } from './earful-review-form';
import type { FiltersChangeDetail } from './earful-review-list';
import { filtersFromSearch, knownFilters, NO_FILTERS, sameFilters, searchOfFilters, type ReviewFilters } from '../lib/review-filters';
import { afterNextPaint } from '../lib/after-next-paint';
import type { CompanyGuide } from '../../server/contract/guide';
import type { Taxonomy } from '../../server/contract/taxonomy';
import './earful-rating-summary';
import './earful-review-list';
import './earful-complaint-patterns';
import './earful-guide';
import { firstUpdateLater } from '../lib/first-update-later';

const loadForm = () => import('./earful-review-form');

@customElement('earful-company-page')
export class EarfulCompanyPage extends LitElement {
  /** Company slug; the page entry reads it from the address. */
  @property() slug = '';

  @state() private _filters: ReviewFilters = filtersFromSearch(location.search);
  private _listFilters: ReviewFilters = NO_FILTERS;
  /** The current history entry was made by a search as it was typed (setFilters). */
  private _typingEntry = false;
  @state() private _refresh = 0;
  /** Open at once for "#write", the address other pages' "Write a review of …" links go to. */
  @state() private _writing = location.hash === '#write';
  /** The server sends the heading; without it (the dev server) this element writes its own. */
  private _hasHeading = false;
  /** The form opened from the address still waits to be focused, once the company is shown. */
  private _focusWriting = this._writing;
  /**
   * The patterns and the guide are drawn when they come within a screen of view (beside the list on a wide
   * screen, at once; below it on a phone, as the reader scrolls) or an address points into them: drawn with the
   * rest, they made one task that held a phone's main thread for 100+ ms.
   */
  @state() private _asideShown = location.hash !== '' && location.hash !== '#write';
  private _asideObserver?: IntersectionObserver;
  private _formQueued = false;

  private _company = new Task(this, {
    args: () => [this.slug, this._refresh] as const,
    task: ([slug], { signal }) => api.getCompany(slug, { signal }),
  });

  private _patterns = new Task(this, {
    args: () => [this.slug, this._refresh] as const,
    task: ([slug], { signal }) => api.getPatterns(slug, { signal }),
  });

  private _guide = new Task(this, {
    args: () => [this.slug] as const,
    task: ([slug], { signal }) => api.getGuide(slug, { signal }),
  });

  protected override scheduleUpdate(): Promise<void> {
    return firstUpdateLater(this, () => super.scheduleUpdate());
  }

  protected override createRenderRoot() {
    return this;
  }

  override connectedCallback() {
    this._hasHeading = this.querySelector('h1') !== null;
    super.connectedCallback();
    window.addEventListener('popstate', this.onPopState);
    window.addEventListener('hashchange', this.showAside);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onPopState);
    window.removeEventListener('hashchange', this.showAside);
    this._asideObserver?.disconnect();
  }

  override render() {
    const company = this._company.value;
    if (!company) {
      return html`${this._hasHeading ? nothing : html`<h1>Customer service reviews</h1>`}
      ${this._company.render({
        pending: () => html`<div class="company-loading card" aria-busy="true"><p>Loading…</p></div>`,
        error: () => html`<p class="error" role="alert">This company could not be loaded. Please try again later.</p>`,
      })}`;
    }
    const guide = this._guide.value;
    const api = `/api/companies/${encodeURIComponent(company.slug)}`;
    const filters = this.listFilters(company.taxonomy);
    return html`${this._hasHeading ? nothing : html`<h1>${company.name} customer service reviews</h1>`}
      <div class="company-layout">
        <div class="company-main">
          <div class="card company-module">
            <earful-rating-summary .summary=${company.summary} .selected=${filters.rating} @rating-select=${this.onRating}>
              <p class="write-call">
                <button
                  class="button primary"
                  aria-expanded=${this._writing ? 'true' : 'false'}
                  aria-controls="write"
                  @click=${this.toggleWriting}
                >
                  Write a review
                </button>
              </p>
              <ul class="page-jumps">
                <li class="patterns-jump"><a href="#patterns">See the complaint patterns</a></li>
                ${guide && !guide.empty ? html`<li><a href="#guide">How to get help from ${company.name}</a></li>` : nothing}
              </ul>
            </earful-rating-summary>
          </div>
          <section id="write" class="card" aria-labelledby="write-title" tabindex="-1" ?hidden=${!this._writing}>
            <h2 id="write-title" tabindex="-1">Write a review of ${company.name}</h2>
            ${
              this._writing
                ? html`<earful-review-form
                    .slug=${company.slug}
                    .companyName=${company.name}
                    .taxonomy=${company.taxonomy}
                    @review-submitted=${this.onSubmitted}
                  ></earful-review-form>`
                : nothing
            }
          </section>
          <section class="company-reviews" id="reviews" aria-labelledby="reviews-title">
            <h2 id="reviews-title" tabindex="-1">Reviews of ${company.name}</h2>
            <earful-review-list
              .slug=${company.slug}
              .taxonomy=${company.taxonomy}
              .filters=${filters}
              .refresh=${this._refresh}
              @filters-change=${this.onFiltersChange}
            ></earful-review-list>
          </section>
        </div>
        <div class="company-aside">${this.renderAside(api, guide)}</div>
      </div>`;
  }

  private renderAside(api: string, guide: CompanyGuide | undefined) {
    // Until then the section is its heading alone (the "#patterns" link's target): nothing in it moves when drawn.
    return html`<section class="card company-patterns" id="patterns" aria-labelledby="patterns-title">
        <h2 id="patterns-title">Complaint patterns</h2>
        ${this._asideShown ? this.renderPatterns(api, guide) : nothing}
      </section>
      <div class="company-guide" id="guide">
        ${guide && this._asideShown ? html`<earful-guide .guide=${guide}></earful-guide>` : nothing}
      </div>`;
  }

  private renderPatterns(api: string, guide: CompanyGuide | undefined) {
    return html`${
        this._patterns.value
          ? html`<earful-complaint-patterns
              .patterns=${this._patterns.value}
              .guideSections=${guide?.issueTypeSections ?? {}}
            ></earful-complaint-patterns>`
          : this._patterns.render({
              pending: () => html`<p aria-busy="true">Loading the patterns…</p>`,
              error: () => html`<p>The patterns could not be loaded.</p>`,
            })
      }
      <p class="downloads">
        Every figure as a spreadsheet (CSV): <a href=${`${api}/patterns.csv`} download>the patterns</a>,
        <a href=${`${api}/trend.csv`} download>month by month</a>.
      </p>`;
  }

  protected override updated() {
    const aside = this.querySelector('.company-aside');
    if (aside && !this._asideShown && !this._asideObserver) {
      this._asideObserver = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && this.showAside(), {
        rootMargin: '100% 0px',
      });
      this._asideObserver.observe(aside);
    }
    // The form is not needed for the first screen: its files come after it, before anyone could open it.
    if (this._company.value && !this._formQueued) {
      this._formQueued = true;
      void afterNextPaint().then(loadForm);
    }
    if (this._writing) void loadForm();
    // Until the page has loaded, the browser itself focuses the #write target once it appears (and takes focus
    // away from anything else if the target could not take it: hence its tabindex). This covers a later company.
    if (this._focusWriting && this._company.value) {
      this._focusWriting = false;
      this.querySelector<HTMLElement>('#write')?.focus();
    }
  }

  private showAside = () => {
    this._asideShown = true;
    this._asideObserver?.disconnect();
  };

  /** A star bar filters the list and brings it into view, with the keyboard, where the filtered reviews are. */
  private async onRating(e: CustomEvent<RatingSelectDetail>) {
    this.setFilters({ ...this._filters, rating: e.detail.rating });
    await this.updateComplete;
    const heading = this.querySelector<HTMLElement>('#reviews-title');
    heading?.focus({ preventScroll: true });
    heading?.scrollIntoView({ block: 'start' });
  }

  private onFiltersChange(e: CustomEvent<FiltersChangeDetail>) {
    this.setFilters(e.detail.filters, e.detail.typing);
  }

  /**
   * Each change is an entry in the history, so Back goes to the list as it was and the address can be shared; a
   * search followed as it is typed replaces its own entry, so Back skips the half-typed words.
   */
  private setFilters(filters: ReviewFilters, typing = false) {
    const replace = typing && this._typingEntry;
    this._typingEntry = typing;
    if (sameFilters(filters, this._filters)) return;
    this._filters = filters;
    const address = `${location.pathname}${searchOfFilters(filters)}`;
    if (replace) history.replaceState(null, '', address);
    else history.pushState(null, '', address);
  }

  private onPopState = () => {
    this._typingEntry = false;
    // Going back over an in-page link (#patterns, #guide) leaves the filters, and the list as loaded, as they are.
    const filters = filtersFromSearch(location.search);
    if (!sameFilters(filters, this._filters)) this._filters = filters;
  };

  /** The same object while the filters are the same, so a render for anything else does not fetch the list again. */
  private listFilters(taxonomy: Taxonomy): ReviewFilters {
    const next = knownFilters(this._filters, taxonomy);
    if (!sameFilters(next, this._listFilters)) this._listFilters = next;
    return this._listFilters;
  }

  private async toggleWriting() {
    // Opened before its files came (a slow network), it waits for them: the focus goes into a whole form.
    if (!this._writing && !customElements.get('earful-review-form')) await loadForm();
    this._writing = !this._writing;
    if (!this._writing) return;
    await this.updateComplete;
    this.querySelector<HTMLElement>('#write-title')?.focus();
  }

  private onSubmitted(e: CustomEvent<ReviewSubmittedDetail>) {
    // A published review changes the summary, the patterns and the list; a held one changes nothing readers see.
    if (e.detail.review.status === 'published') this._refresh++;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'earful-company-page': EarfulCompanyPage;
  }
}
