// Ordinary swearing soft-masked as its first letter and an em dash ("f—"), every other word kept; slurs and very
// heavy swearing held for a moderator.
import { SCREENED_FIELDS, withFindings, type Finding, type Step, type TextFields } from '../pipeline';
import { applyMasks, findProfanity, type ProfanityOptions } from '../profanity/find-profanity';
import type { MaskKind } from '../profanity/lexicon';

/** Four masked words, or one word in five, is more than a frustrated customer's emphasis. */
export function isHeavySwearing(masked: number, words: number): boolean {
  return masked >= 4 || (masked >= 2 && masked / Math.max(words, 1) >= 0.2);
}

function countWords(text: string): number {
  let words = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 32 && (i === 0 || text.charCodeAt(i - 1) <= 32)) words++;
  return words;
}

export const createMaskProfanityStep =
  (options: ProfanityOptions = {}): Step =>
  (state) => {
    const counts: Record<MaskKind, number> = { profanity: 0, slur: 0 };
    const text = { ...state.text } as TextFields;
    for (const field of SCREENED_FIELDS) {
      const value = state.text[field];
      if (!value) continue;
      const masks = findProfanity(value, options);
      for (const m of masks) counts[m.kind]++;
      if (masks.length) text[field] = applyMasks(value, masks);
    }
    const findings: Finding[] = [];
    const step = 'mask-profanity';
    if (counts.profanity) {
      findings.push({
        step,
        kind: 'profanity',
        count: counts.profanity,
        effect: 'masked',
        reason: 'profanity masked',
        severity: 'info',
        risk: 0,
      });
    }
    if (counts.slur) findings.push({ step, kind: 'slur', count: counts.slur, effect: 'masked', reason: 'slur', severity: 'hold', risk: 6 });
    const masked = counts.profanity + counts.slur;
    if (
      masked >= 2 &&
      isHeavySwearing(
        masked,
        SCREENED_FIELDS.reduce((sum, f) => sum + countWords(state.text[f]), 0),
      )
    ) {
      findings.push({ step, kind: 'heavy-swearing', count: 1, reason: 'very heavy swearing', severity: 'hold', risk: 4 });
    }
    return findings.length ? withFindings(state, text, findings) : state;
  };

export const maskProfanityStep = createMaskProfanityStep();
