// The embeddable widget's element: <earful-reviews company="netflix">. The rating summary, the form and the latest
// reviews with the company's replies, styles sealed in its shadow root, data from the Earful origin the script
// came from.
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import { ApiError, api } from '../api/api-client';
import { companyPath, reviewPath } from '../lib/format';
import { widgetOrigin } from '../lib/widget-origin';
import { baseStyles } from './shared-styles';
import type { Taxonomy } from '../../server/contract/taxonomy';
import type { ReviewSubmittedDetail } from './earful-review-form';
import './earful-rating-summary';
import './earful-review-form';
import './earful-review-card';

/** The newest reviews the widget shows, each with the company's reply under it. */
const LATEST_REVIEWS = 3;

@customElement('earful-reviews')
export class EarfulReviews extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host {
        max-width: 40rem;
        font-size: 1rem;
        text-align: left;
      }
      .card {
        min-height: 22rem;
        display: grid;
        gap: 1rem;
      }
      /* A message alone (an unknown company, an error) needs no room kept for the rating. */
      .card.message {
        min-height: 0;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem 1rem;
        align-items: center;
      }
      .latest h3 {
        font-size: 1.125rem;
        margin: 0 0 0.5rem;
      }
      .latest ol {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: 0.75rem;
      }
      .by {
        font-size: 0.875rem;
        margin: 0;
      }
    `,
  ];

  /** The company's slug on Earful, such as "netflix". */
  @property() company = '';

  @state() private _writing = false;
  @state() private _refresh = 0;

  private _detail = new Task(this, {
    args: () => [this.company, this._refresh] as const,
    task: ([slug], { signal }) => (companyPath(slug) ? api.getCompany(slug, { signal }) : Promise.reject(new Error('Unknown company'))),
  });

  private _latest = new Task(this, {
    args: () => [this.company, this._refresh] as const,
    task: ([slug], { signal }) =>
      companyPath(slug) ? api.listReviews(slug, { sort: 'newest', limit: LATEST_REVIEWS }, { signal }) : Promise.resolve(null),
  });

  override render() {
    const company = this._detail.value;
    if (!company) {
      return html`<div class=${this._detail.status === TaskStatus.ERROR ? 'card message' : 'card'}>
        ${this._detail.render({
          pending: () => html`<p class="muted" aria-busy="true">Loading reviews…</p>`,
          error: (error) =>
            html`<p role="alert">
              ${
                (error instanceof ApiError && error.status === 404) || !companyPath(this.company)
                  ? `Earful has no company called “${this.company}”, so there are no reviews to show here.`
                  : 'Reviews for this company could not be loaded. Please try again later.'
              }
            </p>`,
        })}
      </div>`;
    }
    const page = `${widgetOrigin}${companyPath(company.slug)}`;
    return html`<div class="card">
      <earful-rating-summary
        .summary=${company.summary}
        .pageHref=${page}
        heading=${`${company.name} customer service`}
      ></earful-rating-summary>
      <div class="actions">
        <a href=${page} target="_top">Read all reviews</a>
        <button
          class="primary"
          aria-expanded=${this._writing ? 'true' : 'false'}
          aria-controls="write"
          @click=${() => (this._writing = !this._writing)}
        >
          Write a review
        </button>
      </div>
      <div id="write" ?hidden=${!this._writing}>
        ${
          this._writing
            ? html`<earful-review-form
                .slug=${company.slug}
                .companyName=${company.name}
                .taxonomy=${company.taxonomy}
                .siteOrigin=${widgetOrigin}
                .guidePage=${page}
                @review-submitted=${this.onSubmitted}
              ></earful-review-form>`
            : nothing
        }
      </div>
      ${this.renderLatest(company.slug, company.taxonomy)}
      <p class="by muted">Reviews moderated by <a href=${`${widgetOrigin}/policy`} target="_top">Earful</a></p>
    </div>`;
  }

  private renderLatest(slug: string, taxonomy: Taxonomy) {
    const reviews = this._latest.value?.reviews ?? [];
    if (reviews.length === 0) return nothing;
    const link = (id: number) => `${widgetOrigin}${reviewPath(slug, id) ?? ''}`;
    return html`<section class="latest" aria-labelledby="latest-title">
      <h3 id="latest-title">Latest reviews</h3>
      <ol>
        ${reviews.map(
          (r) => html`<li><earful-review-card .review=${r} .taxonomy=${taxonomy} .pageHref=${link(r.id)}></earful-review-card></li>`,
        )}
      </ol>
    </section>`;
  }

  private onSubmitted(e: CustomEvent<ReviewSubmittedDetail>) {
    if (e.detail.review.status === 'published') this._refresh++;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'earful-reviews': EarfulReviews;
  }
}
