// Client hashes and what they are kept for on PostgreSQL (twin of db/sqlite/queries/client-data.ts): submission
// attempts (REVIEW_RATE_LIMIT), and the sweep that clears every hash once the window that needs it has passed.
import { and, count, eq, gt, isNotNull, lt, min } from 'drizzle-orm';
import type { PgQuery } from '../connection';
import { helpfulVotes, loginFailures, reviewReports, reviews, settings, submissionAttempts, writeBuckets } from '../schema';
import type { ClientHashCutoffs } from '../../../server/contract/store';

export async function countAttempts(q: PgQuery, clientHash: string, since: number): Promise<{ count: number; oldest: number | null }> {
  const [row] = await q
    .select({ count: count(), oldest: min(submissionAttempts.at) })
    .from(submissionAttempts)
    .where(and(eq(submissionAttempts.clientHash, clientHash), gt(submissionAttempts.at, since)));
  return { count: row?.count ?? 0, oldest: row?.oldest ?? null };
}

export async function insertAttempt(q: PgQuery, clientHash: string, at: number): Promise<void> {
  await q.insert(submissionAttempts).values({ clientHash, at });
}

/** Clears (or, where the row is nothing without it, deletes) every client hash older than its cutoff. */
export async function forgetClientHashes(q: PgQuery, before: ClientHashCutoffs): Promise<number> {
  const changes = [
    await q
      .update(reviews)
      .set({ clientHash: null })
      .where(and(isNotNull(reviews.clientHash), lt(reviews.createdAt, before.reviews))),
    await q.delete(submissionAttempts).where(lt(submissionAttempts.at, before.attempts)),
    await q.delete(loginFailures).where(lt(loginFailures.at, before.loginFailures)),
    await q.delete(helpfulVotes).where(lt(helpfulVotes.createdAt, before.votes)),
    await q
      .update(reviewReports)
      .set({ clientHash: null })
      .where(and(isNotNull(reviewReports.clientHash), lt(reviewReports.createdAt, before.reports))),
    await q.delete(writeBuckets).where(lt(writeBuckets.updatedAt, before.writeBuckets)),
  ];
  return changes.reduce((sum, result) => sum + (result.rowCount ?? 0), 0);
}

export const findSetting = async (q: PgQuery, key: string): Promise<string | undefined> =>
  (await q.select().from(settings).where(eq(settings.key, key)))[0]?.value;

export async function putSetting(q: PgQuery, key: string, value: string): Promise<void> {
  await q.insert(settings).values({ key, value }).onConflictDoUpdate({ target: settings.key, set: { value } });
}
