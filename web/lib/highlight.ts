// The words of a shown text that a search matched, marked as text in <mark> elements (Lit escapes every part,
// so a review or a query holding markup stays text). A word matches when it starts with any of the query's words,
// compared case- and accent-insensitively; the text itself is shown as written.
import { html, type TemplateResult } from 'lit';

// Letters, digits and combining marks: the word characters of the search index (punctuation is not syntax).
const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/** Lower case without accents: "Réfund" and "refund" compare equal. */
export const foldWord = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** The query's words, folded, each once: quotes, dashes and other punctuation only separate them. */
export function queryWords(q: string): string[] {
  const words = new Set<string>();
  for (const [word] of q.matchAll(WORD)) {
    const folded = foldWord(word);
    if (folded) words.add(folded);
  }
  return [...words];
}

export interface HighlightPart {
  text: string;
  match: boolean;
}

/** The text in order, cut into the words that start with a query word and what lies between them. */
export function splitHighlights(text: string, words: readonly string[]): HighlightPart[] {
  if (words.length === 0) return text ? [{ text, match: false }] : [];
  const parts: HighlightPart[] = [];
  let last = 0;
  for (const found of text.matchAll(WORD)) {
    const folded = foldWord(found[0]);
    if (!words.some((w) => folded.startsWith(w))) continue;
    const at = found.index ?? 0;
    if (at > last) parts.push({ text: text.slice(last, at), match: false });
    parts.push({ text: found[0], match: true });
    last = at + found[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), match: false });
  return parts;
}

/** The text with the matched words in <mark class="match">; the text alone when nothing is searched. */
export function highlighted(text: string, words: readonly string[]): TemplateResult | string {
  if (words.length === 0) return text;
  return html`${splitHighlights(text, words).map((p) => (p.match ? html`<mark class="match">${p.text}</mark>` : p.text))}`;
}
