// The help half of the company page: the company's guide sections (how to reach them, what to have ready,
// common problems, escalation, scams, questions). Rendered in the page's own DOM so each section's anchor is
// a real fragment: links from the patterns and the form's hints land on it and open it.
import { LitElement, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { CompanyGuide, GuideBlock, GuideInline } from '../../server/contract/guide';
import { safeHref } from '../../server/contract/guide-text';
import { formatDate } from '../lib/format';

@customElement('earful-guide')
export class EarfulGuide extends LitElement {
  /** The company's guide from the API. */
  @property({ attribute: false }) guide: CompanyGuide | null = null;

  protected override createRenderRoot() {
    return this;
  }

  override connectedCallback() {
    super.connectedCallback();
    window.addEventListener('hashchange', this.openTarget);
  }

  override disconnectedCallback() {
    window.removeEventListener('hashchange', this.openTarget);
    super.disconnectedCallback();
  }

  protected override firstUpdated() {
    this.openTarget();
  }

  override render() {
    const g = this.guide;
    if (!g) return nothing;
    return html`<section class="card guide" aria-labelledby="guide-title">
      <h2 id="guide-title">How to get help from ${g.company.name}</h2>
      ${
        g.empty
          ? html`<p>${g.message ?? 'There is no guide for this company yet.'}</p>`
          : html`<p class="muted">
                Written by the people who run this site from the company's official help pages. Open a section to read it.
              </p>
              ${g.sections.map(
                (s) =>
                  html`<details id=${s.anchor} class="guide-section">
                    <summary>${s.title}</summary>
                    <div class="guide-body">
                      ${s.blocks.map(renderBlock)}
                      <p class="muted small">Checked <time datetime=${s.reviewedAt}>${formatDate(s.reviewedAt)}</time></p>
                    </div>
                  </details>`,
              )}`
      }
    </section>`;
  }

  /** A link to #section opens the section it points at, and brings it into view. */
  private openTarget = () => {
    const id = decodeURIComponent(location.hash.slice(1));
    if (!id) return;
    const target = this.querySelector<HTMLDetailsElement>(`details[id="${CSS.escape(id)}"]`);
    if (!target) return;
    target.open = true;
    target.scrollIntoView({ block: 'start' });
    target.querySelector('summary')?.focus();
  };
}

function renderInline(part: GuideInline) {
  if (part.type === 'text') return part.text;
  // The server vets every href; checking again costs nothing and keeps a non-https target out of href.
  const href = safeHref(part.href);
  return href ? html`<a href=${href} rel="noopener noreferrer">${part.text}</a>` : part.text;
}

function renderBlock(block: GuideBlock) {
  if (block.type === 'paragraph') return html`<p>${block.content.map(renderInline)}</p>`;
  const items = block.items.map((item) => html`<li>${item.map(renderInline)}</li>`);
  return block.ordered
    ? html`<ol>
        ${items}
      </ol>`
    : html`<ul>
        ${items}
      </ul>`;
}

declare global {
  interface HTMLElementTagNameMap {
    'earful-guide': EarfulGuide;
  }
}
