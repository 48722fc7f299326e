// The review form of a company being added: a template per kind of company (suggested from the category until the
// admin picks one), and each question's answers one per line, to edit. The parent reads `choices` when it sends.
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { CompanyTemplateId, CompanyTemplates, NewCompany, ReviewFormField } from '../../server/contract/companies';
import { REVIEW_FORM_FIELDS } from '../../server/contract/company-limits';
import type { TaxonomyValue } from '../../server/contract/taxonomy';
import { slugFromName } from '../lib/company-slug';
import { fieldError } from './form-parts';
import { formStyles } from './form-styles';
import { baseStyles } from './shared-styles';

type Template = CompanyTemplates['templates'][number];

const QUESTION_LABELS: Record<ReviewFormField, string> = {
  issueType: 'Problems a customer can choose',
  contactMethod: 'Ways they contacted the company',
  billingParty: 'Who billed them',
  outcome: 'Outcomes',
};

const GUESSES: [CompanyTemplateId, RegExp][] = [
  ['mobile-broadband', /mobile|phone|broadband|internet|telecom|network|fibre|fiber|cable/i],
  ['banking', /bank|financ|credit|card|insur|loan|mortgage/i],
  ['utilities', /energy|utilit|water|gas|electric|power/i],
  ['airlines', /air|flight|travel/i],
  ['retail', /retail|shop|store|fashion|commerce|grocer|market/i],
  ['streaming', /stream|video|music|tv|film|media/i],
];
const guessTemplate = (category: string): CompanyTemplateId | null => GUESSES.find(([, re]) => re.test(category))?.[0] ?? null;

const linesOf = (choices: TaxonomyValue[]) => choices.map((c) => c.label).join('\n');

@customElement('earful-review-form-editor')
export class EarfulReviewFormEditor extends LitElement {
  static override styles = [
    baseStyles,
    formStyles,
    css`
      textarea {
        min-height: 9rem;
      }
      .questions {
        display: grid;
        gap: 0.75rem;
        grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
      }
    `,
  ];

  /** The templates from GET /api/moderation/company-templates. */
  @property({ attribute: false }) templates: Template[] = [];
  /** The category typed so far: it suggests the template until the admin picks one. */
  @property() category = '';
  /** The server's messages, keyed as it gives them ("template", "form.issueType", "form.outcome.2.label"). */
  @property({ attribute: false }) errors: Record<string, string> = {};

  @state() private _picked: CompanyTemplateId | null = null;
  /** The answers as edited, one per line, for the questions the admin changed. */
  @state() private _lines: Partial<Record<ReviewFormField, string>> = {};

  /** The template in use: picked, else suggested by the category, else streaming. */
  get template(): CompanyTemplateId {
    return this._picked ?? guessTemplate(this.category) ?? 'streaming';
  }

  /** What to send: the template, and each changed question's answers (values kept for labels the template has). */
  get choices(): Pick<NewCompany, 'template' | 'form'> {
    const base = this.templates.find((t) => t.id === this.template);
    const form: NonNullable<NewCompany['form']> = {};
    for (const field of REVIEW_FORM_FIELDS) {
      const text = this._lines[field];
      if (text === undefined || !base || text === linesOf(base.form[field])) continue;
      form[field] = text
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean)
        .map((label) => ({ value: base.form[field].find((c) => c.label === label)?.value ?? slugFromName(label).slice(0, 40), label }));
    }
    return Object.keys(form).length > 0 ? { template: this.template, form } : { template: this.template };
  }

  reset() {
    this._picked = null;
    this._lines = {};
  }

  override render() {
    const template = this.templates.find((t) => t.id === this.template);
    return html`<fieldset>
      <legend>Review form</legend>
      <div class="field">
        <label for="template">Kind of company</label>
        <select id="template" aria-describedby="template-hint" @change=${this.onTemplate}>
          ${this.templates.map((t) => html`<option value=${t.id} ?selected=${t.id === this.template}>${t.label}</option>`)}
        </select>
        <p class="hint" id="template-hint">
          The questions reviewers answer start from this template${this._picked ? '' : ', suggested by the category'}. Edit the answers
          below, one per line; response times and "was it resolved?" are the same for every company.
        </p>
        ${fieldError('template', this.errors.template)}
      </div>
      <div class="questions">
        ${REVIEW_FORM_FIELDS.map((field) => {
          const id = `form-${field}`;
          const error = Object.entries(this.errors).find(([k]) => k === `form.${field}` || k.startsWith(`form.${field}.`))?.[1];
          return html`<div class="field">
            <label for=${id}>${QUESTION_LABELS[field]}</label>
            <textarea
              id=${id}
              rows="8"
              .value=${live(this._lines[field] ?? (template ? linesOf(template.form[field]) : ''))}
              aria-invalid=${error ? 'true' : 'false'}
              aria-describedby=${error ? `${id}-error` : nothing}
              @input=${(e: Event) => (this._lines = { ...this._lines, [field]: (e.target as HTMLTextAreaElement).value })}
            ></textarea>
            ${fieldError(id, error)}
          </div>`;
        })}
      </div>
    </fieldset>`;
  }

  private onTemplate(e: Event) {
    this._picked = (e.target as HTMLSelectElement).value as CompanyTemplateId;
    // A new template brings its own answers; edits made to the last one would not fit it.
    this._lines = {};
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'earful-review-form-editor': EarfulReviewFormEditor;
  }
}
