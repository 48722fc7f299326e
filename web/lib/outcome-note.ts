// "Outcome updated on Dec 3, 2026: Resolved: Yes · Refund (at first: No · No action taken)": a later outcome
// is shown as a change, never as if it had been the first answer.
import type { Review } from '../../server/contract/review';
import type { Taxonomy } from '../../server/contract/taxonomy';
import { formatDate, labelOf } from './format';

export function outcomeNote(review: Pick<Review, 'resolved' | 'outcome' | 'outcomeUpdate'>, taxonomy: Taxonomy | null): string | null {
  const update = review.outcomeUpdate;
  if (!update) return null;
  const answers = (resolved: string, outcome: string | null) =>
    [labelOf(taxonomy, 'resolved', resolved), labelOf(taxonomy, 'outcome', outcome)].filter(Boolean).join(' · ');
  return `Outcome updated on ${formatDate(update.at)}: Resolved: ${answers(review.resolved, review.outcome)} (at first: ${answers(update.resolvedBefore, update.outcomeBefore)})`;
}
