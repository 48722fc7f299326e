// The review list's answers kept encoded (the JSON's bytes, sent as they are), one cache a kind of page, so a
// stream of one kind (rare filters, distinct cursors) cannot push another out. Fresh by the company's version.
import { CompanyVersionCache, type SizeBound } from './company-version-cache';
import type { ReviewListQuery } from '../contract/review';

const MiB = 2 ** 20;
/** An entry's size: its answer's bytes and its key's characters. */
const bytes: SizeBound<Uint8Array<ArrayBuffer>>['sizeOf'] = (value, key) => value.byteLength + key.length;

/** Each cache's most, in entries and in bytes of answers and keys (their compressed forms add a fraction of that). */
export const KEPT_PAGE_BOUNDS = {
  first: { entries: 1000, bytes: 8 * MiB },
  filtered: { entries: 200, bytes: 2 * MiB },
  later: { entries: 2000, bytes: 8 * MiB },
} as const;

const cacheOf = ({ entries, bytes: maxSize }: { entries: number; bytes: number }) =>
  new CompanyVersionCache<Uint8Array<ArrayBuffer>>(entries, { maxSize, sizeOf: bytes });

export class KeptReviewPages {
  /** Unfiltered first pages, any sort and limit: what the widget and a company's readers ask for most. */
  readonly first: CompanyVersionCache<Uint8Array<ArrayBuffer>>;
  /** Filtered first pages: a reader following a complaint pattern to its reviews. */
  readonly filtered: CompanyVersionCache<Uint8Array<ArrayBuffer>>;
  /** Later pages of the unfiltered list, by cursor: at most 2,000 pages and 8 MiB however many distinct cursors arrive. */
  readonly later: CompanyVersionCache<Uint8Array<ArrayBuffer>>;

  constructor(bounds: Record<'first' | 'filtered' | 'later', { entries: number; bytes: number }> = KEPT_PAGE_BOUNDS) {
    this.first = cacheOf(bounds.first);
    this.filtered = cacheOf(bounds.filtered);
    this.later = cacheOf(bounds.later);
  }

  /** Where a list's answer is kept; none for a search (texts are endless) or a filtered later page (filters × cursors). */
  cacheFor(query: ReviewListQuery): CompanyVersionCache<Uint8Array<ArrayBuffer>> | undefined {
    const { q, issueType, contactMethod, billingParty, resolved, rating, cursor } = query;
    if (q !== undefined) return undefined;
    if ([issueType, contactMethod, billingParty, resolved, rating].every((v) => v === undefined))
      return cursor === undefined ? this.first : this.later;
    return cursor === undefined ? this.filtered : undefined;
  }
}
