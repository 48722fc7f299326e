// Moderation on threads of its own (MODERATION_THREADS). Moderating a review costs about 250 µs of CPU; on
// the event loop that time is taken from every other request, so a flood of submissions slows every page.
// On its own threads it runs beside the loop, which is left with HTTP and the database.
//
// A job goes to the thread with the fewest jobs in hand. Until the threads are up (a moment after start), and
// if a thread fails, jobs are moderated inline (the result is the same pure function); a failed thread that had
// worked is replaced, one that never answered is not (it would fail again, in a loop). A submission never
// waits on a thread that is not there.
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';
import type { ModeratedSubmission, ModerateSubmission } from '../domain/moderation/moderate-submission';
import { runTask, taskOutOfTime, type ModerateText, type ModerationTask } from '../domain/moderation/moderation-task';
import { NO_FACTS, type ModerationResult } from '../domain/moderation/pipeline';

interface Job {
  task: ModerationTask;
  resolve: (result: ModeratedSubmission | ModerationResult) => void;
  reject: (error: unknown) => void;
  timer?: NodeJS.Timeout;
}

interface Thread {
  worker: Worker;
  jobs: Map<number, Job>;
  /** Whether it ever answered: one that fails before that would fail again, and is not replaced. */
  answered: boolean;
  /** Stopped because a job ran past its time: the thread was sound, so it is replaced. */
  timedOut: boolean;
  /** Gives up on a job that ran past its time. */
  expire?: (id: number) => void;
}

export interface ModerationPool {
  moderate: ModerateSubmission;
  /** Moderates other free text (edits, notes) on the threads too. */
  moderateText: ModerateText;
  /** Resolves with the number of threads running once they have started (0 if they could not be built). */
  started: Promise<number>;
  /** Threads running now. */
  running(): number;
  /** Stops the threads; jobs still in hand are moderated inline. */
  close(): Promise<void>;
}

/**
 * The thread's code: worker.ts and everything it imports bundled into one CommonJS script, from the sources as
 * they are, once per process. A thread then needs no TypeScript loader (tsx alone costs a thread about 15 MB,
 * and on Node 20 a worker's --import hooks are not in place before its entry loads). esbuild's asynchronous
 * build is used: the synchronous one leaves the process about 15 MB larger.
 */
let script: Promise<string> | undefined;
function workerScript(): Promise<string> {
  script ??= build({
    entryPoints: [fileURLToPath(new URL('./worker.ts', import.meta.url))],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    write: false,
    logLevel: 'silent',
  }).then((result) => result.outputFiles[0]!.text);
  return script;
}

/**
 * A thread holds moderation's word lists and patterns (a few MB) and the garbage of its jobs. A small
 * young generation keeps that garbage from growing the process by 60–100 MB under a flood; a thread that
 * outgrows the old-generation cap fails, and its jobs are moderated inline while it is replaced.
 */
const THREAD_LIMITS = { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 128 };

/** How long a thread may take over one job by default before it is stopped and the review held (MODERATION_TIMEOUT_MS). */
export const DEFAULT_JOB_TIMEOUT_MS = 2_000;

export interface PoolOptions {
  /** The thread's code, for tests; by default worker.ts bundled. */
  script?: string;
  /** A job not answered within this many milliseconds is held for a moderator and its thread replaced. */
  jobTimeoutMs?: number;
}

export function moderationPool(size: number, options: PoolOptions = {}): ModerationPool {
  const jobTimeoutMs = options.jobTimeoutMs ?? DEFAULT_JOB_TIMEOUT_MS;
  let nextId = 0;
  let closing = false;
  const threads: Thread[] = [];

  const settleInline = (job: Job) => {
    clearTimeout(job.timer);
    try {
      job.resolve(runTask(job.task));
    } catch (error) {
      job.reject(error);
    }
  };

  function start(code: string): Thread {
    const worker = new Worker(code, { eval: true, resourceLimits: THREAD_LIMITS });
    const thread: Thread = { worker, jobs: new Map(), answered: false, timedOut: false };
    thread.worker.on(
      'message',
      ({ id, result, error }: { id: number; result?: ModeratedSubmission | ModerationResult; error?: string }) => {
        thread.answered = true;
        const job = thread.jobs.get(id);
        if (!job) return;
        thread.jobs.delete(id);
        clearTimeout(job.timer);
        if (thread.jobs.size === 0) thread.worker.unref();
        if (error !== undefined) job.reject(new Error(error));
        else job.resolve(result!);
      },
    );
    const fail = () => {
      const index = threads.indexOf(thread);
      if (index < 0) return;
      threads.splice(index, 1);
      for (const job of thread.jobs.values()) settleInline(job);
      thread.jobs.clear();
      if (!closing && (thread.answered || thread.timedOut)) threads.push(start(code));
    };
    thread.expire = (id) => {
      const job = thread.jobs.get(id);
      if (!job) return;
      // The thread is stuck on this job: the review is held unread, and the thread stopped (its other jobs are
      // then moderated inline, within moderation's own time budget) and replaced.
      thread.jobs.delete(id);
      job.resolve(taskOutOfTime(job.task));
      thread.timedOut = true;
      void thread.worker.terminate();
    };
    thread.worker.on('error', fail);
    thread.worker.on('exit', fail);
    // An idle thread does not keep the process alive (stopping the server is enough to end it); a busy one does.
    thread.worker.unref();
    return thread;
  }

  const started = (options.script !== undefined ? Promise.resolve(options.script) : workerScript()).then(
    (code) => {
      for (let i = 0; i < size && !closing; i++) threads.push(start(code));
      return threads.length;
    },
    // Without a script there are no threads: moderation stays inline, as with MODERATION_THREADS=0.
    () => 0,
  );

  /** Sends a task to the thread with the fewest jobs in hand, or runs it inline when there is none. */
  const run = (task: ModerationTask) =>
    new Promise<ModeratedSubmission | ModerationResult>((resolve, reject) => {
      const job: Job = { task, resolve, reject };
      const thread = threads.reduce<Thread | undefined>((best, t) => (!best || t.jobs.size < best.jobs.size ? t : best), undefined);
      if (!thread) return settleInline(job);
      const id = nextId++;
      thread.jobs.set(id, job);
      job.timer = setTimeout(() => thread.expire?.(id), jobTimeoutMs);
      job.timer.unref();
      if (thread.jobs.size === 1) thread.worker.ref();
      thread.worker.postMessage({ id, task });
    });

  return {
    started,
    running: () => threads.length,
    moderate: (input) => run({ kind: 'submission', input }) as Promise<ModeratedSubmission>,
    moderateText: (input, facts = NO_FACTS) => run({ kind: 'text', input, facts }) as Promise<ModerationResult>,
    async close() {
      closing = true;
      await started;
      const stopping = threads.splice(0).map(async (thread) => {
        for (const job of thread.jobs.values()) settleInline(job);
        thread.jobs.clear();
        await thread.worker.terminate();
      });
      await Promise.all(stopping);
    },
  };
}
