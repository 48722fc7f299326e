// Recurring phrases: the distinct two- and three-word phrases of a review's moderated text, stop words out.
import { reviewerWords } from '../screening/marks';
import { NEGATIONS, STOP_WORDS } from './stop-words';

/** Bounds the write cost of one review: at most this many distinct phrases are counted for it. */
export const MAX_PHRASES_PER_REVIEW = 120;

/** Phrases never span punctuation, a number or a moderation mark. */
const BREAK = /[^\p{L}\p{N}'’\s-]+|\s-+\s|\b\p{N}[\p{N}.,:/-]*\b/gu;
const WORD = /\p{L}[\p{L}\p{N}'-]*/gu;

/** Leading or trailing apostrophes and hyphens ("'twas", "re-") are not part of the word. */
const isEdge = (c: string | undefined) => c === "'" || c === '-';
const trimWord = (word: string) => (isEdge(word[0]) || isEdge(word[word.length - 1]) ? word.replace(/^[-']+|[-']+$/g, '') : word);

function runsOfContentWords(segment: string): string[][] {
  const runs: string[][] = [];
  let run: string[] = [];
  for (const match of segment.matchAll(WORD)) {
    const word = trimWord(match[0]);
    if (word.length < 2 || STOP_WORDS.has(word)) {
      if (run.length > 0) runs.push(run);
      run = [];
    } else {
      run.push(word);
    }
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/**
 * Distinct phrases in order of first appearance, each counted once per review: a pattern is many reviewers
 * saying it, not one reviewer repeating it. Runs on every submission, so it avoids per-word regexes.
 */
export function extractPhrases(text: string): string[] {
  const found = new Set<string>();
  const segments = reviewerWords(text).toLowerCase().replace(/’/g, "'").split(BREAK);
  for (const segment of segments) {
    for (const run of runsOfContentWords(segment)) {
      for (let i = 0; i + 1 < run.length; i++) {
        const pair = `${run[i]} ${run[i + 1]}`;
        if (!NEGATIONS.has(run[i + 1]!)) found.add(pair);
        if (i + 2 < run.length && !NEGATIONS.has(run[i + 2]!)) found.add(`${pair} ${run[i + 2]}`);
        if (found.size >= MAX_PHRASES_PER_REVIEW) return [...found].slice(0, MAX_PHRASES_PER_REVIEW);
      }
    }
  }
  return [...found];
}

/** The text a review's phrases come from: title and body, as moderated. */
export const phraseText = (title: string | null, body: string) => (title ? `${title}. ${body}` : body);

/**
 * The top phrases without overlapping fragments, so each thing said shows once: a phrase whose words sit inside
 * a longer recurring phrase ("chat bot" and "bot kept" in "chat bot kept") gives way to it, and one that shares
 * two words at its edge with a phrase already kept ("bot kept asking" after "chat bot kept") is left out.
 * Phrases come most said first; among equals the longer goes first.
 */
export function withoutContainedPhrases<P extends { phrase: string; count: number }>(phrases: readonly P[], limit: number): P[] {
  const words = (p: P) => p.phrase.split(' ');
  const padded = phrases.map((p) => ` ${p.phrase} `);
  const candidates = phrases
    .filter((_, i) => !padded.some((other, j) => j !== i && other.length > padded[i]!.length && other.includes(padded[i]!)))
    .sort((a, b) => b.count - a.count || words(b).length - words(a).length);
  const kept: P[] = [];
  for (const p of candidates) {
    if (kept.length >= limit) break;
    if (!kept.some((k) => edgesOverlap(words(k), words(p)) || edgesOverlap(words(p), words(k)))) kept.push(p);
  }
  return kept;
}

/** Whether the end of a and the start of b are the same two or more words. */
function edgesOverlap(a: string[], b: string[]): boolean {
  for (let n = 2; n < Math.min(a.length, b.length) + 1; n++) {
    if (a.slice(-n).join(' ') === b.slice(0, n).join(' ')) return true;
  }
  return false;
}
