// Submit a review: validate against the company's taxonomy, moderate, store, count it if published.
import type { Store } from '../../db/store';
import type { ReviewSubmission, SubmittedReview } from '../contract/review';
import { invalid } from './app-error';
import { checkTaxonomy } from './check-taxonomy';
import { requireCompany } from './find-company';
import { moderate } from './moderation/moderate';
import { presentSubmittedReview } from './present';

export interface SubmitContext {
  store: Store;
  now: number;
  /** Salted hash of the client address, or null when unknown. */
  clientHash: string | null;
  rateLimit: number;
}

export const DEFAULT_DISPLAY_NAME = 'Anonymous';

export async function submitReview(ctx: SubmitContext, slug: string, input: ReviewSubmission): Promise<SubmittedReview> {
  const company = await requireCompany(ctx.store, slug);
  const taxonomy = await ctx.store.findTaxonomy(company.id);
  const fieldErrors = checkTaxonomy(taxonomy, {
    issueType: input.issueType,
    contactMethod: input.contactMethod,
    billingParty: input.billingParty,
    responseTime: input.responseTime,
    outcome: input.outcome,
    resolved: input.resolved,
  });
  if (Object.keys(fieldErrors).length > 0) throw invalid(fieldErrors);

  const moderated = moderate({ title: input.title, body: input.body, displayName: input.displayName });
  const { text, record, riskScore } = moderated;
  if (record.decision === 'reject') {
    throw invalid({ body: 'Nothing readable is left of this review after moderation' });
  }
  const stored = await ctx.store.insertReview({
    companyId: company.id,
    rating: input.rating,
    title: text.title || null,
    body: text.body,
    displayName: text.displayName || DEFAULT_DISPLAY_NAME,
    issueType: input.issueType,
    contactMethod: input.contactMethod,
    billingParty: input.billingParty,
    responseTime: input.responseTime ?? null,
    nextStepsExplained: input.nextStepsExplained ?? null,
    outcome: input.outcome ?? null,
    resolved: input.resolved,
    device: input.device || null,
    status: record.decision === 'publish' ? 'published' : 'pending',
    moderation: JSON.stringify(record),
    riskScore,
    clientHash: ctx.clientHash,
    createdAt: ctx.now,
    updatedAt: ctx.now,
    publishedAt: record.decision === 'publish' ? ctx.now : null,
  });
  return presentSubmittedReview(stored, company);
}
