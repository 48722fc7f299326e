// Submit a review: validate against the company's taxonomy, moderate, store, count it if published.
import type { Store } from './store';
import type { ReviewSubmission, SubmittedReview } from '../contract/review';
import type { ManageLink } from '../contract/manage';
import { asksAboutContact } from '../contract/review-limits';
import { invalid } from './app-error';
import { checkTaxonomy } from './check-taxonomy';
import { requireCompany } from './find-company';
import { finishModeration } from './screening/screen-text';
import { moderateInline, type ModerateSubmission } from './screening/moderate-submission';
import { moderationFacts, submissionCheck, type RateContext } from './submission-facts';
import { presentSubmittedReview } from './present';
import { manageUrl, newManageToken } from './manage/manage-token';

export interface SubmitContext extends RateContext {
  store: Store;
  /** Where the text work runs (inline, or on the moderation threads); inline when not given. */
  moderateSubmission?: ModerateSubmission;
  /** Origin for the manage link: PUBLIC_ORIGIN, or the request's own. */
  origin?: string;
}

export const DEFAULT_DISPLAY_NAME = 'Anonymous';

export async function submitReview(ctx: SubmitContext, slug: string, input: ReviewSubmission): Promise<SubmittedReview & ManageLink> {
  const company = await requireCompany(ctx.store, slug);
  const taxonomy = await ctx.store.findTaxonomy(company.id);
  const fieldErrors = checkTaxonomy(taxonomy, input);
  if (Object.keys(fieldErrors).length > 0) throw invalid(fieldErrors);

  // The text work runs now (on a moderation thread when there are some); the decisions that depend on stored
  // reviews run inside the insert's transaction.
  const { prepared, device, sentiment } = await (ctx.moderateSubmission ?? moderateInline)({
    title: input.title,
    body: input.body,
    displayName: input.displayName,
    device: input.device,
    rating: input.rating,
  });
  // "Did not contact them" has no response time, next steps or outcome: kept, they would count in the patterns.
  const contacted = asksAboutContact(input.contactMethod);
  const manage = newManageToken();
  const stored = await ctx.store.insertCheckedReview(submissionCheck(company.id, prepared.bodyHash), (found) => {
    const { text, record, riskScore } = finishModeration(prepared, moderationFacts(ctx, found));
    if (record.decision === 'reject') {
      throw invalid({ body: 'Nothing readable is left of this review after moderation' });
    }
    return {
      companyId: company.id,
      rating: input.rating,
      title: text.title || null,
      body: text.body,
      displayName: text.displayName || DEFAULT_DISPLAY_NAME,
      issueType: input.issueType,
      contactMethod: input.contactMethod,
      billingParty: input.billingParty,
      responseTime: contacted ? (input.responseTime ?? null) : null,
      nextStepsExplained: contacted ? (input.nextStepsExplained ?? null) : null,
      outcome: contacted ? (input.outcome ?? null) : null,
      resolved: input.resolved,
      device,
      status: record.decision === 'publish' ? 'published' : 'pending',
      moderation: JSON.stringify(record),
      riskScore,
      ...sentiment,
      clientHash: ctx.clientHash,
      bodyHash: prepared.bodyHash,
      manageTokenHash: manage.hash,
      createdAt: ctx.now,
      updatedAt: ctx.now,
      publishedAt: record.decision === 'publish' ? ctx.now : null,
    };
  });
  return {
    ...presentSubmittedReview(stored, company),
    manageToken: manage.token,
    manageUrl: manageUrl(ctx.origin ?? '', stored.id, manage.token),
  };
}
