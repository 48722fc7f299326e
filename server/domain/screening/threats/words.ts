// A text as lower-case words, each with the clause it belongs to, so no rule's window reaches across a sentence;
// disguised spellings of the words that name harm ("k1ll", "sh00t", "st@b", "kiiill") are read back.
import { DISGUISABLE } from './lexicon';

export interface Words {
  list: string[];
  /** The clause each word belongs to: a sentence end, semicolon, colon or line break starts a new one. */
  clause: number[];
}

/** Letters and digits, joined by symbols that stand in for letters ("k!ll", "f*ck", "k.i.l.l"). */
const WORD = /[@$]?[\p{L}\p{N}'’]+(?:[@$!|*+.]+[\p{L}\p{N}'’]+)*/gu;
const CLAUSE_BREAK = /[.!?;:\n]/;
const SPELLED_OUT = /^(?:\p{L}\.)+\p{L}$/u;

/** Symbols and look-alike letters people put in a word to slip it past a filter; null stands for "any vowel". */
const STAND_INS: Record<string, string | null> = {
  '0': 'o', '3': 'e', '4': 'a', '@': 'a', '5': 's', $: 's', '7': 't', '+': 't', '8': 'b', '9': 'g', '!': 'i', '|': 'l',
  '1': 'i', '*': null, а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', і: 'i', к: 'k', ο: 'o', α: 'a', ι: 'i', υ: 'u',
}; // prettier-ignore

/** Whether a disguised word spells `word`: a stand-in matches its letter, "1", "!", "|" or a capital I an l, "*" a vowel. */
function spells(raw: string, word: string): boolean {
  if (raw.length !== word.length) return false;
  for (let i = 0; i < raw.length; i++) {
    const r = raw[i]!;
    const w = word[i]!;
    const lower = r.toLowerCase();
    if (lower === w) continue;
    if ((r === '1' || r === '!' || r === '|' || r === 'I') && (w === 'i' || w === 'l')) continue;
    const stand = STAND_INS[lower];
    if (stand === w || (stand === null && 'aeiou'.includes(w)) || (lower === 'v' && w === 'u')) continue;
    return false;
  }
  return true;
}

/** A word with its letters stretched ("kiiiill") to one of each. */
const squeeze = (w: string) => w.replace(/(\p{L})\1+/gu, '$1');

function readBack(raw: string): string {
  const lower = raw.toLowerCase().replace(/’/g, "'");
  if (/^[a-z']+$/.test(lower)) {
    if (!/([a-z])\1\1/.test(lower)) return lower;
    return DISGUISABLE.squeezed.get(squeeze(lower)) ?? lower;
  }
  const bare = raw.replace(/^[@$](?=[\p{L}\p{N}])/u, (s) => (s === '$' ? s : ''));
  for (const word of DISGUISABLE.byLength.get(bare.length) ?? []) if (spells(bare, word)) return word;
  return lower;
}

export function toWords(text: string): Words {
  const list: string[] = [];
  const clause: number[] = [];
  let current = 0;
  let end = 0;
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    if (CLAUSE_BREAK.test(text.slice(end, start))) current++;
    end = start + m[0].length;
    let raw = m[0];
    if (raw.includes('.') && !SPELLED_OUT.test(raw)) {
      // "you.Then" is two sentences; "k.i.l.l" is one word spelled out.
      const parts = raw.split('.');
      for (let p = 0; p < parts.length; p++) {
        if (p > 0) current++;
        if (parts[p]) {
          list.push(readBack(parts[p]!));
          clause.push(current);
        }
      }
      continue;
    }
    if (raw.includes('.')) raw = raw.replace(/\./g, '');
    list.push(readBack(raw));
    clause.push(current);
  }
  return { list, clause };
}
