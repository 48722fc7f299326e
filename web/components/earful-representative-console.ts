// A company representative's console: a picker among the companies they answer for, and that company's
// published reviews, unanswered first, each with the public reply or the form to write it. Nothing of the
// moderators' desk is here: the server refuses it to representatives, and the console does not offer it.
import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { Task, TaskStatus } from '@lit/task';
import type { RepresentativeReview } from '../../server/contract/reply';
import { api } from '../api/api-client';
import { moderatorApi } from '../api/moderator-api';
import { taxonomyOf } from '../lib/company-taxonomy';
import { plural } from '../lib/format';
import { formStyles } from './form-styles';
import { baseStyles } from './shared-styles';
import type { ReplyChange } from './earful-reply-editor';
import './earful-reply-editor';
import { loadMoreButton } from './form-parts';

const PAGE = 20;

@customElement('earful-representative-console')
export class EarfulRepresentativeConsole extends LitElement {
  static override styles = [
    baseStyles,
    formStyles,
    css`
      .picker {
        display: flex;
        flex-wrap: wrap;
        align-items: end;
        gap: 0.75rem 1rem;
        margin-bottom: 1rem;
      }
      ol {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: 1.5rem;
      }
    `,
  ];

  /** The slugs of the companies this representative answers for (from the session). */
  @property({ attribute: false }) companies: string[] = [];

  /** The company picked, kept in the address (?company=max) so a reload or a shared link opens it again. */
  @state() private _company = new URLSearchParams(location.search).get('company') ?? '';
  @state() private _reviews: RepresentativeReview[] = [];
  @state() private _cursor: string | null = null;
  @state() private _reload = 0;

  /** The companies' names, for the picker; their slugs stand in until these are read. */
  private _names = new Task(this, {
    args: () => [] as const,
    task: async (_a, { signal }) => new Map((await api.listCompanies({ signal })).companies.map((c) => [c.slug, c.name])),
  });

  private _first = new Task(this, {
    args: () => [this.chosen, this._reload] as const,
    task: async ([company], { signal }) => {
      if (!company) return null;
      const [page, taxonomy] = await Promise.all([
        moderatorApi.representativeReviews({ company, limit: PAGE }, { signal }),
        taxonomyOf(company),
      ]);
      this._reviews = page.reviews;
      this._cursor = page.nextCursor;
      return taxonomy;
    },
  });

  private _more = new Task(this, {
    autoRun: false,
    args: () => [this._cursor] as const,
    task: async ([cursor], { signal }) => {
      const page = await moderatorApi.representativeReviews({ company: this.chosen, cursor, limit: PAGE }, { signal });
      this._reviews = [...this._reviews, ...page.reviews];
      this._cursor = page.nextCursor;
    },
  });

  /** The chosen company, or the first of theirs. */
  private get chosen() {
    return this.companies.includes(this._company) ? this._company : (this.companies[0] ?? '');
  }

  override render() {
    if (this.companies.length === 0)
      return html`<p role="status">Your account answers for no company yet. An admin can add the companies you represent.</p>`;
    const names = this._names.value;
    const name = (slug: string) => names?.get(slug) ?? slug;
    return html`<h2>Reviews of ${name(this.chosen)}</h2>
      <div class="picker">
        <div class="field">
          <label for="rep-company">Company</label>
          <select id="rep-company" @change=${(e: Event) => this.choose((e.target as HTMLSelectElement).value)}>
            ${this.companies.map((slug) => html`<option value=${slug} ?selected=${slug === this.chosen}>${name(slug)}</option>`)}
          </select>
        </div>
        <button @click=${() => this._reload++}>Reload</button>
      </div>
      <p role="status">${this.statusText()}</p>
      <ol aria-label=${`Reviews of ${name(this.chosen)}`}>
        ${repeat(
          this._reviews,
          (r) => r.id,
          (r) =>
            html`<li>
              <earful-reply-editor
                .review=${r}
                .taxonomy=${this._first.value ?? null}
                @reply-changed=${this.onReplyChanged}
              ></earful-reply-editor>
            </li>`,
        )}
      </ol>
      ${loadMoreButton(this._cursor, this._more)}`;
  }

  /** The picked company goes into the address in place of the one before: no history entry a pick. */
  private choose(slug: string) {
    this._company = slug;
    const url = new URL(location.href);
    url.searchParams.set('company', slug);
    history.replaceState(history.state, '', url);
  }

  private statusText() {
    if (this._first.status === TaskStatus.PENDING) return 'Loading the reviews…';
    if (this._first.status === TaskStatus.ERROR) return 'The reviews could not be loaded.';
    // A page stops after a bounded look: where the newest reviews are all answered it may come back empty.
    if (this._reviews.length === 0)
      return this._cursor ? 'Every review looked at so far has a reply: Load more to look further.' : 'No published reviews yet.';
    const unanswered = this._reviews.filter((r) => !r.reply && !r.replyStatus).length;
    return `${plural(unanswered, 'review', 'reviews')} without a public reply${this._cursor ? ' so far' : ''}, shown first.`;
  }

  /** The list keeps its order while one works through it; a reload sorts the answered ones after. */
  private onReplyChanged(e: CustomEvent<ReplyChange>) {
    const { id, ...state } = e.detail;
    this._reviews = this._reviews.map((r) => (r.id === id ? { ...r, ...state } : r));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'earful-representative-console': EarfulRepresentativeConsole;
  }
}
