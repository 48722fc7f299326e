// The moderator console at /moderate: sign in, then the queue and the held replies; admins also get the audit
// log, the accounts, the guides and the companies; a company representative gets only their companies' reviews to
// answer; everyone can change their own password. The section is in the address (?section=audit), so a reload
// stays on it and Back goes to the one before. A session that ends elsewhere (sign out of all devices, idle
// timeout) is noticed on the next call or when the tab comes back to the front; sign-in then opens over the work
// in a dialog, which stays as it was.
import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import type { ModeratorRole, SessionResponse } from '../../server/contract/auth';
import { ApiError, setCsrfToken } from '../api/api-client';
import { moderatorApi, sessionEvents } from '../api/moderator-api';
import { baseStyles } from './shared-styles';
import './earful-sign-in';
import './earful-moderation-queue';
import './earful-audit-log';
import './earful-moderator-admin';
import './earful-password-change';
import './earful-guide-editor';
import './earful-company-admin';
import './earful-held-replies';
import './earful-representative-console';

type Section = 'queue' | 'held-replies' | 'replies' | 'audit' | 'moderators' | 'guides' | 'companies' | 'account';
const SECTION_LABELS: Record<Section, string> = {
  queue: 'Queue',
  'held-replies': 'Held replies',
  replies: 'Reviews to answer',
  audit: 'Audit log',
  moderators: 'Moderators',
  guides: 'Guides',
  companies: 'Companies',
  account: 'Your account',
};
const isSection = (s: string | null): s is Section => s !== null && s in SECTION_LABELS;
/** The section the address names; null for none, which is each role's first. */
const sectionInAddress = (): Section | null => {
  const s = new URLSearchParams(location.search).get('section');
  return isSection(s) ? s : null;
};

/** What each role may open, its first section first: representatives get no part of the desk. */
const SECTIONS_BY_ROLE: Record<ModeratorRole, Section[]> = {
  representative: ['replies', 'account'],
  moderator: ['queue', 'held-replies', 'account'],
  admin: ['queue', 'held-replies', 'audit', 'moderators', 'guides', 'companies', 'account'],
};

@customElement('earful-moderator-console')
export class EarfulModeratorConsole extends LitElement {
  static override styles = [
    baseStyles,
    css`
      .bar {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        justify-content: space-between;
        gap: 0.75rem;
        margin-bottom: 1rem;
      }
      .who {
        margin: 0;
      }
      .bar .buttons,
      nav ul {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        list-style: none;
        margin: 0;
        padding: 0;
      }
      nav {
        margin-bottom: 1.25rem;
      }
      nav button[aria-current='page'] {
        background: var(--earful-accent, #3f2a8c);
        color: #fff;
      }
      .notice {
        margin: 0 0 1rem;
      }
      .expired {
        font-weight: 600;
        color: var(--earful-danger, #a4161a);
      }
      dialog {
        border: 1px solid var(--earful-border, #c9cad3);
        border-radius: 0.5rem;
        padding: 1.25rem;
        max-width: min(30rem, calc(100vw - 2rem));
        width: 100%;
        background: var(--earful-surface, #fff);
        color: inherit;
      }
      dialog::backdrop {
        background: rgb(0 0 0 / 0.45);
      }
      dialog p {
        margin-top: 0;
      }
    `,
  ];

  @state() private _session: SessionResponse | null = null;
  /** The session ended elsewhere while the console was open: its work stays, sign-in opens over it. */
  @state() private _expired = false;
  @state() private _section: Section | null = sectionInAddress();
  @state() private _notice = '';

  private _check = new Task(this, {
    args: () => [] as const,
    task: async (_a, { signal }) => {
      const state = await moderatorApi.session({ signal });
      if (state.signedIn) this.signedIn(state);
      return true;
    },
  });

  override connectedCallback() {
    super.connectedCallback();
    window.addEventListener('popstate', this.onPopState);
    window.addEventListener('focus', this.recheck);
    document.addEventListener('visibilitychange', this.recheck);
    sessionEvents.addEventListener('expired', this.onExpired);
  }

  override disconnectedCallback() {
    window.removeEventListener('popstate', this.onPopState);
    window.removeEventListener('focus', this.recheck);
    document.removeEventListener('visibilitychange', this.recheck);
    sessionEvents.removeEventListener('expired', this.onExpired);
    super.disconnectedCallback();
  }

  override render() {
    if (this._check.status === TaskStatus.PENDING || this._check.status === TaskStatus.INITIAL)
      return html`<p role="status">Checking your session…</p>`;
    if (this._check.status === TaskStatus.ERROR) return html`<p role="alert">The console could not reach the server. Please reload.</p>`;
    const session = this._session;
    if (!session) {
      return html`${this._notice ? html`<p class="notice" role="status">${this._notice}</p>` : nothing}
        <earful-sign-in @signed-in=${(e: CustomEvent<SessionResponse>) => this.signedIn(e.detail)}></earful-sign-in>`;
    }
    const sections = SECTIONS_BY_ROLE[session.moderator.role] ?? SECTIONS_BY_ROLE.moderator;
    const current = this._section && sections.includes(this._section) ? this._section : sections[0]!;
    return html`<div class="bar">
        ${
          this._expired
            ? html`<p class="who expired" role="alert">Your session has ended. Sign in again to go on; your work here is kept.</p>
                <div class="buttons"><button @click=${this.openSignIn}>Sign in again</button></div>`
            : html`<p class="who">Signed in as <strong>${session.moderator.email}</strong> (${session.moderator.role})</p>
                <div class="buttons">
                  <button @click=${() => this.signOut(false)}>Sign out</button>
                  <button @click=${() => this.signOut(true)}>Sign out of all devices</button>
                </div>`
        }
      </div>
      ${this._notice ? html`<p class="notice" role="status">${this._notice}</p>` : nothing}
      ${
        sections.length > 1
          ? html`<nav aria-label="Console sections">
              <ul>
                ${sections.map(
                  (s) =>
                    html`<li>
                      <button aria-current=${current === s ? 'page' : 'false'} @click=${() => this.go(s, sections[0]!)}>
                        ${SECTION_LABELS[s]}
                      </button>
                    </li>`,
                )}
              </ul>
            </nav>`
          : nothing
      }
      ${this.renderSection(current, session)}
      <dialog aria-labelledby="expired-title" @close=${this.onDialogClose}>
        ${
          this._expired
            ? html`<h2 id="expired-title" class="visually-hidden">Your session has ended</h2>
                <p>
                  Your session has ended (signed out on another device, or idle too long). Sign in to go on: what you were doing is kept.
                </p>
                <earful-sign-in @signed-in=${this.onSignedInAgain}></earful-sign-in>
                <p><button @click=${() => this.dialog?.close()}>Not now</button></p>`
            : nothing
        }
      </dialog>`;
  }

  private renderSection(section: Section, session: SessionResponse) {
    switch (section) {
      case 'audit':
        return html`<earful-audit-log></earful-audit-log>`;
      case 'moderators':
        return html`<earful-moderator-admin .self=${session.moderator.email}></earful-moderator-admin>`;
      case 'guides':
        return html`<earful-guide-editor></earful-guide-editor>`;
      case 'companies':
        return html`<earful-company-admin></earful-company-admin>`;
      case 'account':
        return html`<earful-password-change></earful-password-change>`;
      case 'held-replies':
        return html`<earful-held-replies></earful-held-replies>`;
      case 'replies':
        return html`<earful-representative-console .companies=${session.moderator.companies ?? []}></earful-representative-console>`;
      case 'queue':
        return html`<h2>Review queue</h2>
          <earful-moderation-queue></earful-moderation-queue>`;
    }
  }

  private get dialog() {
    return this.renderRoot.querySelector('dialog');
  }

  /** A new history entry per section, so Back returns to the one before; the role's first has a bare address. */
  private go(section: Section, first: Section) {
    if (section === (this._section ?? first)) return;
    this._section = section;
    const url = new URL(location.href);
    if (section === first) url.searchParams.delete('section');
    else url.searchParams.set('section', section);
    history.pushState(null, '', url);
  }

  private onPopState = () => {
    this._section = sectionInAddress();
  };

  /** A tab coming back to the front asks whether its session still stands (200 either way, no console error). */
  private recheck = async () => {
    if (document.visibilityState !== 'visible' || !this._session || this._expired) return;
    const asked = this._session;
    try {
      // An answer about a session signed in again meanwhile says nothing about the new one.
      if (!(await moderatorApi.session()).signedIn && this._session === asked) this.onExpired();
    } catch {
      // Offline for a moment: the next call will tell.
    }
  };

  /** Also when already known: a decision sent after "Not now" waits for this sign-in again. */
  private onExpired = () => {
    if (!this._session) return;
    setCsrfToken(null);
    this._expired = true;
    void this.updateComplete.then(() => this.openSignIn());
  };

  private openSignIn() {
    if (!this.dialog?.open) this.dialog?.showModal();
  }

  private onSignedInAgain(e: CustomEvent<SessionResponse>) {
    e.stopPropagation();
    this.signedIn(e.detail);
    this.dialog?.close();
  }

  private onDialogClose() {
    sessionEvents.dispatchEvent(new Event(this._expired ? 'dismissed' : 'restored'));
  }

  private signedIn(session: SessionResponse) {
    setCsrfToken(session.csrfToken);
    this._session = session;
    this._expired = false;
    this._notice = '';
  }

  private async signOut(everywhere: boolean) {
    try {
      await (everywhere ? moderatorApi.logoutAll() : moderatorApi.logout());
      this._notice = everywhere ? 'You are signed out on every device.' : 'You are signed out.';
    } catch (error) {
      // An expired session is signed out already; anything else is worth saying.
      if (!(error instanceof ApiError && error.status === 401)) {
        this._notice = 'Signing out failed. Please try again.';
        return;
      }
    }
    setCsrfToken(null);
    this._session = null;
    this._expired = false;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'earful-moderator-console': EarfulModeratorConsole;
  }
}
