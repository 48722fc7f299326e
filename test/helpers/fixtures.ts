// Review submissions that pass validation for the seeded Netflix taxonomy, with any field overridden.
import type { ReviewSubmission } from '../../server/contract/review';

let serial = 0;

/**
 * Unknown keys are allowed on purpose: tests send them to check they are refused. Each body is different (its
 * case number), because moderation holds a body already submitted for the company as spam.
 */
export function buildReview(
  overrides: Partial<Record<keyof ReviewSubmission, unknown>> & Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    rating: 2,
    title: 'Charged twice this month',
    body: `I was billed twice for the same month and the chat agent could not see the second charge (case ${++serial}).`,
    displayName: 'Sam',
    issueType: 'billing',
    contactMethod: 'in-app-chat',
    billingParty: 'company',
    responseTime: '5-30-min',
    nextStepsExplained: true,
    outcome: 'refund',
    resolved: 'yes',
    ...overrides,
  };
}
