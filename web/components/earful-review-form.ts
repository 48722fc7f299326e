// Write a review: star rating, the structured questions (required ones first; the questions about the contact
// only when there was one; the device only for technical problems, below the questions so none of them moves),
// title, text with a live count, optional name; checked in the browser by the server's rules, then sent. The
// draft is kept in the browser until it is posted.
import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { FieldErrors } from '../../server/contract/errors';
import type { ManageLink } from '../../server/contract/manage';
import type { SubmittedReview } from '../../server/contract/review';
import { REVIEW_LIMITS, asksAboutContact } from '../../server/contract/review-limits';
import type { Taxonomy, TaxonomyField } from '../../server/contract/taxonomy';
import { Task } from '@lit/task';
import { matchHints } from '../../server/contract/match-hints';
import { ApiError, api } from '../api/api-client';
import {
  EMPTY_DRAFT,
  asksForDevice,
  clearDraft,
  loadDraft,
  saveDraft,
  toSubmission,
  validateDraft,
  type ReviewDraft,
} from '../lib/review-draft';
import { formStyles } from './form-styles';
import { formError, submitButton } from './form-parts';
import { baseStyles } from './shared-styles';
import './earful-star-input';
import './earful-submit-result';

type DraftField = keyof ReviewDraft;
/** The form's order, which the error summary follows; each message names its question on its own. */
const FORM_ORDER: DraftField[] = [
  'rating',
  'issueType',
  'contactMethod',
  'billingParty',
  'resolved',
  'device',
  'responseTime',
  'nextStepsExplained',
  'outcome',
  'title',
  'body',
  'displayName',
];

export interface ReviewSubmittedDetail {
  review: SubmittedReview;
}

@customElement('earful-review-form')
export class EarfulReviewForm extends LitElement {
  static override styles = [baseStyles, formStyles];

  /** Company slug to post to. */
  @property() slug = '';

  /** Company name, for the questions' wording. */
  @property() companyName = '';

  /** The company's taxonomy: the choices each question offers. */
  @property({ attribute: false }) taxonomy: Taxonomy | null = null;

  /** Origin of the Earful site for its own links ('' on the site itself; the widget sets it). */
  @property() siteOrigin = '';

  /** Address of the company page the hints' guide links point into ('' when this form is on it). */
  @property() guidePage = '';

  @state() private _draft: ReviewDraft = { ...EMPTY_DRAFT };
  @state() private _errors: FieldErrors = {};
  @state() private _checked = false;
  @state() private _sending = false;
  @state() private _formError = '';
  @state() private _result: (SubmittedReview & ManageLink) | null = null;

  // Routing hints are rules; the form matches them locally as the customer answers (no request per answer).
  private _hints = new Task(this, {
    args: () => [this.slug] as const,
    task: async ([slug], { signal }) => (slug ? (await api.getHints(slug, { signal })).hints : []),
  });

  override render() {
    if (this._result) {
      return html`<earful-submit-result
        .review=${this._result}
        .taxonomy=${this.taxonomy}
        .siteOrigin=${this.siteOrigin}
        @write-another=${this.reset}
      ></earful-submit-result>`;
    }
    const d = this._draft;
    const bodyLength = d.body.trim().length;
    return html`<form class="review-form" novalidate @submit=${this.onSubmit} @input=${this.onInput} @change=${this.onInput}>
      ${this.renderSummary()}
      <earful-star-input
        id="f-rating"
        .value=${d.rating}
        error=${this._errors.rating ?? ''}
        @rating-change=${this.onRating}
      ></earful-star-input>
      <div class="grid questions">
        ${this.renderSelect('issueType', 'What was the problem? (required)', true)}
        ${this.renderSelect('contactMethod', 'How did you contact them? (required)', true)}
        ${this.renderSelect('billingParty', `Who bills you for ${this.companyName || 'it'}? (required)`, true)}
        ${this.renderSelect('resolved', 'Was it resolved? (required)', true)}
      </div>
      ${
        asksForDevice(d.issueType)
          ? this.renderText('device', 'Which device were you using? (optional)', 'For example: Samsung smart TV, iPhone app')
          : nothing
      }
      ${asksAboutContact(d.contactMethod) ? this.renderContact() : nothing} ${this.renderHints()}
      ${this.renderText('title', 'Title (optional)', 'A short summary, such as “Charged twice, refunded in a day”')}
      <div class="field">
        <label for="f-body">Your review (required)</label>
        <textarea
          id="f-body"
          name="body"
          rows="7"
          .value=${d.body}
          aria-invalid=${this._errors.body ? 'true' : 'false'}
          aria-describedby="body-count ${this._errors.body ? 'body-error' : ''}"
        ></textarea>
        <p id="body-count" class="hint">
          ${bodyLength.toLocaleString('en')} of ${REVIEW_LIMITS.bodyMax.toLocaleString('en')}
          characters${bodyLength < REVIEW_LIMITS.bodyMin ? ` · at least ${REVIEW_LIMITS.bodyMin}` : ''}
        </p>
        ${this.renderError('body')}
      </div>
      ${this.renderText('displayName', 'Your name (optional)', 'Shown with your review. Leave it empty to post as “Anonymous”.')}
      <div class="advice">
        <p><strong>A useful review says</strong> what went wrong and when, how you contacted them, how long it took, and how it ended.</p>
        <p class="warning">
          <strong>Never post passwords, verification codes, or full card or phone numbers.</strong> “Card ending in 1881” is fine.
          Moderation removes personal information and soft-masks offensive words; see the
          <a href=${`${this.siteOrigin}/policy`} target="_top">commenting policy</a>.
        </p>
      </div>
      ${formError(this._formError)} ${submitButton(this._sending, 'Post review', 'Posting…')}
    </form>`;
  }

  /** The questions about the contact itself, which "Did not contact them" does not ask. */
  private renderContact() {
    const d = this._draft;
    return html`<div class="grid questions contact">
      ${this.renderSelect('responseTime', 'How long until they answered? (optional)', false)}
      <fieldset class="yes-no">
        <legend>Did they explain the next steps? (optional)</legend>
        ${(['yes', 'no'] as const).map(
          (v) =>
            html`<label class="inline"
              ><input type="radio" name="nextStepsExplained" .value=${v} .checked=${d.nextStepsExplained === v} />
              ${v === 'yes' ? 'Yes' : 'No'}</label
            >`,
        )}
      </fieldset>
      ${this.renderSelect('outcome', 'What did they do? (optional)', false)}
    </div>`;
  }

  private renderSummary() {
    const entries = FORM_ORDER.filter((f) => this._errors[f]).map((f) => [f, this._errors[f]] as const);
    const others = Object.entries(this._errors).filter(([f]) => !FORM_ORDER.includes(f as DraftField));
    if (!this._checked || entries.length + others.length === 0) return nothing;
    // Each message names its question ("Choose how you contacted them"), so it is shown as it is.
    return html`<div class="error-summary" tabindex="-1" role="alert" aria-labelledby="summary-title">
      <h3 id="summary-title">Please fix ${entries.length + others.length === 1 ? 'this' : 'these'} before posting</h3>
      <ul>
        ${entries.map(([f, message]) => html`<li><button type="button" class="link" @click=${() => this.focusField(f)}>${message}</button></li>`)}
        ${others.map(([, message]) => html`<li>${message}</li>`)}
      </ul>
    </div>`;
  }

  private renderHints() {
    const d = this._draft;
    const contacted = asksAboutContact(d.contactMethod);
    const answers = {
      issueType: d.issueType,
      contactMethod: d.contactMethod,
      billingParty: d.billingParty,
      responseTime: contacted ? d.responseTime : '',
      outcome: contacted ? d.outcome : '',
      resolved: d.resolved,
    };
    const given = Object.fromEntries(Object.entries(answers).filter(([, v]) => v));
    const hints = matchHints(this._hints.value ?? [], given);
    return html`<div class="hints" aria-live="polite">
      ${hints.map(
        (h) =>
          html`<p class="hint-box">
            <strong>Tip:</strong> ${h.text}
            ${/^[a-z0-9-]+$/.test(h.section) ? html`<a href=${`${this.guidePage}#${h.section}`} target=${this.guidePage ? '_top' : '_self'}>${h.sectionTitle}</a>` : nothing}
          </p>`,
      )}
    </div>`;
  }

  private renderSelect(field: TaxonomyField & DraftField, label: string, required: boolean) {
    const choices = this.taxonomy?.[field] ?? [];
    return html`<div class="field">
      <label for=${`f-${field}`}>${label}</label>
      <div class="answer">
        <select
          id=${`f-${field}`}
          name=${field}
          ?required=${required}
          aria-invalid=${this._errors[field] ? 'true' : 'false'}
          aria-describedby=${this._errors[field] ? `${field}-error` : nothing}
        >
          <option value="" ?selected=${!this._draft[field]}>${required ? 'Choose one' : 'Not answered'}</option>
          ${choices.map((c) => html`<option value=${c.value} ?selected=${this._draft[field] === c.value}>${c.label}</option>`)}
        </select>
        ${this.renderError(field)}
      </div>
    </div>`;
  }

  private renderText(field: 'title' | 'displayName' | 'device', label: string, hint: string) {
    return html`<div class="field">
      <label for=${`f-${field}`}>${label}</label>
      <input
        id=${`f-${field}`}
        name=${field}
        type="text"
        autocomplete=${field === 'displayName' ? 'nickname' : 'off'}
        .value=${this._draft[field]}
        aria-invalid=${this._errors[field] ? 'true' : 'false'}
        aria-describedby="${field}-hint ${this._errors[field] ? `${field}-error` : ''}"
      />
      <p class="hint" id=${`${field}-hint`}>${hint}</p>
      ${this.renderError(field)}
    </div>`;
  }

  private renderError(field: DraftField) {
    const message = this._errors[field];
    return message ? html`<p class="field-error" id=${`${field}-error`}>${message}</p>` : nothing;
  }

  private onInput(e: Event) {
    const target = e.target as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
    const name = target.name as DraftField;
    if (!name || name === 'rating' || !(name in this._draft)) return;
    if (target instanceof HTMLInputElement && target.type === 'radio' && !target.checked) return;
    this.patchDraft({ [name]: target.value } as Partial<ReviewDraft>);
  }

  private onRating(e: CustomEvent<{ value: number }>) {
    e.stopPropagation();
    this.patchDraft({ rating: e.detail.value });
  }

  override willUpdate(changed: Map<string, unknown>) {
    // The company's unsent draft comes back with the form, after a reload too.
    if (changed.has('slug') && this.slug) this._draft = loadDraft(this.slug) ?? { ...EMPTY_DRAFT };
  }

  private patchDraft(patch: Partial<ReviewDraft>) {
    this._draft = { ...this._draft, ...patch };
    if (this.slug) saveDraft(this.slug, this._draft);
    // Once the reader has tried to post, errors follow the answers as they are fixed.
    if (this._checked) this._errors = validateDraft(this._draft);
  }

  private async onSubmit(e: SubmitEvent) {
    e.preventDefault();
    if (this._sending) return;
    this._checked = true;
    this._formError = '';
    this._errors = validateDraft(this._draft);
    if (Object.keys(this._errors).length > 0) return this.focusSummary();
    this._sending = true;
    try {
      const { review } = await api.submitReview(this.slug, toSubmission(this._draft));
      clearDraft(this.slug);
      this._result = review;
      this.dispatchEvent(new CustomEvent<ReviewSubmittedDetail>('review-submitted', { detail: { review }, bubbles: true, composed: true }));
    } catch (error) {
      if (error instanceof ApiError && Object.keys(error.fields).length > 0) {
        this._errors = error.fields;
        return this.focusSummary();
      }
      this._formError = messageFor(error);
    } finally {
      this._sending = false;
    }
  }

  private async focusSummary() {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus();
  }

  private focusField(field: DraftField) {
    const el = this.renderRoot.querySelector<HTMLElement>(`#f-${field}`);
    el?.focus();
  }

  private reset() {
    clearDraft(this.slug);
    this._draft = { ...EMPTY_DRAFT };
    this._errors = {};
    this._checked = false;
    this._result = null;
  }
}

function messageFor(error: unknown): string {
  if (!(error instanceof ApiError)) return 'Something went wrong. Please try again.';
  if (error.code === 'rate_limited') {
    const minutes = error.retryAfter ? Math.ceil(error.retryAfter / 60) : null;
    return `You have sent several reviews from this connection in the last hour. Please try again${minutes ? ` in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}` : ' later'}.`;
  }
  return error.message;
}

declare global {
  interface HTMLElementTagNameMap {
    'earful-review-form': EarfulReviewForm;
  }
}
