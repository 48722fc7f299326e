// A representative's own list: their company's published reviews, unanswered first, newest first within each,
// with the state of the company's reply (a held one is shown to them, never to readers).
import type { RepresentativeKey, Store } from '../store';
import type { SignedInModerator } from '../../contract/auth';
import type { RepresentativePage, RepresentativeQuery } from '../../contract/reply';
import { invalid } from '../app-error';
import { presentReview } from '../present';
import { readReplyRecord } from './reply-context';
import { notYours, representedCompanies } from './represented';

const encodeKey = (key: RepresentativeKey) => Buffer.from(JSON.stringify(key)).toString('base64url');

function decodeKey(cursor: string): RepresentativeKey | null {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(key) || key.length !== 3 || !(key[0] === 0 || key[0] === 1)) return null;
    if (!key.slice(1).every((n) => Number.isSafeInteger(n) && n >= 0)) return null;
    return key as RepresentativeKey;
  } catch {
    return null;
  }
}

export async function listRepresentativeReviews(
  store: Store,
  by: SignedInModerator,
  query: RepresentativeQuery,
): Promise<RepresentativePage> {
  // Another company's slug and an unknown one answer alike: the list never tells which companies exist.
  const company = (await representedCompanies(store, by)).find((c) => c.slug === query.company);
  if (!company) throw notYours();
  const after = query.cursor === undefined ? null : decodeKey(query.cursor);
  if (query.cursor !== undefined && !after) throw invalid({ cursor: 'Invalid cursor' });
  // A page may come short of the limit, even empty, where the newest reviews are all answered: it says where to go on.
  const { rows, scannedTo } = await store.listRepresentativeReviews(company.id, after, query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  return {
    reviews: page.map(({ review, reply }) => ({
      ...presentReview(review, company, reply),
      replyStatus: reply?.status ?? null,
      heldReply:
        reply?.status === 'held'
          ? { body: reply.body, offersResolution: reply.offersResolution, reasons: readReplyRecord(reply).reasons }
          : null,
    })),
    nextCursor:
      rows.length > query.limit && last
        ? encodeKey([last.reply ? 1 : 0, last.review.createdAt, last.review.id])
        : scannedTo && encodeKey(scannedTo),
  };
}
