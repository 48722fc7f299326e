// Group commit: writes that arrive in the same turn of the event loop share one transaction and one commit.
//
// A commit in WAL mode appends every page the transaction changed to the log; a review touches about twenty
// (its row, nine index leaves, the summary and the pattern counters), most of them the same pages the next
// review touches. Committing fifty reviews at once writes those shared pages once instead of fifty times.
// Each write runs in its own savepoint, so one that throws (a refusal, a constraint) takes back only its own
// changes, and every caller hears of its write only after the commit that made it durable.
import type Database from 'better-sqlite3';

interface Job {
  work: () => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

export interface GroupCommit {
  /** Runs `work` inside the next shared transaction; resolves with its result once that transaction commits. */
  run<T>(work: () => T): Promise<T>;
}

/** At most this many writes a commit, so one turn of the event loop stays short under a flood. */
export const MAX_GROUP = 100;

export function groupCommit(sqlite: Database.Database, maxGroup = MAX_GROUP): GroupCommit {
  let queue: Job[] = [];
  let scheduled = false;
  const savepoint = sqlite.transaction((work: () => unknown) => work());
  const commitAll = sqlite.transaction((jobs: Job[]): Outcome[] =>
    jobs.map((job) => {
      try {
        return { ok: true, value: savepoint(job.work) };
      } catch (error) {
        return { ok: false, error };
      }
    }),
  );

  function flush() {
    scheduled = false;
    const jobs = queue.slice(0, maxGroup);
    queue = queue.slice(jobs.length);
    if (queue.length > 0) schedule();
    let outcomes: Outcome[];
    try {
      outcomes = commitAll(jobs);
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
    run<T>(work: () => T): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
        schedule();
      });
    },
  };
}
