// A review's own page (/companies/:slug/reviews/:id), the address readers share: the company's rating and a way
// to write a review, then the review in its card with the reader actions, as on the company page. Rendered in
// the page's own DOM (styled by site.css) under the back link and heading the server already sent.
import { LitElement, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { ApiError, api } from '../api/api-client';
import { companyPath } from '../lib/format';
import './earful-stars';
import './earful-review-card';
import './earful-review-actions';
import { firstUpdateLater } from '../lib/first-update-later';

@customElement('earful-review-page')
export class EarfulReviewPage extends LitElement {
  /** Company slug; the page entry reads it from the address. */
  @property() slug = '';

  /** The review's id; the page entry reads it from the address. */
  @property({ type: Number }) reviewId = 0;

  /** The server sends the back link and heading; without them (the dev server) this element writes its own. */
  private _hasHeading = false;

  // Both answers come preloaded with the page (server/pages/review-page.ts); the API is asked only without them.
  private _data = new Task(this, {
    args: () => [this.slug, this.reviewId] as const,
    task: async ([slug, id], { signal }) => {
      if (!companyPath(slug) || !Number.isSafeInteger(id) || id < 1) throw new ApiError(404, 'not_found', 'No review at this address');
      const [company, { review }] = await Promise.all([api.getCompany(slug, { signal }), api.getReview(id, { signal })]);
      // The API finds a review by its id alone: under another company's address it is not this page's review.
      if (review.company !== company.slug) throw new ApiError(404, 'not_found', 'No review at this address');
      return { company, review };
    },
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
  }

  override render() {
    const data = this._data.value;
    if (!data) {
      return html`${this._hasHeading ? nothing : html`<h1>Customer service review</h1>`}
      ${this._data.render({
        pending: () => html`<div class="review-loading card" aria-busy="true"><p>Loading…</p></div>`,
        error: (error) =>
          html`<p class="error" role="alert">
            ${
              error instanceof ApiError && error.status === 404
                ? 'There is no published review at this address.'
                : 'This review could not be loaded. Please try again later.'
            }
          </p>`,
      })}`;
    }
    const { company, review } = data;
    const page = companyPath(company.slug) ?? '/';
    return html`${
        this._hasHeading
          ? nothing
          : html`<p class="back-link"><a href=${page}>All reviews of ${company.name}</a></p>
              <h1>A review of ${company.name} customer service</h1>`
      }
      <div class="review-page">
        <section class="card review-company" aria-labelledby="review-company-title">
          <h2 id="review-company-title">${company.name} customer service rating</h2>
          <p class="review-company-rating">
            <earful-stars .value=${company.summary.average}></earful-stars>
            <span>${company.summary.text}</span>
          </p>
          <p class="review-company-write">
            <a class="button primary" href=${`${page}#write`}>Write a review of ${company.name}</a>
          </p>
        </section>
        <earful-review-card .review=${review} .taxonomy=${company.taxonomy}>
          <earful-review-actions slot="actions" .reviewId=${review.id} .helpfulCount=${review.helpfulCount}></earful-review-actions>
        </earful-review-card>
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'earful-review-page': EarfulReviewPage;
  }
}
