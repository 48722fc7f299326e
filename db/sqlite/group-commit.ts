// Group commit: writes that arrive in the same turn of the event loop share one transaction and one commit, each
// in its own savepoint unless it is a single statement (docs/decisions.md#group-commit).
import type Database from 'better-sqlite3';

interface Job<R> {
  work: () => R;
  resolve: (value: R) => void;
  reject: (error: unknown) => void;
}

type Outcome<R> = { ok: true; value: R } | { ok: false; error: unknown };

export interface GroupCommit<R> {
  /** Runs `work` inside the next shared transaction; resolves with its result once that transaction commits. */
  run(work: () => R): Promise<R>;
}

export interface GroupOptions<R> {
  /** At most this many writes a commit. */
  maxGroup?: number;
  /**
   * Runs in the transaction after the group's writes, with the results of those that succeeded: work that
   * adds up across the group (counters) is done once for all of it. If it throws, none of the group is stored.
   */
  beforeCommit?: (results: R[]) => void;
  /**
   * Every job makes at most one write statement, after its reads: SQLite undoes a failed statement by itself,
   * so a failed job leaves nothing behind without a savepoint of its own (two statements a job saved).
   */
  singleWriteJobs?: boolean;
}

/** At most this many writes a commit, so one turn of the event loop stays short under a flood. */
export const MAX_GROUP = 100;

export function groupCommit<R>(sqlite: Database.Database, options: GroupOptions<R> = {}): GroupCommit<R> {
  const { maxGroup = MAX_GROUP, beforeCommit, singleWriteJobs = false } = options;
  let queue: Job<R>[] = [];
  let scheduled = false;
  const savepoint = sqlite.transaction((work: () => R) => work());
  const runJob = singleWriteJobs ? (work: () => R) => work() : savepoint;
  const commitAll = sqlite.transaction((jobs: Job<R>[]): Outcome<R>[] => {
    const outcomes = jobs.map((job): Outcome<R> => {
      try {
        return { ok: true, value: runJob(job.work) };
      } catch (error) {
        // An error SQLite answers by rolling the whole transaction back (a full disk, an I/O error) ends the
        // group: the jobs after it would otherwise write outside any transaction.
        if (!sqlite.inTransaction) throw error;
        return { ok: false, error };
      }
    });
    beforeCommit?.(outcomes.flatMap((o) => (o.ok ? [o.value] : [])));
    return outcomes;
  });

  function flush() {
    scheduled = false;
    const jobs = queue.slice(0, maxGroup);
    queue = queue.slice(jobs.length);
    if (queue.length > 0) schedule();
    let outcomes: Outcome<R>[];
    try {
      // Immediate: the group's writes read first (duplicates, counts), and another process may write meanwhile.
      outcomes = commitAll.immediate(jobs);
    } catch (error) {
      // The commit itself failed (disk full, database locked by another process): nothing of the group is stored.
      for (const job of jobs) job.reject(error);
      return;
    }
    outcomes.forEach((outcome, i) => (outcome.ok ? jobs[i]!.resolve(outcome.value) : jobs[i]!.reject(outcome.error)));
  }

  function schedule() {
    if (scheduled) return;
    scheduled = true;
    // setImmediate runs after the poll phase, so every request the event loop read in this turn joins the group.
    setImmediate(flush);
  }

  return {
    run(work: () => R): Promise<R> {
      return new Promise<R>((resolve, reject) => {
        queue.push({ work, resolve, reject });
        schedule();
      });
    },
  };
}
