// Filling the built page shells: markers Vite leaves in the HTML are replaced with escaped text and data.
import { escapeJsonForScript } from '../domain/seo/json-ld';

/** Text for element content and double-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** A JSON data block; the browser never runs it, and no value inside can close the element. */
export const jsonBlock = (type: string, value: object, id?: string) =>
  `<script type="${type}"${id ? ` id="${escapeHtml(id)}"` : ''}>${escapeJsonForScript(JSON.stringify(value))}</script>`;

/** JSON serialised already (a cached answer): spliced into a block as it is, not serialised again. */
export class SerialisedJson {
  constructor(readonly json: string) {}
}

/** API answers the page script takes instead of fetching (web/api/preload.ts reads the same id). */
export function preloadBlock(answers: Record<string, unknown>): string {
  const json = Object.entries(answers)
    .map(([key, value]) => `${JSON.stringify(key)}:${value instanceof SerialisedJson ? value.json : JSON.stringify(value)}`)
    .join(',');
  return `<script type="application/json" id="earful-preload">${escapeJsonForScript(`{${json}}`)}</script>`;
}

/**
 * The head tags a shared link is read by: the title (`shareTitle` and the site's name), description and
 * canonical URL, and the same for link previews (Open Graph).
 */
export function shareTags({ shareTitle, description, url }: { shareTitle: string; description: string; url: string }): string[] {
  return [
    `<title>${escapeHtml(`${shareTitle} — Earful`)}</title>`,
    `<meta name="description" content="${escapeHtml(description)}" />`,
    `<link rel="canonical" href="${escapeHtml(url)}" />`,
    `<meta property="og:title" content="${escapeHtml(shareTitle)}" />`,
    `<meta property="og:description" content="${escapeHtml(description)}" />`,
    `<meta property="og:url" content="${escapeHtml(url)}" />`,
  ];
}

export interface ShellParts {
  /** Goes where <!--earful:head--> is, or before </head>. */
  head?: string;
  /** Goes where <!--earful:intro--> is. */
  intro?: string;
}

export function fillShell(shell: string, parts: ShellParts): string {
  let html = shell;
  if (parts.head !== undefined) {
    // The page's own title gives way to the one the server writes.
    if (parts.head.includes('<title>')) html = html.replace(/<title>[^<]*<\/title>\s*/, '');
    html = html.includes('<!--earful:head-->')
      ? html.replace('<!--earful:head-->', () => parts.head!)
      : html.replace('</head>', () => `${parts.head}\n</head>`);
  }
  if (parts.intro !== undefined) html = html.replace('<!--earful:intro-->', () => parts.intro!);
  return html;
}
