// Maps stored rows to the API's shapes; the only place that knows both.
import type { CompanyRow, ReplyRow, ReviewRow, SummaryRow, TaxonomyRow } from './store';
import { presentReply } from './replies/present-reply';
import type { ModerationRecord, RatingSummary, Review, StarCount, SubmittedReview } from '../contract/review';
import { STAR_LABELS, perTaxonomyField, type Taxonomy, type TaxonomyValue } from '../contract/taxonomy';
import { isoTime } from './iso-time';

export function presentSummary(
  s: Pick<SummaryRow, 'reviewCount' | 'ratingSum' | 'stars1' | 'stars2' | 'stars3' | 'stars4' | 'stars5'>,
): RatingSummary {
  const count = s.reviewCount;
  const average = count === 0 ? 0 : Math.round((s.ratingSum / count) * 10) / 10;
  const byStars = { 1: s.stars1, 2: s.stars2, 3: s.stars3, 4: s.stars4, 5: s.stars5 };
  const distribution: StarCount[] = ([5, 4, 3, 2, 1] as const).map((stars) => ({
    stars,
    label: STAR_LABELS[stars],
    count: byStars[stars],
  }));
  return { average, count, distribution, text: ratingText(average, count) };
}

/** "4.2 out of 5 stars (based on 318 reviews)"; whole averages print without a decimal. */
export function ratingText(average: number, count: number): string {
  return `${average} out of 5 stars (based on ${count} ${count === 1 ? 'review' : 'reviews'})`;
}

export function presentTaxonomy(rows: readonly TaxonomyRow[]): Taxonomy {
  const taxonomy: Taxonomy = perTaxonomyField<TaxonomyValue[]>(() => []);
  for (const row of rows) {
    const field = row.field as keyof Taxonomy;
    if (taxonomy[field]) taxonomy[field].push({ value: row.value, label: row.label });
  }
  return taxonomy;
}

/** `reply`: the review's stored reply, if any (only a published one is shown). */
export function presentReview(row: ReviewRow, company: Pick<CompanyRow, 'slug' | 'name'>, reply: ReplyRow | null = null): Review {
  return {
    id: row.id,
    company: company.slug,
    rating: row.rating,
    title: row.title,
    body: row.body,
    displayName: row.displayName,
    issueType: row.issueType,
    contactMethod: row.contactMethod,
    billingParty: row.billingParty,
    responseTime: row.responseTime,
    nextStepsExplained: row.nextStepsExplained,
    outcome: row.outcome,
    resolved: row.resolved,
    device: row.device,
    outcomeUpdate:
      row.outcomeUpdatedAt === null
        ? null
        : {
            at: isoTime(row.outcomeUpdatedAt),
            resolvedBefore: row.firstResolved ?? row.resolved,
            outcomeBefore: row.firstOutcome,
          },
    reply: presentReply(reply, company.name),
    status: row.status,
    helpfulCount: row.helpfulCount,
    createdAt: isoTime(row.createdAt),
    updatedAt: isoTime(row.updatedAt),
  };
}

export function presentSubmittedReview(
  row: ReviewRow,
  company: Pick<CompanyRow, 'slug' | 'name'>,
  reply: ReplyRow | null = null,
): SubmittedReview {
  return { ...presentReview(row, company, reply), moderation: JSON.parse(row.moderation) as ModerationRecord };
}
