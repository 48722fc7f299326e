// Client hashes and what they are kept for: submission attempts (REVIEW_RATE_LIMIT), write buckets
// (WRITE_RATE_LIMIT), and the sweep that clears every hash once the window that needs it has passed.
import { and, count, eq, gt, isNotNull, lt, min, sql } from 'drizzle-orm';
import type { DbOrTx } from '../connection';
import { helpfulVotes, loginFailures, reviewReports, reviews, settings, submissionAttempts, writeBuckets } from '../schema';
import type { ClientHashCutoffs } from '../../../server/contract/store';

export type { ClientHashCutoffs };

export function clientDataQueries(db: DbOrTx) {
  const attemptsSince = db
    .select({ count: count(), oldest: min(submissionAttempts.at) })
    .from(submissionAttempts)
    .where(and(eq(submissionAttempts.clientHash, sql.placeholder('clientHash')), gt(submissionAttempts.at, sql.placeholder('since'))))
    .prepare();
  const insertAttempt = db
    .insert(submissionAttempts)
    .values({ clientHash: sql.placeholder('clientHash'), at: sql.placeholder('at') })
    .prepare();

  return {
    countAttempts(clientHash: string, since: number): { count: number; oldest: number | null } {
      const row = attemptsSince.get({ clientHash, since });
      return { count: row?.count ?? 0, oldest: row?.oldest ?? null };
    },
    insertAttempt: (clientHash: string, at: number): void => void insertAttempt.run({ clientHash, at }),
    /** Clears (or, where the row is nothing without it, deletes) every client hash older than its cutoff. */
    forgetClientHashes(before: ClientHashCutoffs): number {
      let changed = 0;
      changed += db
        .update(reviews)
        .set({ clientHash: null })
        .where(and(isNotNull(reviews.clientHash), lt(reviews.createdAt, before.reviews)))
        .run().changes;
      changed += db.delete(submissionAttempts).where(lt(submissionAttempts.at, before.attempts)).run().changes;
      changed += db.delete(loginFailures).where(lt(loginFailures.at, before.loginFailures)).run().changes;
      changed += db.delete(helpfulVotes).where(lt(helpfulVotes.createdAt, before.votes)).run().changes;
      changed += db
        .update(reviewReports)
        .set({ clientHash: null })
        .where(and(isNotNull(reviewReports.clientHash), lt(reviewReports.createdAt, before.reports)))
        .run().changes;
      changed += db.delete(writeBuckets).where(lt(writeBuckets.updatedAt, before.writeBuckets)).run().changes;
      return changed;
    },
    findSetting: (key: string): string | undefined => db.select().from(settings).where(eq(settings.key, key)).get()?.value,
    putSetting: (key: string, value: string): void =>
      void db.insert(settings).values({ key, value }).onConflictDoUpdate({ target: settings.key, set: { value } }).run(),
  };
}
