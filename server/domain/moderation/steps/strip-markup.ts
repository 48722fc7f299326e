// Removes every tag so only text remains; entities are decoded once because the front end escapes on output.
import sanitizeHtml from 'sanitize-html';
import { decodeHTML } from 'entities';
import { mapFields, type Step } from '../pipeline';

const NOTHING_ALLOWED: sanitizeHtml.IOptions = {
  allowedTags: [],
  allowedAttributes: {},
  // Script and style bodies are code, not the reviewer's words: drop them with their tags.
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'template', 'iframe', 'object'],
};

/** Plain text from possibly-marked-up text; text without `<` or `&` is returned as it is. */
export function stripMarkup(text: string): string {
  if (!/[<&>]/.test(text)) return text;
  return decodeHTML(sanitizeHtml(text, NOTHING_ALLOWED));
}

export const stripMarkupStep: Step = (state) => {
  const text = mapFields(state.text, stripMarkup);
  const changed = (Object.keys(text) as (keyof typeof text)[]).filter((k) => text[k] !== state.text[k]).length;
  if (changed === 0) return state;
  return {
    text,
    findings: [
      ...state.findings,
      { step: 'strip-markup', kind: 'markup', count: changed, reason: 'markup removed', severity: 'info', risk: 1 },
    ],
  };
};
