// Group commit on PostgreSQL: writes that arrive while the previous group is committing share the next
// transaction and its one commit (a commit waits for the WAL flush, the cost that dominates a small write).
// Each write runs in its own savepoint (unless each is one write: singleWriteJobs), so one that throws takes back
// only its own changes, and every caller hears of its write only after the commit that made it durable. The SQLite
// twin is db/sqlite/group-commit.ts.
import type { PgDb, PgTx } from './connection';
import { isRetryableConflict, retryingConflicts } from './retry';

interface Job<R> {
  work: (tx: PgTx) => Promise<R>;
  resolve: (value: R) => void;
  reject: (error: unknown) => void;
}

type Outcome<R> = { ok: true; value: R } | { ok: false; error: unknown };

export interface PgGroupOptions<R> {
  /** At most this many writes a commit. */
  maxGroup?: number;
  /** Runs after the group's writes with the results of those that succeeded; if it throws, none is stored. */
  beforeCommit?: (tx: PgTx, results: R[]) => Promise<void>;
  /**
   * Every job makes at most one write, after its reads. The group first runs without a savepoint a job (two round
   * trips each saved); a failed statement aborts a PostgreSQL transaction whole, so a group in which any job fails
   * is rolled back and run again with a savepoint for each, where only the failed job is taken back.
   */
  singleWriteJobs?: boolean;
}

/** A job failed in a group run without savepoints: the group is run again with them. */
class JobFailed extends Error {}

export const MAX_GROUP = 100;

export function pgGroupCommit<R>(db: PgDb, options: PgGroupOptions<R> = {}) {
  const { maxGroup = MAX_GROUP, beforeCommit, singleWriteJobs = false } = options;
  let queue: Job<R>[] = [];
  let running = false;

  const commitAll = (jobs: Job<R>[], savepoints: boolean) =>
    db.transaction(async (tx) => {
      const outcomes: Outcome<R>[] = [];
      for (const job of jobs) {
        try {
          outcomes.push({ ok: true, value: await (savepoints ? tx.transaction((savepoint) => job.work(savepoint)) : job.work(tx)) });
        } catch (error) {
          // A deadlock is the whole group's to run again (retryingConflicts); anything else, this job's.
          if (!savepoints) throw isRetryableConflict(error) ? error : new JobFailed();
          outcomes.push({ ok: false, error });
        }
      }
      await beforeCommit?.(
        tx,
        outcomes.flatMap((o) => (o.ok ? [o.value] : [])),
      );
      return outcomes;
    });

  const commitGroup = async (jobs: Job<R>[]) => {
    if (singleWriteJobs) {
      try {
        return await commitAll(jobs, false);
      } catch (error) {
        if (!(error instanceof JobFailed)) throw error;
      }
    }
    return commitAll(jobs, true);
  };

  async function flush() {
    running = true;
    while (queue.length > 0) {
      const jobs = queue.slice(0, maxGroup);
      queue = queue.slice(jobs.length);
      let outcomes: Outcome<R>[];
      try {
        // A deadlock with another instance's group rolls this one back whole: it is simply tried again.
        outcomes = await retryingConflicts(() => commitGroup(jobs));
      } catch (error) {
        // The commit itself failed (the server gone, the pool exhausted): nothing of the group is stored.
        for (const job of jobs) job.reject(error);
        continue;
      }
      outcomes.forEach((outcome, i) => (outcome.ok ? jobs[i]!.resolve(outcome.value) : jobs[i]!.reject(outcome.error)));
    }
    running = false;
  }

  return {
    /** Runs `work` inside the next shared transaction; resolves with its result once that transaction commits. */
    run(work: (tx: PgTx) => Promise<R>): Promise<R> {
      return new Promise<R>((resolve, reject) => {
        queue.push({ work, resolve, reject });
        // setImmediate: every request the event loop read in this turn joins the first group too.
        if (!running) {
          running = true;
          setImmediate(() => void flush());
        }
      });
    },
  };
}
