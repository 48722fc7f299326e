// The home page's companies with their rating and review count, in the API's ranking, searchable by name.
// A company without reviews has no rank and no stars: the API lists it after the rated ones, "No reviews yet".
import { LitElement, css, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import type { RankedCompany } from '../../server/contract/patterns';
import { api } from '../api/api-client';
import { companyPath, plural } from '../lib/format';
import { baseStyles } from './shared-styles';
import './earful-stars';
import { firstUpdateLater } from '../lib/first-update-later';

@customElement('earful-company-directory')
export class EarfulCompanyDirectory extends LitElement {
  static override styles = [
    baseStyles,
    css`
      .search {
        display: grid;
        gap: 0.25rem;
        max-width: 28rem;
        margin-bottom: 0.5rem;
      }
      label {
        font-weight: 600;
      }
      .status {
        min-height: 1.5rem;
        margin: 0 0 0.75rem;
      }
      ol {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: 0.75rem;
        grid-template-columns: repeat(auto-fill, minmax(min(100%, 20rem), 1fr));
      }
      li {
        display: grid;
        grid-template-columns: 2.25rem 1fr;
        gap: 0.25rem 0.75rem;
        align-items: start;
        min-height: 7.5rem;
      }
      .rank {
        font-size: 1.25rem;
        font-weight: 800;
        color: var(--earful-muted, #4f5160);
        text-align: right;
      }
      .name {
        font-size: 1.25rem;
        font-weight: 700;
      }
      p {
        margin: 0;
      }
      .unrated {
        font-style: italic;
      }
      .rating {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.25rem 0.5rem;
      }
    `,
  ];

  @state() private _query = '';

  private _companies = new Task(this, {
    args: () => [] as const,
    task: async (_args, { signal }) => (await api.listCompanies({ signal })).companies,
  });

  protected override scheduleUpdate(): Promise<void> {
    return firstUpdateLater(this, () => super.scheduleUpdate());
  }

  override render() {
    return html`<div class="search">
        <label for="search">Search companies</label>
        <input id="search" type="search" autocomplete="off" .value=${this._query} @input=${this.onSearch} />
      </div>
      ${this._companies.render({
        pending: () => html`<p class="status" role="status">Loading companies…</p>`,
        error: () => html`<p class="status" role="alert">The companies could not be loaded. Please try again later.</p>`,
        complete: (companies) => this.renderList(companies),
      })}`;
  }

  private renderList(all: RankedCompany[]) {
    // A new site started without the seed companies (SEED_COMPANIES=0) until an admin adds the first one.
    if (all.length === 0) return html`<p class="status" role="status">No companies to review yet.</p>`;
    const q = this._query.trim().toLowerCase();
    // The rank is the API's, so it stays with a company while the list is searched.
    const ranked = all.map((company, i) => ({ company, rank: i + 1 }));
    const shown = q ? ranked.filter(({ company }) => `${company.name} ${company.category}`.toLowerCase().includes(q)) : ranked;
    return html`<p class="status" role="status">
        ${q ? (shown.length ? `${plural(shown.length, 'company matches', 'companies match')} “${this._query.trim()}”.` : `No company matches “${this._query.trim()}”.`) : `${plural(all.length, 'company', 'companies')}, ranked by rating weighted by how many reviews each has${all.some((c) => c.summary.count === 0) ? '; those with no reviews yet come last' : ''}.`}
      </p>
      <ol aria-label="Companies">
        ${shown.map(({ company: c, rank }) => {
          const href = companyPath(c.slug);
          return html`<li class="card">
            <span class="rank" aria-hidden="true">${c.summary.count > 0 ? rank : ''}</span>
            <div>
              <p>${href ? html`<a class="name" href=${href}>${c.name}</a>` : html`<span class="name">${c.name}</span>`}</p>
              <p class="muted">${c.category}</p>
              ${
                c.summary.count > 0
                  ? html`<p class="rating"><earful-stars .value=${c.summary.average}></earful-stars> <span>${c.summary.text}</span></p>`
                  : html`<p class="rating unrated">No reviews yet</p>`
              }
            </div>
          </li>`;
        })}
      </ol>`;
  }

  private onSearch(e: Event) {
    this._query = (e.target as HTMLInputElement).value;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'earful-company-directory': EarfulCompanyDirectory;
  }
}
