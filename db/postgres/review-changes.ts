// The review changes that move maintained figures, inside a transaction the caller holds: shared by the review
// area (plain changes) and the moderation area (changes with their audit entry and counts).
import type { PgTx } from './connection';
import type { FigureRules } from '../../server/contract/store/store-rules';
import { FigureChanges } from '../figure-changes';
import { writeFigures } from './queries/figure-writes';
import { deleteReview, findReviewById, patchReview } from './queries/reviews';
import type { ReviewRow, ReviewStatus } from '../../server/contract/store';
import type { ReviewPatch } from '../../server/contract/store';

/** Patches the review if it is still `expected` (locking it first, so a second decider waits, then sees it moved). */
export async function reviseIn(tx: PgTx, rules: FigureRules, id: number, expected: ReviewStatus, patch: ReviewPatch, now: number) {
  const before = await findReviewById(tx, id, true);
  if (!before || before.status !== expected) return undefined;
  const after = await patchReview(tx, id, expected, patch, now);
  if (!after) return undefined;
  await writeFigures(tx, new FigureChanges(rules).review(before, after));
  return { before, after };
}

export async function eraseIn(tx: PgTx, rules: FigureRules, id: number): Promise<ReviewRow | undefined> {
  const before = await deleteReview(tx, id);
  if (before) await writeFigures(tx, new FigureChanges(rules).review(before, null));
  return before;
}
