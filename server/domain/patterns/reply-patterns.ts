// The company's reply figures, pure: how often it answers, how fast, and how often its offers resolve the problem,
// each only once its group reaches the evidence threshold.
import type { ReplyPatterns } from '../../contract/patterns';
import type { ReplyFigures } from '../store';
import { wilsonRate } from './wilson';

const HOUR_MS = 60 * 60 * 1000;

export function replyPatterns(figures: ReplyFigures, publishedReviews: number, minReviews: number): ReplyPatterns {
  const { answered, medianAnswerMs, resolutionAnswers, resolved } = figures;
  return {
    answered: publishedReviews >= minReviews ? wilsonRate(answered, publishedReviews) : null,
    medianHoursToAnswer:
      answered >= minReviews && medianAnswerMs !== null ? Math.round((Math.max(0, medianAnswerMs) / HOUR_MS) * 10) / 10 : null,
    resolvedAfterReply: resolutionAnswers >= minReviews ? wilsonRate(resolved, resolutionAnswers) : null,
  };
}
