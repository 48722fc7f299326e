// obscenity's matcher, for disguises a word list cannot spell out (ʃṳ𝒸𝗄, mixed scripts, symbols). It matches
// parts of words, so each match is widened to its whole word and checked before anything is masked.
import { DataSet, RegExpMatcher, englishDataset, englishRecommendedTransformers } from 'obscenity';
import { OBSCENITY_NOT_PROFANE, OBSCENITY_WHITELIST, SLUR_ROOTS } from './word-lists';
import type { MaskKind } from './lexicon';

const dataset = new DataSet<{ originalWord: string }>()
  .addAll(englishDataset)
  .removePhrasesIf((phrase) => OBSCENITY_NOT_PROFANE.has(phrase.metadata?.originalWord ?? ''));
for (const [word, terms] of Object.entries(OBSCENITY_WHITELIST)) {
  dataset.addPhrase((phrase) => {
    phrase.setMetadata({ originalWord: word });
    for (const term of terms) phrase.addWhitelistedTerm(term);
    return phrase;
  });
}

export const obscenityMatcher = new RegExpMatcher({ ...dataset.build(), ...englishRecommendedTransformers });

export interface ObscenityHit {
  /** Inclusive start and exclusive end in the text. */
  start: number;
  end: number;
  kind: MaskKind;
  /** The word obscenity read there ("shit" for "Ꮪhit"), for the mask's first letter. */
  word: string;
}

export function findObscenity(text: string): ObscenityHit[] {
  return obscenityMatcher.getAllMatches(text).map((m) => {
    const word = dataset.getPayloadWithPhraseMetadata(m).phraseMetadata?.originalWord ?? '';
    return { start: m.startIndex, end: m.endIndex + 1, kind: SLUR_ROOTS.has(word) ? 'slur' : 'profanity', word };
  });
}
