// Removes every tag so only text remains; entities are decoded once because the front end escapes on output, but
// never into markup: text that decodes to a tag ("&lt;script&gt;") keeps its entities as they were written.
import sanitizeHtml from 'sanitize-html';
import { decodeHTML } from 'entities';
import { SCREENED_FIELDS, mapFields, withFindings, type Step } from '../pipeline';
import { normaliseText } from './normalise';

const NOTHING_ALLOWED: sanitizeHtml.IOptions = {
  allowedTags: [],
  allowedAttributes: {},
  // Script and style bodies are code, not the reviewer's words: drop them with their tags.
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'template', 'iframe', 'object'],
};

/** `<` opening a tag, a closing tag, a comment or a declaration: what the moderated text must never hold. */
export const OPENS_MARKUP = /<[\p{L}/!?]/u;

/** Plain text from possibly-marked-up text; text without `<` or `&` is returned as it is. */
export function stripMarkup(text: string): string {
  if (!/[<&>]/.test(text)) return text;
  const stripped = sanitizeHtml(text, NOTHING_ALLOWED);
  // Decoded entities can spell invisible or fullwidth characters (&#8203;): normalise what they produced.
  const decoded = normaliseText(decodeHTML(stripped)).text;
  if (!OPENS_MARKUP.test(decoded)) return decoded;
  // Decoding (or folding a fullwidth ＜) would form a tag: the text stays as escaped as sanitize-html left it.
  return normaliseText(stripped).text.replace(/<(?=[\p{L}/!?])/gu, '&lt;');
}

export const stripMarkupStep: Step = (state) => {
  const text = mapFields(state.text, stripMarkup);
  const changed = SCREENED_FIELDS.filter((k) => text[k] !== state.text[k]).length;
  if (changed === 0) return state;
  return withFindings(state, text, [
    { step: 'strip-markup', kind: 'markup', count: changed, reason: 'markup removed', severity: 'info', risk: 1 },
  ]);
};
