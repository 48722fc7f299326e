// One review in a representative's console with the company's public reply: the reply as readers see it with
// Edit and Delete, or the form to write it (a counter to the limit, "we offered a resolution"), and the
// server's answer to the last save: published, or held for a moderator and why, and what moderation changed.
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Taxonomy } from '../../server/contract/taxonomy';
import type { RepresentativeReview, ReplyResponse, ReviewReply } from '../../server/contract/reply';
import { REPLY_LIMITS } from '../../server/contract/reply-limits';
import { ApiError } from '../api/api-client';
import { isSignedOut, moderatorApi } from '../api/moderator-api';
import { reviewPath } from '../lib/format';
import { replyChanges, replyDates } from '../lib/reply-text';
import { moderatedText } from '../lib/moderated-text';
import { formStyles } from './form-styles';
import { fieldError } from './form-parts';
import { baseStyles } from './shared-styles';
import './earful-review-card';

type Mode = 'view' | 'edit' | 'confirm-delete';

/** The company's reply as its representative sees it: published (as readers see it) or held for a moderator. */
type OwnReply = { held: false; reply: ReviewReply } | { held: true; body: string; offersResolution: boolean; reasons: string[] };

function ownReply(r: RepresentativeReview): OwnReply | null {
  if (r.reply) return { held: false, reply: r.reply };
  if (r.replyStatus === 'held' && r.heldReply) return { held: true, ...r.heldReply };
  return null;
}

@customElement('earful-reply-editor')
export class EarfulReplyEditor extends LitElement {
  static override styles = [
    baseStyles,
    formStyles,
    css`
      .reply {
        margin: 0.75rem 0 0 1.5rem;
        padding: 0.75rem 1rem;
        border-left: 4px solid var(--earful-accent, #3f2a8c);
        background: var(--earful-surface, #fff);
        display: grid;
        gap: 0.5rem;
      }
      .reply h4 {
        margin: 0;
      }
      .reply p {
        margin: 0;
      }
      .reply .body {
        white-space: pre-line;
        overflow-wrap: anywhere;
      }
      form {
        gap: 0.75rem;
      }
      textarea {
        min-height: 6rem;
      }
      .over {
        color: var(--earful-danger, #a4161a);
        font-weight: 600;
      }
      .answer {
        border: 2px solid var(--earful-accent, #3f2a8c);
        border-radius: 0.375rem;
        padding: 0.5rem 0.75rem;
      }
      .answer.held {
        border-color: var(--earful-danger, #a4161a);
      }
    `,
  ];

  /** The published review, with its reply: published (`reply`) or held (`heldReply`). */
  @property({ attribute: false }) review: RepresentativeReview | null = null;

  /** The company's taxonomy, to show the review's answers by their labels. */
  @property({ attribute: false }) taxonomy: Taxonomy | null = null;

  @state() private _mode: Mode = 'view';
  @state() private _draft = '';
  @state() private _offers = false;
  @state() private _busy = false;
  @state() private _error = '';
  @state() private _fieldError = '';
  /** The server's answer to the last save, shown until the next one. */
  @state() private _answer: ReplyResponse | null = null;
  @state() private _deleted = false;

  override render() {
    const r = this.review;
    if (!r) return nothing;
    const reply = ownReply(r);
    const id = `review-${r.id}`;
    return html`<section aria-labelledby=${id}>
      <h3 id=${id} class="visually-hidden">Review ${r.id}</h3>
      <!-- The reply shows below, with its controls, rather than inside the card. -->
      <earful-review-card
        .review=${{ ...r, reply: null }}
        .taxonomy=${this.taxonomy}
        .pageHref=${reviewPath(r.company, r.id)}
      ></earful-review-card>
      <div class="reply">
        ${reply && this._mode !== 'edit' ? this.renderReply(reply) : this.renderForm(reply)} ${this.renderAnswer()}
        ${this._deleted && !reply ? html`<p role="status">Your reply is deleted.</p>` : nothing}
        ${this._error ? html`<p class="form-error" role="alert">${this._error}</p>` : nothing}
      </div>
    </section>`;
  }

  private renderReply(own: OwnReply) {
    return html`${
      own.held
        ? html`<h4>Your reply waits for a moderator</h4>
            <p>Readers do not see it yet${own.reasons.length > 0 && !this._answer ? html`; held for: ${own.reasons.join('; ')}` : ''}.</p>
            ${own.body ? html`<p class="body">${moderatedText(own.body, true)}</p>` : nothing}`
        : html`<h4>Your public reply</h4>
            <p class="body">${moderatedText(own.reply.body, true)}</p>
            <p class="muted">${replyDates(own.reply)}${resolutionText(own.reply)}</p>`
    }
    ${
      this._mode === 'confirm-delete'
        ? html`<p><strong>Delete this reply for good?</strong> Readers no longer see it.</p>
            <div class="button-row">
              <button class="primary" @click=${this.deleteReply}>Yes, delete the reply</button>
              <button @click=${() => this.setMode('view')}>Keep it</button>
            </div>`
        : html`<div class="button-row">
            <button @click=${() => this.startEdit(own)}>
              Edit<span class="visually-hidden"> the reply to review ${this.review!.id}</span>
            </button>
            <button @click=${() => this.setMode('confirm-delete')}>
              Delete…<span class="visually-hidden"> the reply to review ${this.review!.id}</span>
            </button>
          </div>`
    }`;
  }

  private renderForm(reply: OwnReply | null) {
    const id = this.review!.id;
    const length = this._draft.trim().length;
    const over = length > REPLY_LIMITS.bodyMax;
    return html`<form novalidate @submit=${this.save} aria-label=${`Reply to review ${id}`}>
      <div class="field">
        <label for="reply-body">${reply ? 'Edit your public reply' : 'Your public reply'}</label>
        <p class="hint" id="reply-hint">Readers see it under the review. It is moderated like a review: personal details are removed.</p>
        <textarea
          id="reply-body"
          name="body"
          rows="4"
          .value=${this._draft}
          @input=${(e: Event) => (this._draft = (e.target as HTMLTextAreaElement).value)}
          aria-invalid=${this._fieldError ? 'true' : 'false'}
          aria-describedby=${`reply-hint reply-count${this._fieldError ? ' reply-body-error' : ''}`}
        ></textarea>
        <p id="reply-count" class=${over ? 'hint over' : 'hint'}>
          ${length.toLocaleString('en')} of ${REPLY_LIMITS.bodyMax.toLocaleString('en')} characters
        </p>
        ${fieldError('reply-body', this._fieldError)}
      </div>
      <label class="inline"
        ><input
          type="checkbox"
          name="offersResolution"
          .checked=${this._offers}
          @change=${(e: Event) => (this._offers = (e.target as HTMLInputElement).checked)}
        />
        We offered a resolution</label
      >
      <div class="button-row">
        <button class="primary" type="submit" aria-disabled=${this._busy ? 'true' : 'false'}>${this._busy ? 'Saving…' : 'Save'}</button>
        ${reply ? html`<button type="button" @click=${() => this.setMode('view')}>Cancel</button>` : nothing}
      </div>
    </form>`;
  }

  /** The last save's answer: published or held (and why), and what moderation changed in it. */
  private renderAnswer() {
    const a = this._answer;
    if (!a) return nothing;
    const changes = replyChanges(a.moderation);
    const held = a.status === 'held';
    return html`<div class=${held ? 'answer held' : 'answer'} role="status">
      <p>
        <strong>${held ? 'Your reply is held for a moderator' : 'Your reply is published'}</strong>${
          held && a.moderation.reasons.length > 0 ? html`: ${a.moderation.reasons.join('; ')}` : ''
        }.
      </p>
      ${held ? html`<p>Readers see it once a moderator approves it.</p>` : nothing}
      ${changes.length > 0 ? html`<p>Moderation changed it: ${changes.join(', ')}.</p>` : nothing}
    </div>`;
  }

  private async setMode(mode: Mode) {
    this._mode = mode;
    this._error = '';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(mode === 'edit' ? 'textarea' : '.reply .button-row button')?.focus();
  }

  private startEdit(own: OwnReply) {
    this._draft = own.held ? own.body || this._draft : own.reply.body;
    this._offers = own.held ? own.offersResolution : own.reply.offersResolution;
    this._fieldError = '';
    void this.setMode('edit');
  }

  private async save(e: SubmitEvent) {
    e.preventDefault();
    if (this._busy || !this.review) return;
    const body = this._draft.trim();
    const L = REPLY_LIMITS;
    this._fieldError =
      body.length < L.bodyMin
        ? `Write a reply of at least ${L.bodyMin} characters`
        : body.length > L.bodyMax
          ? `A reply can be at most ${L.bodyMax.toLocaleString('en')} characters`
          : '';
    if (this._fieldError) {
      this.renderRoot.querySelector('textarea')?.focus();
      return;
    }
    await this.send(async () => {
      const answer = await moderatorApi.putReply(this.review!.id, { body, offersResolution: this._offers });
      this._answer = answer;
      this._deleted = false;
      this._mode = 'view';
      // The held text as moderated is not in the answer: the list shows it after a reload, Edit starts from the draft.
      const held = answer.status === 'held' ? { body: '', offersResolution: this._offers, reasons: answer.moderation.reasons } : null;
      this.changed({ reply: answer.reply, replyStatus: answer.status, heldReply: held });
    });
  }

  private async deleteReply() {
    await this.send(async () => {
      await moderatorApi.deleteReply(this.review!.id);
      this._answer = null;
      this._deleted = true;
      this._draft = '';
      this._offers = false;
      this._mode = 'view';
      this.changed({ reply: null, replyStatus: null, heldReply: null });
    });
  }

  private async send(call: () => Promise<void>) {
    this._busy = true;
    this._error = '';
    try {
      await call();
    } catch (error) {
      if (isSignedOut(error))
        this._error = 'Your session has ended. Sign in again (at the top of the page), then save again; your text is kept.';
      else if (error instanceof ApiError && error.fields.body) this._fieldError = error.fields.body;
      else this._error = error instanceof ApiError ? error.message : 'The reply could not be saved. Please try again.';
    } finally {
      this._busy = false;
    }
  }

  /** The review with its new reply, up to the list so it can count the unanswered reviews. */
  private changed(state: ReplyState) {
    this.review = { ...this.review!, ...state };
    this.dispatchEvent(
      new CustomEvent<ReplyChange>('reply-changed', { detail: { id: this.review.id, ...state }, bubbles: true, composed: true }),
    );
  }
}

type ReplyState = Pick<RepresentativeReview, 'reply' | 'replyStatus' | 'heldReply'>;
export type ReplyChange = ReplyState & { id: number };

function resolutionText(reply: ReviewReply) {
  if (reply.resolution)
    return ` · offers a resolution; the reviewer answered: ${reply.resolution.answer === 'resolved' ? 'resolved' : 'not resolved'}`;
  return reply.offersResolution ? ' · offers a resolution; the reviewer has not answered yet' : '';
}

declare global {
  interface HTMLElementTagNameMap {
    'earful-reply-editor': EarfulReplyEditor;
  }
}
