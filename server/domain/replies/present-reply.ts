// A stored reply as readers get it (`reply` in every review object): the published one only.
import type { ReplyRow, Store } from '../store';
import type { ReviewReply } from '../../contract/reply';
import { isoTime } from '../iso-time';

export function presentReply(row: ReplyRow | null | undefined, companyName: string): ReviewReply | null {
  if (!row || row.status !== 'published') return null;
  return {
    body: row.body,
    authorRole: 'representative',
    companyName,
    offersResolution: row.offersResolution,
    createdAt: isoTime(row.createdAt),
    updatedAt: isoTime(row.updatedAt),
    edited: row.editedAt !== null,
    resolution: row.resolution !== null && row.resolutionAt !== null ? { answer: row.resolution, at: isoTime(row.resolutionAt) } : null,
  };
}

/** The published replies of a page of reviews, by review id, in one query. */
export async function publishedRepliesOf(store: Store, reviewIds: readonly number[]): Promise<Map<number, ReplyRow>> {
  if (reviewIds.length === 0) return new Map();
  return new Map((await store.findPublishedReplies(reviewIds)).map((reply) => [reply.reviewId, reply]));
}
