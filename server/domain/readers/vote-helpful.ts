// A reader marks a published review helpful: one vote per review per client (the rate limit's client hash);
// never its own author, who proves it with the manage token the browser that wrote the review keeps.
import type { HelpfulResponse } from '../../contract/reader';
import { AppError, notFound } from '../app-error';
import { tokenMatches } from '../manage/manage-token';
import { UNKNOWN_CLIENT, type ReaderContext } from './report-review';

export async function voteHelpful(ctx: ReaderContext, id: number, manageToken?: string): Promise<HelpfulResponse> {
  if (manageToken) {
    const row = await ctx.store.findReviewById(id);
    if (row && tokenMatches(manageToken, row.manageTokenHash)) throw new AppError('forbidden', 'You cannot mark your own review helpful');
  }
  const outcome = await ctx.store.voteHelpful({ reviewId: id, clientHash: ctx.clientHash ?? UNKNOWN_CLIENT, createdAt: ctx.now });
  if (outcome.kind === 'not_found') throw notFound('Review');
  if (outcome.kind === 'duplicate') throw new AppError('conflict', 'You have already marked this review helpful');
  return { helpfulCount: outcome.helpfulCount };
}
