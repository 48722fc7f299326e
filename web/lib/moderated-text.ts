// Shows moderated text as plain text (Lit escapes it) with what moderation changed marked: redaction
// tokens such as "[phone number removed]" and soft-masked words such as "f—".
import { html, type TemplateResult } from 'lit';

// A token is at most a few words; a masked word is one letter and an em dash standing alone; a link is
// marked too (it is a spam signal moderators look for), though moderation leaves it in the text.
const CHANGED = /(\[[A-Za-z][A-Za-z ]{0,40} removed\])|((?<![\p{L}\p{N}])\p{L}—(?![\p{L}\p{N}]))|(\bhttps?:\/\/[^\s<>"]+)/gu;

export interface TextPart {
  text: string;
  kind: 'plain' | 'redacted' | 'masked' | 'link';
}

export function splitModerated(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(CHANGED)) {
    const at = match.index ?? 0;
    if (at > last) parts.push({ text: text.slice(last, at), kind: 'plain' });
    parts.push({ text: match[0], kind: match[1] ? 'redacted' : match[2] ? 'masked' : 'link' });
    last = at + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), kind: 'plain' });
  return parts;
}

const TITLES = { redacted: 'Removed by moderation', masked: 'Masked by moderation', link: 'Link to another site', plain: '' } as const;

/** With `marked`, changes are highlighted (for the author and moderators); otherwise plain text. */
export function moderatedText(text: string, marked: boolean): TemplateResult | string {
  if (!marked) return text;
  return html`${splitModerated(text).map((p) =>
    p.kind === 'plain' ? p.text : html`<mark class=${p.kind} title=${TITLES[p.kind]}>${p.text}</mark>`,
  )}`;
}

/** "1 phone number removed, 2 words masked" from the moderation record's counts. */
export function describeChanges(redactions: Record<string, number>, masked: number): string[] {
  const lines = Object.entries(redactions)
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => `${n} ${kindLabel(kind, n)} removed`);
  if (masked > 0) lines.push(`${masked} ${masked === 1 ? 'word' : 'words'} soft-masked`);
  return lines;
}

// The kinds server/domain/screening/personal-data/spans.ts reports.
const KIND_LABELS: Record<string, [string, string]> = {
  phone: ['phone number', 'phone numbers'],
  card: ['card number', 'card numbers'],
  email: ['email address', 'email addresses'],
  password: ['password', 'passwords'],
  code: ['code', 'codes'],
  id: ['ID number', 'ID numbers'],
  bank: ['bank account', 'bank accounts'],
  account: ['account number', 'account numbers'],
  address: ['address', 'addresses'],
};

function kindLabel(kind: string, n: number): string {
  const known = KIND_LABELS[kind];
  if (known) return n === 1 ? known[0] : known[1];
  return `${kind.replace(/[-_]/g, ' ')} ${n === 1 ? 'item' : 'items'}`;
}
