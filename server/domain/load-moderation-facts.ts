// Loads what moderation needs to know from stored reviews before its pure run, and enforces the per-client
// hourly limit (REVIEW_RATE_LIMIT) on the salted client hash; the raw address is never seen here.
import type { Store } from '../../db/store';
import { AppError } from './app-error';
import { bodyFingerprint } from './moderation/moderate';
import type { ModerationFacts } from './moderation/pipeline';

export const RATE_WINDOW_MS = 60 * 60 * 1000;

export interface FactsContext {
  store: Store;
  now: number;
  clientHash: string | null;
  /** Reviews per client per hour; 0 turns the limit (and the flood signal) off. */
  rateLimit: number;
}

export async function loadModerationFacts(
  ctx: FactsContext,
  companyId: number,
  body: string,
): Promise<{ facts: ModerationFacts; bodyHash: string }> {
  const bodyHash = bodyFingerprint(body);
  let recentFromClient = 0;
  if (ctx.rateLimit > 0 && ctx.clientHash) {
    const recent = await ctx.store.countRecentFromClient(ctx.clientHash, ctx.now - RATE_WINDOW_MS);
    if (recent.count >= ctx.rateLimit) {
      const retryAfter = ((recent.oldest ?? ctx.now) + RATE_WINDOW_MS - ctx.now) / 1000;
      throw new AppError('rate_limited', 'Too many reviews from this connection in the last hour; try again later', undefined, retryAfter);
    }
    recentFromClient = recent.count;
  }
  const duplicateBody = await ctx.store.hasBodyHash(companyId, bodyHash);
  return { facts: { duplicateBody, recentFromClient, rateLimit: ctx.rateLimit }, bodyHash };
}
