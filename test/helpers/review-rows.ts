// A review row as the store contract tests insert it: published at `at` unless `over` says otherwise.
import type { NewReviewRow } from '../../server/domain/store';

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
