// Spam and abuse, scored with reasons a moderator can read; the decision holds a review whose score adds up.
import { withFindings, type Finding, type ModerationFacts, type Step } from '../pipeline';
import { countLinks } from '../spam/links';
import { hasRepeatedWords, isGibberish, isShouting, textShape } from '../spam/text-shape';

/** Fewer of the reviewer's own words than this tells another customer nothing. */
export const MIN_USEFUL_WORDS = 4;

const spam = (kind: string, reason: string, risk: number, count = 1): Finding => ({
  step: 'score-spam',
  kind,
  count,
  reason,
  severity: 'info',
  risk,
});

export function scoreSpam(title: string, body: string, facts: ModerationFacts): Finding[] {
  const findings: Finding[] = [];
  const links = countLinks(title ? `${title}\n${body}` : body);
  if (links.shorteners) findings.push(spam('link', 'link shortener', 5, links.shorteners));
  else if (links.urls) findings.push(spam('link', 'link to another site', 5, links.urls));
  if (links.domains) findings.push(spam('domain', 'web address', 2 * Math.min(links.domains, 3), links.domains));
  if (facts.duplicateBody) findings.push(spam('duplicate', 'same text already submitted for this company', 5));
  if (facts.rateLimit > 0 && facts.recentFromClient >= facts.rateLimit) {
    findings.push(spam('flood', 'too many reviews from one client', 5, facts.recentFromClient));
  } else if (facts.recentFromClient >= 2) {
    findings.push(spam('flood', 'several reviews from one client this hour', 2, facts.recentFromClient));
  }
  const shape = textShape(body);
  const titleShape = title ? textShape(title) : undefined;
  const cased = titleShape ? { ...shape, upper: shape.upper + titleShape.upper, lower: shape.lower + titleShape.lower } : shape;
  if (isShouting(cased)) findings.push(spam('shouting', 'written in capitals', 2));
  const runs = shape.characterRuns + (titleShape?.characterRuns ?? 0);
  if (runs) findings.push(spam('repeated-characters', 'repeated characters', runs >= 3 ? 3 : 1, runs));
  if (hasRepeatedWords(shape)) findings.push(spam('repeated-words', 'repeated words', 3));
  if (isGibberish(shape)) findings.push(spam('gibberish', 'looks like gibberish', 5));
  if (shape.words < MIN_USEFUL_WORDS) findings.push(spam('too-short', 'too short to be useful', 4));
  return findings;
}

export const scoreSpamStep: Step = (state, facts) => withFindings(state, state.text, scoreSpam(state.text.title, state.text.body, facts));
