// What the manage link lets a reviewer do: see the status, edit (moderated again), report a later outcome,
// erase for good. A wrong token and an unknown review answer the same 404.
import type { ReviewRow, Store } from '../store';
import type { ManagedReview, OutcomeReport, ReviewEdit } from '../../contract/manage';
import { REPORTED_REASON } from '../../contract/moderation';
import { asksAboutContact } from '../../contract/review-limits';
import { AppError, invalid, notFound } from '../app-error';
import { checkTaxonomy } from '../check-taxonomy';
import { bodyFingerprint, moderateLabel } from '../screening/screen-text';
import { moderateTextInline, type ModerateText } from '../screening/moderation-task';
import { NO_FACTS } from '../screening/pipeline';
import { presentModeratedReview, readRecord, withReportedReason } from '../desk/record';
import { reviewSentiment } from '../patterns/sentiment';
import { DEFAULT_DISPLAY_NAME } from '../submit-review';
import { tokenMatches } from './manage-token';

export interface ManageContext {
  store: Store;
  now: number;
  /** Where an edit is moderated (inline, or on the moderation threads); inline when not given. */
  moderateText?: ModerateText;
}

const changedMeanwhile = () => new AppError('conflict', 'This review changed meanwhile; reload it');
const closed = () => new AppError('conflict', 'A moderator has taken this review down; it can no longer be changed');

async function findOwnReview(store: Store, id: number, token: string | undefined): Promise<ReviewRow> {
  const row = await store.findReviewById(id);
  if (!row || !tokenMatches(token, row.manageTokenHash)) throw notFound('Review');
  return row;
}

/** The review as its author sees it, with the company's published reply (and any resolution offered). */
export async function presentManagedReview(store: Store, row: ReviewRow): Promise<ManagedReview> {
  const [company, reply] = await Promise.all([store.findCompanyById(row.companyId), store.findReply(row.id)]);
  if (!company) throw notFound('Review');
  // The author sees what a moderator sees of the decision, not the queue's internal figures.
  const { riskScore: _r, reportCount: _c, companyName: _n, publishedAt: _p, ...review } = presentModeratedReview(row, company, reply);
  return review;
}

const present = presentManagedReview;

const audit = (ctx: ManageContext, action: string, id: number, details: Record<string, unknown> = {}) => ({
  at: ctx.now,
  actorId: null,
  actorEmail: null,
  action,
  targetType: 'review',
  targetId: id,
  details: { by: 'author', ...details },
});

export async function getManagedReview(ctx: ManageContext, id: number, token: string | undefined): Promise<ManagedReview> {
  return present(ctx.store, await findOwnReview(ctx.store, id, token));
}

export async function editManagedReview(
  ctx: ManageContext,
  id: number,
  token: string | undefined,
  edit: ReviewEdit,
): Promise<ManagedReview> {
  const row = await findOwnReview(ctx.store, id, token);
  // A rejected review may be fixed and sent again; one taken down after publication stays down.
  if (row.status === 'removed') throw closed();
  const fieldErrors = checkTaxonomy(await ctx.store.findTaxonomy(row.companyId), edit);
  if (Object.keys(fieldErrors).length > 0) throw invalid(fieldErrors);

  // The edited body is checked against the company's other reviews like a new one: editing a fresh review
  // into a copy of another must not skip the duplicate rule.
  const bodyHash = edit.body === undefined ? row.bodyHash : bodyFingerprint(edit.body);
  const duplicateBody = bodyHash !== null && bodyHash !== row.bodyHash && (await ctx.store.hasBodyHash(row.companyId, bodyHash));
  const moderated = await (ctx.moderateText ?? moderateTextInline)(
    {
      title: edit.title ?? row.title ?? '',
      body: edit.body ?? row.body,
      displayName: edit.displayName ?? row.displayName,
    },
    { ...NO_FACTS, duplicateBody },
  );
  if (moderated.record.decision === 'reject') throw invalid({ body: 'Nothing readable is left of this review after moderation' });
  const hiddenByReports = readRecord(row).reasons.includes(REPORTED_REASON);
  const record = hiddenByReports ? withReportedReason(moderated.record) : moderated.record;
  // A held review stays held, and a rejected one goes back to a moderator: an edit must not be a way around them.
  const status = row.status === 'published' && moderated.record.decision === 'publish' ? 'published' : 'pending';
  const rating = edit.rating ?? row.rating;
  const title = moderated.text.title || null;
  const changed = Object.keys(edit).filter((k) => edit[k as keyof ReviewEdit] !== undefined);
  const contacted = asksAboutContact(edit.contactMethod ?? row.contactMethod);

  const after = await ctx.store.reviseReviewWithEffects(
    id,
    row.status,
    {
      status,
      rating,
      title,
      body: moderated.text.body,
      displayName: moderated.text.displayName || DEFAULT_DISPLAY_NAME,
      issueType: edit.issueType ?? row.issueType,
      contactMethod: edit.contactMethod ?? row.contactMethod,
      billingParty: edit.billingParty ?? row.billingParty,
      responseTime: contacted ? (edit.responseTime === undefined ? row.responseTime : edit.responseTime) : null,
      nextStepsExplained: contacted ? (edit.nextStepsExplained === undefined ? row.nextStepsExplained : edit.nextStepsExplained) : null,
      outcome: contacted ? (edit.outcome ?? row.outcome) : null,
      resolved: edit.resolved ?? row.resolved,
      device: edit.device === undefined ? row.device : moderateLabel(edit.device) || null,
      bodyHash,
      moderation: JSON.stringify(record),
      riskScore: moderated.riskScore,
      ...reviewSentiment(title, moderated.text.body, rating),
    },
    ctx.now,
    (before) => {
      if (before.updatedAt !== row.updatedAt) throw changedMeanwhile();
      return { audit: audit(ctx, 'review.author-edit', id, { changed, redactions: moderated.record.redactions }) };
    },
  );
  if (!after) throw changedMeanwhile();
  return present(ctx.store, after);
}

/**
 * "Resolved three weeks later": the resolution answers change, and with them the company's figures; the date
 * and the answers as first written are kept, so readers see that it changed and from what.
 */
export async function reportLaterOutcome(
  ctx: ManageContext,
  id: number,
  token: string | undefined,
  input: OutcomeReport,
): Promise<ManagedReview> {
  const row = await findOwnReview(ctx.store, id, token);
  if (row.status !== 'published' && row.status !== 'pending') throw closed();
  const fieldErrors = checkTaxonomy(await ctx.store.findTaxonomy(row.companyId), input);
  if (Object.keys(fieldErrors).length > 0) throw invalid(fieldErrors);
  const after = await ctx.store.reviseReviewWithEffects(
    id,
    row.status,
    {
      resolved: input.resolved,
      // "Did not contact them" has no outcome of a contact, later or not.
      outcome: asksAboutContact(row.contactMethod) ? (input.outcome ?? row.outcome) : null,
      outcomeUpdatedAt: ctx.now,
      firstResolved: row.outcomeUpdatedAt === null ? row.resolved : row.firstResolved,
      firstOutcome: row.outcomeUpdatedAt === null ? row.outcome : row.firstOutcome,
    },
    ctx.now,
    (before) => {
      if (before.updatedAt !== row.updatedAt) throw changedMeanwhile();
      return {
        audit: audit(ctx, 'review.author-outcome', id, {
          resolvedBefore: before.resolved,
          resolved: input.resolved,
          outcome: input.outcome ?? null,
        }),
      };
    },
  );
  if (!after) throw changedMeanwhile();
  return present(ctx.store, after);
}

/** Erasure: the row, its text, reports and votes are gone, and every figure it counted in moves with it. */
export async function eraseManagedReview(ctx: ManageContext, id: number, token: string | undefined): Promise<void> {
  await findOwnReview(ctx.store, id, token);
  const erased = await ctx.store.eraseReviewWithEffects(id, () => ({ audit: audit(ctx, 'review.author-erase', id) }));
  if (!erased) throw notFound('Review');
}
