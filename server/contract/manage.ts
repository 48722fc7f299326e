// The reviewer's private manage link: see the review's status, edit it, report a later outcome, erase it.
import { z } from 'zod';
import type { Verdict } from './moderation';
import { ReviewSubmission, type SubmittedReview } from './review';
import { CHOICE_PROMPTS, UNKNOWN_CHOICE } from './review-limits';

/** Every manage request carries the token in this header (never in the URL, which proxies log). */
export const MANAGE_TOKEN_HEADER = 'x-manage-token';

/** The page the manage link opens; the token rides in the fragment, which browsers never send to a server. */
export const managePath = (reviewId: number) => `/manage/${reviewId}`;

/** Added to the submission response; the token is shown once and only its hash is stored. */
export interface ManageLink {
  manageToken: string;
  /** `${origin}/manage/<id>#<token>` */
  manageUrl: string;
}

/**
 * PATCH /api/reviews/:id/manage: any submission fields; the result is moderated again. A field left out is
 * kept; the optional answers about the contact can be taken back with null.
 */
export const ReviewEdit = ReviewSubmission.partial()
  .extend({
    responseTime: ReviewSubmission.shape.responseTime.nullable(),
    nextStepsExplained: ReviewSubmission.shape.nextStepsExplained.nullable(),
  })
  .refine((v) => Object.values(v).some((x) => x !== undefined), {
    message: 'Change at least one field',
    path: ['request'],
  });
export type ReviewEdit = z.infer<typeof ReviewEdit>;

/** POST /api/reviews/:id/manage/outcome: "resolved three weeks later". */
export const OutcomeReport = z.strictObject({
  resolved: z.string(CHOICE_PROMPTS.resolved).min(1, CHOICE_PROMPTS.resolved).max(64, UNKNOWN_CHOICE),
  outcome: z.string(CHOICE_PROMPTS.outcome).min(1, CHOICE_PROMPTS.outcome).max(64, UNKNOWN_CHOICE).optional(),
});
export type OutcomeReport = z.infer<typeof OutcomeReport>;

/**
 * GET/PATCH /api/reviews/:id/manage. status "pending" means waiting for a moderator (moderation.reasons say
 * why); "rejected"/"removed" come with the moderator's verdict. DELETE erases the review for good (204).
 */
export interface ManagedReview extends SubmittedReview {
  verdict: Verdict | null;
}

/** POST /api/companies/:slug/reviews: 201 published or 202 held, with the moderation and the manage link. */
export interface SubmissionResponse {
  review: SubmittedReview & ManageLink;
}

/** GET/PATCH /api/reviews/:id/manage, POST …/manage/outcome and …/manage/resolution. */
export interface ManagedReviewResponse {
  review: ManagedReview;
}
