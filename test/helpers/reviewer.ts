// The reviewer's side over real HTTP: a review posted with text of its own, and requests carrying its manage token.
import type { ManagedReviewResponse, SubmissionResponse } from '../../server/contract/manage';
import { buildReview } from './fixtures';
import { uniqueBody } from './moderator';
import type { TestServer } from './server';

export function reviewerOf(server: TestServer) {
  return {
    /** Posts a review with a fresh body (a repeated one is held) and gives it back with its manage token. */
    submit: async (slug: string, overrides: Record<string, unknown> = {}) =>
      (
        await server.request<SubmissionResponse>(`/api/companies/${slug}/reviews`, {
          method: 'POST',
          json: buildReview({ body: uniqueBody(), ...overrides }),
        })
      ).body.review,
    /** A request to /api/reviews/:id/manage (or below it, `path`) with the manage token; the managed review unless T says otherwise. */
    manage: <T = ManagedReviewResponse>(id: number, token: string, init: { method?: string; json?: unknown } = {}, path = '') =>
      server.request<T>(`/api/reviews/${id}/manage${path}`, { ...init, headers: { 'x-manage-token': token } }),
  };
}
