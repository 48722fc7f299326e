// Review and reply rows as the store contract tests insert them: published at `at` unless `over` says otherwise.
import type { NewReviewRow, ReplyRow, ReviewRow } from '../../server/domain/store';

export type ReviewRowInput = Omit<NewReviewRow, 'id'>;

export function reviewRow(companyId: number, at: number, over: Partial<ReviewRowInput> = {}): ReviewRowInput {
  const createdAt = over.createdAt ?? at;
  return {
    companyId,
    rating: 4,
    title: null,
    body: 'The agent sorted it out',
    displayName: 'Sam',
    issueType: 'billing',
    contactMethod: 'phone',
    billingParty: 'company',
    resolved: 'yes',
    status: 'published',
    moderation: JSON.stringify({ reasons: [], decision: 'publish' }),
    createdAt,
    updatedAt: createdAt,
    publishedAt: over.status === 'pending' ? null : createdAt,
    ...over,
  };
}

/** The company's published reply to `review`, written at `at`, with `over` on top. */
export function replyRow(review: ReviewRow, at: number, over: Partial<ReplyRow> = {}): ReplyRow {
  return {
    reviewId: review.id,
    companyId: review.companyId,
    authorId: null,
    body: 'Sorry about this; we have refunded the charge.',
    moderation: JSON.stringify({ redactions: {}, masked: 0, reasons: [], decision: 'publish' }),
    status: 'published',
    offersResolution: false,
    createdAt: at,
    updatedAt: at,
    editedAt: null,
    publishedAt: at,
    resolution: null,
    resolutionAt: null,
    answerMs: null,
    ...over,
  };
}
