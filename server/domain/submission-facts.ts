// What moderation learns about a submission from what is stored, and the per-client hourly limit
// (REVIEW_RATE_LIMIT) on the keyed client hash; the raw address is never seen here. Every attempt to submit is
// counted, refused ones too, before it is validated (countSubmissionAttempt, from the route).
import type { Store, StoredFacts, SubmissionCheck } from './store';
import { AppError } from './app-error';
import type { ModerationFacts } from './screening/pipeline';

export const RATE_WINDOW_MS = 60 * 60 * 1000;

export interface RateContext {
  now: number;
  /** Keyed hash of the client address, or null when unknown. */
  clientHash: string | null;
  /** Reviews per client per hour; 0 turns the limit (and the flood signal) off. */
  rateLimit: number;
  /** The client's attempts in the last hour before this one (countSubmissionAttempt); 0 when not counted. */
  recentAttempts?: number;
}

/**
 * Counts this attempt against the client's hourly limit, atomically with the check, so simultaneous attempts
 * cannot all pass it; throws rate_limited (429, Retry-After) when the limit is reached. A refused attempt is
 * not counted, so a client that keeps trying does not keep the window open. Hands back the earlier attempts.
 */
export async function countSubmissionAttempt(store: Store, ctx: RateContext): Promise<number> {
  if (ctx.rateLimit === 0 || !ctx.clientHash) return 0;
  const claim = await store.claimSubmissionAttempt(ctx.clientHash, ctx.now, ctx.now - RATE_WINDOW_MS, ctx.rateLimit);
  if (claim.counted) return claim.before;
  const retryAfter = (claim.oldest + RATE_WINDOW_MS - ctx.now) / 1000;
  throw new AppError('rate_limited', 'Too many reviews from this connection in the last hour; try again later', undefined, retryAfter);
}

export const submissionCheck = (companyId: number, bodyHash: string): SubmissionCheck => ({ companyId, bodyHash });

/** The facts for moderation's last steps: the stored ones, and the client's recent attempts (the flood signal). */
export function moderationFacts(ctx: RateContext, stored: StoredFacts): ModerationFacts {
  return { duplicateBody: stored.duplicateBody, recentFromClient: ctx.recentAttempts ?? 0, rateLimit: ctx.rateLimit };
}
