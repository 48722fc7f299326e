// The same approve or reject for a selection of reviews; each is its own decision, so one stale review does not
// undo the others.
import type { SignedInModerator } from '../../contract/auth';
import type { BulkDecision, BulkResponse, BulkResult } from '../../contract/moderation';
import { AppError } from '../app-error';
import { decideReview, type DecideContext } from './decide-review';

export async function bulkDecide(ctx: DecideContext, who: SignedInModerator, input: BulkDecision): Promise<BulkResponse> {
  const results: BulkResult[] = [];
  for (const id of new Set(input.ids)) {
    try {
      const review = await decideReview(ctx, who, id, { action: input.action, reason: input.reason, note: input.note });
      results.push({ id, outcome: 'done', status: review.status });
    } catch (err) {
      if (err instanceof AppError && (err.code === 'conflict' || err.code === 'not_found')) {
        results.push({ id, outcome: err.code });
      } else throw err;
    }
  }
  return { results };
}
