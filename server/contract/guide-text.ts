// Guide text: the small, safe format guide sections are written in, and its parser to plain data blocks.
// Pure and import-free, so the admin editor can preview exactly what the server will serve.
//
// The whole format:
//   - blocks are separated by a blank line;
//   - a line starting "- " or "* " is a bullet item, "1. " or "1) " (any number) a numbered item;
//     lines under an item without a marker continue it;
//   - any other run of lines is a paragraph, its lines joined with a space;
//   - [text](https://address) is a link; only https addresses without user names are links, anything
//     else stays as the characters typed.
// Nothing else is syntax: "<", "&", "*", "_" and backticks are just characters, so no HTML can be
// written at all. The blocks carry text to be rendered as text (never as HTML) and vetted https hrefs.

export type GuideInline = { type: 'text'; text: string } | { type: 'link'; text: string; href: string };

export type GuideBlock = { type: 'paragraph'; content: GuideInline[] } | { type: 'list'; ordered: boolean; items: GuideInline[][] };

// C0 and C1 controls other than the newline: invisible, and some terminals and parsers act on them.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/g;
// Half a surrogate pair cannot be stored as UTF-8; it would come back as something else.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** What is stored for a body: newlines unified, tabs as spaces, controls dropped, line ends trimmed. */
export function normaliseGuideText(source: string): string {
  return source
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    .replace(CONTROL, '')
    .replace(LONE_SURROGATE, '\uFFFD')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/^\n+|\n+$/g, '');
}

/** One line of plain text (titles, hint text): normalised, with every run of white space as one space. */
export function normaliseGuideLine(source: string): string {
  return normaliseGuideText(source).replace(/\s+/g, ' ').trim();
}

/** Characters that could end a quoted attribute or a tag if a consumer ever templated the href naively. */
const UNSAFE_IN_HREF = /["'<>`\\\s]/;

/** The normalised https address, or null when `raw` is anything else. */
export function safeHref(raw: string): string | null {
  if (!/^https:\/\//i.test(raw)) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  // "https://netflix.com@evil.example" reads as Netflix and goes elsewhere.
  if (url.protocol !== 'https:' || url.username !== '' || url.password !== '' || url.hostname === '') return null;
  return UNSAFE_IN_HREF.test(url.href) ? null : url.href;
}

const LINK = /\[([^[\]]+)\]\(([^()\s]+)\)/g;

export function parseGuideInline(text: string): GuideInline[] {
  const out: GuideInline[] = [];
  const pushText = (t: string) => {
    if (t === '') return;
    const last = out.at(-1);
    if (last?.type === 'text') last.text += t;
    else out.push({ type: 'text', text: t });
  };
  let at = 0;
  for (const match of text.matchAll(LINK)) {
    // LINK's two groups always take part in a match.
    const [whole, label, target] = match;
    const href = safeHref(target!);
    const linkText = label!.trim();
    if (!href || linkText === '') continue;
    pushText(text.slice(at, match.index));
    out.push({ type: 'link', text: linkText, href });
    at = match.index + whole.length;
  }
  pushText(text.slice(at));
  return out;
}

const BULLET = /^ {0,3}[-*] +(.*)$/;
const NUMBERED = /^ {0,3}\d{1,3}[.)] +(.*)$/;

/** Total: every string gives blocks, never an error; what is not syntax is text. */
export function parseGuideText(source: string): GuideBlock[] {
  const blocks: GuideBlock[] = [];
  let paragraph: string[] | null = null;
  let list: { ordered: boolean; items: string[][] } | null = null;

  const close = () => {
    if (paragraph) blocks.push({ type: 'paragraph', content: parseGuideInline(paragraph.join(' ')) });
    if (list) blocks.push({ type: 'list', ordered: list.ordered, items: list.items.map((lines) => parseGuideInline(lines.join(' '))) });
    paragraph = null;
    list = null;
  };

  for (const rawLine of normaliseGuideText(source).split('\n')) {
    const line = rawLine.trim();
    if (line === '') {
      close();
      continue;
    }
    const bullet = BULLET.exec(rawLine);
    const numbered = bullet ? null : NUMBERED.exec(rawLine);
    const item = bullet ?? numbered;
    if (item) {
      const ordered = numbered !== null;
      if (!list || list.ordered !== ordered) {
        close();
        list = { ordered, items: [] };
      }
      list.items.push([item[1]!.trim()]);
      continue;
    }
    if (list) list.items.at(-1)!.push(line);
    else (paragraph ??= []).push(line);
  }
  close();
  return blocks;
}
