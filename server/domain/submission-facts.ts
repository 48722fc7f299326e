// What moderation learns from stored reviews about a submission, and the per-client hourly limit
// (REVIEW_RATE_LIMIT) on the salted client hash; the raw address is never seen here. Pure: the store reads the
// facts inside the submission's own transaction and calls this there.
import type { StoredFacts, SubmissionCheck } from '../../db/store';
import { AppError } from './app-error';
import type { ModerationFacts } from './moderation/pipeline';

export const RATE_WINDOW_MS = 60 * 60 * 1000;

export interface RateContext {
  now: number;
  /** Salted hash of the client address, or null when unknown. */
  clientHash: string | null;
  /** Reviews per client per hour; 0 turns the limit (and the flood signal) off. */
  rateLimit: number;
}

/** Which facts to read for a submission: the client's recent reviews only when a limit applies. */
export function submissionCheck(ctx: RateContext, companyId: number, bodyHash: string): SubmissionCheck {
  const counted = ctx.rateLimit > 0 && ctx.clientHash;
  return { companyId, bodyHash, client: counted ? { hash: ctx.clientHash!, since: ctx.now - RATE_WINDOW_MS } : null };
}

/** The facts for moderation's last steps; throws rate_limited (429, Retry-After) when the client is over its limit. */
export function moderationFacts(ctx: RateContext, stored: StoredFacts): ModerationFacts {
  const recent = stored.recentFromClient;
  if (ctx.rateLimit > 0 && ctx.clientHash && recent.count >= ctx.rateLimit) {
    const retryAfter = ((recent.oldest ?? ctx.now) + RATE_WINDOW_MS - ctx.now) / 1000;
    throw new AppError('rate_limited', 'Too many reviews from this connection in the last hour; try again later', undefined, retryAfter);
  }
  return { duplicateBody: stored.duplicateBody, recentFromClient: recent.count, rateLimit: ctx.rateLimit };
}
