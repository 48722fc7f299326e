// The moderator console at /moderate: sign in, then the queue; admins also get the audit log, the accounts, the
// guides and the companies; everyone can change their own password.
import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import type { SessionResponse } from '../../server/contract/auth';
import { ApiError, setCsrfToken } from '../api/client';
import { moderatorApi } from '../api/moderator-api';
import { baseStyles } from './shared-styles';
import './earful-sign-in';
import './earful-moderation-queue';
import './earful-audit-log';
import './earful-moderator-admin';
import './earful-password-change';
import './earful-guide-editor';
import './earful-company-admin';

type Section = 'queue' | 'audit' | 'moderators' | 'guides' | 'companies' | 'account';
const SECTION_LABELS: Record<Section, string> = {
  queue: 'Queue',
  audit: 'Audit log',
  moderators: 'Moderators',
  guides: 'Guides',
  companies: 'Companies',
  account: 'Your account',
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
    `,
  ];

  @state() private _session: SessionResponse | null = null;
  @state() private _section: Section = 'queue';
  @state() private _notice = '';

  private _me = new Task(this, {
    args: () => [] as const,
    task: async (_a, { signal }) => {
      try {
        this.signedIn(await moderatorApi.me({ signal }));
      } catch (error) {
        if (!(error instanceof ApiError && error.status === 401)) throw error;
      }
      return true;
    },
  });

  override render() {
    if (this._me.status === TaskStatus.PENDING || this._me.status === TaskStatus.INITIAL)
      return html`<p role="status">Checking your session…</p>`;
    if (this._me.status === TaskStatus.ERROR) return html`<p role="alert">The console could not reach the server. Please reload.</p>`;
    const session = this._session;
    if (!session) {
      return html`${this._notice ? html`<p class="notice" role="status">${this._notice}</p>` : nothing}
        <earful-sign-in @signed-in=${(e: CustomEvent<SessionResponse>) => this.signedIn(e.detail)}></earful-sign-in>`;
    }
    const admin = session.moderator.role === 'admin';
    const sections: Section[] = admin ? ['queue', 'audit', 'moderators', 'guides', 'companies', 'account'] : ['queue', 'account'];
    return html`<div class="bar">
        <p class="who">Signed in as <strong>${session.moderator.email}</strong> (${session.moderator.role})</p>
        <div class="buttons">
          <button @click=${() => this.signOut(false)}>Sign out</button>
          <button @click=${() => this.signOut(true)}>Sign out of all devices</button>
        </div>
      </div>
      ${this._notice ? html`<p class="notice" role="status">${this._notice}</p>` : nothing}
      ${
        sections.length > 1
          ? html`<nav aria-label="Console sections">
              <ul>
                ${sections.map(
                  (s) =>
                    html`<li>
                      <button aria-current=${this._section === s ? 'page' : 'false'} @click=${() => (this._section = s)}>
                        ${SECTION_LABELS[s]}
                      </button>
                    </li>`,
                )}
              </ul>
            </nav>`
          : nothing
      }
      ${this.renderSection(sections.includes(this._section) ? this._section : 'queue', session)}`;
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
      case 'queue':
        return html`<h2>Review queue</h2>
          <earful-moderation-queue></earful-moderation-queue>`;
    }
  }

  private signedIn(session: SessionResponse) {
    setCsrfToken(session.csrfToken);
    this._session = session;
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
    this._section = 'queue';
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'earful-moderator-console': EarfulModeratorConsole;
  }
}
