// A reader marks a published review helpful: one vote per review per client (the rate limit's client hash).
import type { HelpfulResponse } from '../../contract/reader';
import { AppError, notFound } from '../app-error';
import { UNKNOWN_CLIENT, type ReaderContext } from './report-review';

export async function voteHelpful(ctx: ReaderContext, id: number): Promise<HelpfulResponse> {
  const outcome = await ctx.store.voteHelpful({ reviewId: id, clientHash: ctx.clientHash ?? UNKNOWN_CLIENT, createdAt: ctx.now });
  if (outcome.kind === 'not_found') throw notFound('Review');
  if (outcome.kind === 'duplicate') throw new AppError('conflict', 'You have already marked this review helpful');
  return { helpfulCount: outcome.helpfulCount };
}
