// What the review list says about its matches: how many reviews mention the search and match the filters, counted
// honestly (an incomplete count is "at least"), and what it says when none do. The same on the page the server fills
// for a search and in the browser's list (zod-free, so the page script can import it).
import type { MatchingCount } from './review';

/** "12 reviews mention “refund”", "At least 20,000 reviews match these filters", "3 reviews". */
export function matchText(m: MatchingCount, q: string, filtered: boolean): string {
  const one = m.count === 1 && m.complete;
  const count = `${m.complete ? '' : 'At least '}${m.count.toLocaleString('en')} ${m.count === 1 ? 'review' : 'reviews'}`;
  const mention = q ? ` ${one ? 'mentions' : 'mention'} “${q}”` : '';
  const match = filtered ? `${q ? ' and' : ''} ${one ? 'matches' : 'match'} these filters` : '';
  return `${count}${mention}${match}`;
}

/** "No reviews mention “refund” and match these filters." */
export function noMatchText(q: string, filtered: boolean): string {
  if (!q) return filtered ? 'No reviews match these filters.' : 'No reviews yet.';
  return `No reviews mention “${q}”${filtered ? ' and match these filters' : ''}.`;
}
