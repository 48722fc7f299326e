// The reviewer's own review, opened with the private link from the submission: which company it is about, its
// status (published, waiting for a moderator, or not published and why), an edit of the stars, answers and
// text (moderated again; a rejected review fixed goes back to a moderator), a later outcome kept as a dated
// change, the answer to a company reply that offers a resolution, erasure.
import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import type { ManagedReview, ReviewEdit } from '../../server/contract/manage';
import type { CompanyDetail } from '../../server/contract/review';
import { CHOICE_PROMPTS, asksAboutContact } from '../../server/contract/review-limits';
import type { TaxonomyField } from '../../server/contract/taxonomy';
import { ApiError, api } from '../api/api-client';
import { companyPath, formatDate } from '../lib/format';
import { outcomeNote } from '../lib/outcome-note';
import { DECISION_REASON_LABELS } from '../lib/reason-labels';
import { EMPTY_DRAFT, asksForDevice, validateDraft, type ReviewDraft } from '../lib/review-draft';
import { formStyles } from './form-styles';
import { fieldError } from './form-parts';
import { baseStyles } from './shared-styles';
import './earful-review-card';
import './earful-star-input';
import './earful-reply-resolution';

const STATUS_TEXT: Record<ManagedReview['status'], string> = {
  published: 'Your review is published: readers see it and it counts in the rating.',
  pending: 'Your review is waiting for a moderator. It has not been deleted; it appears once approved.',
  rejected: 'A moderator did not publish your review.',
  removed: 'A moderator took your review down.',
};

/** The answers the edit form changes; how it ended is changed below it, as a dated later outcome. */
type EditField =
  'rating' | 'issueType' | 'contactMethod' | 'billingParty' | 'responseTime' | 'nextStepsExplained' | 'device' | 'title' | 'body';
const EDIT_FIELDS: EditField[] = [
  'rating',
  'issueType',
  'contactMethod',
  'billingParty',
  'responseTime',
  'nextStepsExplained',
  'device',
  'title',
  'body',
];

const draftOf = (r: ManagedReview): ReviewDraft => ({
  ...EMPTY_DRAFT,
  rating: r.rating,
  title: r.title ?? '',
  body: r.body,
  issueType: r.issueType,
  contactMethod: r.contactMethod,
  billingParty: r.billingParty,
  responseTime: r.responseTime ?? '',
  nextStepsExplained: r.nextStepsExplained === null ? '' : r.nextStepsExplained ? 'yes' : 'no',
  outcome: r.outcome ?? '',
  resolved: r.resolved,
  device: r.device ?? '',
});

/** The edit as the API takes it: every field of the form, an unanswered optional answer taken back with null. */
function editOf(d: ReviewDraft): ReviewEdit {
  const contacted = asksAboutContact(d.contactMethod);
  return {
    rating: d.rating ?? undefined,
    title: d.title,
    body: d.body,
    issueType: d.issueType,
    contactMethod: d.contactMethod,
    billingParty: d.billingParty,
    ...(contacted
      ? { responseTime: d.responseTime || null, nextStepsExplained: d.nextStepsExplained ? d.nextStepsExplained === 'yes' : null }
      : {}),
    ...(asksForDevice(d.issueType) ? { device: d.device } : {}),
  };
}

@customElement('earful-manage-review')
export class EarfulManageReview extends LitElement {
  static override styles = [
    baseStyles,
    formStyles,
    css`
      /* A wrapper rather than :host, which the page's stylesheet makes a block before the element upgrades. */
      .stack {
        display: grid;
        gap: 1.5rem;
      }
      .outcome-note {
        margin: 0.75rem 0 0;
        font-weight: 600;
      }
      .status {
        border-left: 4px solid var(--earful-accent, #3f2a8c);
        padding: 0.5rem 0.75rem;
        background: var(--earful-surface, #fff);
      }
      .status p,
      .about {
        margin: 0;
      }
      .danger {
        border-color: var(--earful-danger, #a4161a);
        color: var(--earful-danger, #a4161a);
      }
    `,
  ];

  @state() private _review: ManagedReview | null = null;
  @state() private _company: CompanyDetail | null = null;
  @state() private _draft: ReviewDraft = { ...EMPTY_DRAFT };
  @state() private _message = '';
  @state() private _fields: Record<string, string> = {};
  @state() private _outcomeError = '';
  @state() private _confirmErase = false;
  @state() private _erased = false;

  private readonly _id = Number(location.pathname.split('/')[2]);
  // The token stays in the fragment, which browsers never send to a server or in a Referer.
  private readonly _token = decodeURIComponent(location.hash.slice(1));

  private _load = new Task(this, {
    args: () => [] as const,
    task: async () => {
      const { review } = await api.getManaged(this._id, this._token);
      this._company = await api.getCompany(review.company);
      this.show(review);
      document.title = `Your review of ${this._company.name} — Earful`;
      return review;
    },
  });

  override render() {
    if (this._erased)
      return html`<p role="status">Your review is deleted for good. Its text is gone and the rating no longer counts it.</p>`;
    const r = this._review;
    if (!r) {
      return this._load.render({
        pending: () => html`<p aria-busy="true">Loading your review…</p>`,
        error: () =>
          html`<p role="alert">This link does not open a review. Check that you copied the whole link, including the part after “#”.</p>`,
      });
    }
    const open = r.status === 'published' || r.status === 'pending';
    const company = this._company;
    const href = companyPath(r.company);
    const note = outcomeNote(r, company?.taxonomy ?? null);
    // A reply offering a resolution shows below with the reviewer's answer to it, rather than inside the card.
    const answering = r.status === 'published' && r.reply?.offersResolution === true;
    return html`<div class="stack">
      <p class="about">
        Your review of
        <strong>${href ? html`<a href=${href}>${company?.name ?? r.company}</a>` : (company?.name ?? r.company)}</strong> customer service,
        written on <time datetime=${r.createdAt}>${formatDate(r.createdAt)}</time>.
      </p>
      <div class="status" role="status">
        <p><strong>${STATUS_TEXT[r.status]}</strong></p>
        ${r.verdict?.reason && !open ? html`<p>Reason: ${DECISION_REASON_LABELS[r.verdict.reason]}.</p>` : nothing}
        ${r.status === 'rejected' ? html`<p>You can fix it below and send it again; a moderator reads it again.</p>` : nothing}
        ${r.status === 'pending' && r.moderation.reasons.length ? html`<p>Why it waits: ${r.moderation.reasons.join('; ')}.</p>` : nothing}
        ${this._message ? html`<p>${this._message}</p>` : nothing}
      </div>
      <section aria-labelledby="as-seen-title">
        <h2 id="as-seen-title">What you wrote, after moderation</h2>
        <earful-review-card
          .review=${answering ? { ...r, reply: null } : r}
          .taxonomy=${company?.taxonomy ?? null}
          marked
        ></earful-review-card>
        ${note ? html`<p class="outcome-note">${note}</p>` : nothing}
      </section>
      ${
        answering
          ? html`<earful-reply-resolution
              .review=${r}
              .token=${this._token}
              companyName=${company?.name ?? ''}
              @review-changed=${(e: CustomEvent<ManagedReview>) => this.show(e.detail)}
            ></earful-reply-resolution>`
          : nothing
      }
      ${open || r.status === 'rejected' ? this.renderEdit(r) : nothing} ${open ? this.renderOutcome(r) : nothing}
      <section class="card" aria-labelledby="erase-title">
        <h2 id="erase-title">Delete your review</h2>
        <p>This erases the review and its text for good; the rating is updated at once.</p>
        ${
          this._confirmErase
            ? html`<p><strong>Delete it for good?</strong></p>
                <button class="primary danger" @click=${this.erase}>Yes, delete my review</button>
                <button @click=${() => (this._confirmErase = false)}>Keep it</button>`
            : html`<button class="danger" @click=${() => (this._confirmErase = true)}>Delete my review…</button>`
        }
      </section>
    </div>`;
  }

  private renderEdit(r: ManagedReview) {
    const d = this._draft;
    const rejected = r.status === 'rejected';
    return html`<section class="card" aria-labelledby="edit-title">
      <h2 id="edit-title">${rejected ? 'Fix your review and send it again' : 'Edit your review'}</h2>
      <form novalidate @submit=${this.edit} @input=${this.onInput} @change=${this.onInput}>
        <p class="hint">Your edit is moderated again, like a new review. How it ended is updated below, with its date.</p>
        <earful-star-input
          .value=${d.rating}
          error=${this._fields.rating ?? ''}
          @rating-change=${(e: CustomEvent<{ value: number }>) => (this._draft = { ...this._draft, rating: e.detail.value })}
        ></earful-star-input>
        <div class="grid">
          ${this.renderSelect('issueType', 'What was the problem? (required)', true)}
          ${this.renderSelect('contactMethod', 'How did you contact them? (required)', true)}
          ${this.renderSelect('billingParty', `Who bills you for ${this._company?.name ?? 'it'}? (required)`, true)}
        </div>
        ${
          asksForDevice(d.issueType)
            ? html`<div class="field">
                <label for="edit-device">Which device were you using? (optional)</label>
                <input id="edit-device" name="device" .value=${d.device} />
                ${fieldError('device', this._fields.device)}
              </div>`
            : nothing
        }
        ${
          asksAboutContact(d.contactMethod)
            ? html`<div class="grid">
                ${this.renderSelect('responseTime', 'How long until they answered? (optional)', false)}
                <fieldset class="yes-no">
                  <legend>Did they explain the next steps? (optional)</legend>
                  ${(['yes', 'no', ''] as const).map(
                    (v) =>
                      html`<label class="inline"
                        ><input type="radio" name="nextStepsExplained" .value=${v} .checked=${d.nextStepsExplained === v} />
                        ${v === 'yes' ? 'Yes' : v === 'no' ? 'No' : 'Not answered'}</label
                      >`,
                  )}
                </fieldset>
              </div>`
            : nothing
        }
        <div class="field">
          <label for="edit-title-input">Title (optional)</label>
          <input id="edit-title-input" name="title" .value=${d.title} />
          ${fieldError('title', this._fields.title)}
        </div>
        <div class="field">
          <label for="edit-body">Your review (required)</label>
          <textarea
            id="edit-body"
            name="body"
            rows="6"
            .value=${d.body}
            aria-invalid=${this._fields.body ? 'true' : 'false'}
            aria-describedby=${this._fields.body ? 'body-error' : nothing}
          ></textarea>
          ${fieldError('body', this._fields.body)}
        </div>
        <button class="primary" type="submit">${rejected ? 'Send it again' : 'Save changes'}</button>
      </form>
    </section>`;
  }

  private renderSelect(field: TaxonomyField & EditField, label: string, required: boolean) {
    const choices = this._company?.taxonomy[field] ?? [];
    const id = `edit-${field}`;
    return html`<div class="field">
      <label for=${id}>${label}</label>
      <select
        id=${id}
        name=${field}
        ?required=${required}
        aria-invalid=${this._fields[field] ? 'true' : 'false'}
        aria-describedby=${this._fields[field] ? `${field}-error` : nothing}
      >
        ${required ? nothing : html`<option value="" ?selected=${!this._draft[field]}>Not answered</option>`}
        ${choices.map((c) => html`<option value=${c.value} ?selected=${this._draft[field] === c.value}>${c.label}</option>`)}
      </select>
      ${fieldError(field, this._fields[field])}
    </div>`;
  }

  private renderOutcome(r: ManagedReview) {
    const t = this._company?.taxonomy;
    const contacted = asksAboutContact(r.contactMethod);
    // Nothing is chosen for the author: one click must not record a resolution that did not happen.
    return html`<section class="card" aria-labelledby="outcome-title">
      <h2 id="outcome-title">Did it get resolved later?</h2>
      <form novalidate @submit=${this.outcome}>
        <p class="hint">Readers see the date of the update and what you answered at first.</p>
        <div class="grid">
          <div class="field">
            <label for="later-resolved">Was it resolved? (required)</label>
            <select
              id="later-resolved"
              name="resolved"
              required
              aria-invalid=${this._outcomeError ? 'true' : 'false'}
              aria-describedby=${this._outcomeError ? 'later-resolved-error' : nothing}
            >
              <option value="" selected>Choose one</option>
              ${(t?.resolved ?? []).map((v) => html`<option value=${v.value}>${v.label}</option>`)}
            </select>
            ${fieldError('later-resolved', this._outcomeError)}
          </div>
          ${
            contacted
              ? html`<div class="field">
                  <label for="later-outcome">What did they do? (optional)</label>
                  <select id="later-outcome" name="outcome">
                    <option value="">Not answered</option>
                    ${(t?.outcome ?? []).map((v) => html`<option value=${v.value}>${v.label}</option>`)}
                  </select>
                </div>`
              : nothing
          }
        </div>
        <button type="submit">Update the outcome</button>
      </form>
    </section>`;
  }

  private show(review: ManagedReview) {
    this._review = review;
    this._draft = draftOf(review);
  }

  private onInput(e: Event) {
    const target = e.target as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
    const name = target.name as EditField;
    if (!EDIT_FIELDS.includes(name) || name === 'rating') return;
    if (target instanceof HTMLInputElement && target.type === 'radio' && !target.checked) return;
    this._draft = { ...this._draft, [name]: target.value };
  }

  private async edit(e: SubmitEvent) {
    e.preventDefault();
    // The same rules as a new review, limited to what this form edits.
    const errors = validateDraft(this._draft);
    this._fields = Object.fromEntries(Object.entries(errors).filter(([f]) => EDIT_FIELDS.includes(f as EditField)));
    if (Object.keys(this._fields).length > 0) return;
    const wasRejected = this._review?.status === 'rejected';
    await this.change(
      () => api.editManaged(this._id, this._token, editOf(this._draft)),
      wasRejected ? 'Thank you: your review is sent again and waits for a moderator.' : 'Your changes are saved.',
    );
  }

  private async outcome(e: SubmitEvent) {
    e.preventDefault();
    const data = new FormData(e.target as HTMLFormElement);
    const resolved = String(data.get('resolved') ?? '');
    const outcome = String(data.get('outcome') ?? '');
    this._outcomeError = resolved ? '' : CHOICE_PROMPTS.resolved;
    if (!resolved) {
      this.renderRoot.querySelector<HTMLElement>('#later-resolved')?.focus();
      return;
    }
    await this.change(
      () => api.reportOutcome(this._id, this._token, { resolved, ...(outcome ? { outcome } : {}) }),
      'Thank you: the outcome is updated.',
    );
  }

  private async change(call: () => Promise<{ review: ManagedReview }>, done: string) {
    try {
      this.show((await call()).review);
      this._fields = {};
      this._message = done;
    } catch (error) {
      if (error instanceof ApiError && Object.keys(error.fields).length > 0) this._fields = error.fields;
      else this._message = error instanceof ApiError ? error.message : 'The change could not be saved.';
    }
  }

  private async erase() {
    try {
      await api.eraseManaged(this._id, this._token);
      this._erased = true;
    } catch (error) {
      this._message = error instanceof ApiError ? error.message : 'The review could not be deleted.';
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'earful-manage-review': EarfulManageReview;
  }
}
