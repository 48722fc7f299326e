// Screening on threads of its own (MODERATION_THREADS), beside the event loop, so a flood of submissions does not
// slow every page; inline whenever no thread can take a job. Why it is shaped so: docs/decisions.md#moderation-threads.
import { Worker } from 'node:worker_threads';
import type { ModeratedSubmission, ModerateSubmission } from '../domain/screening/moderate-submission';
import { runTask, taskOutOfTime, type ModerateText, type ModerationTask } from '../domain/screening/moderation-task';
import { NO_FACTS, type ModerationResult } from '../domain/screening/pipeline';
import { workerScript } from './worker-script';

interface Job {
  task: ModerationTask;
  resolve: (result: ModeratedSubmission | ModerationResult) => void;
  reject: (error: unknown) => void;
  timer?: NodeJS.Timeout;
}

interface Thread {
  worker: Worker;
  jobs: Map<number, Job>;
  /** It loaded and said so: a thread that fails before that would fail again, and is not replaced. */
  ready: boolean;
}

type WorkerMessage = { ready: true } | { id: number; result?: ModeratedSubmission | ModerationResult; error?: string };

export interface ModerationPool {
  moderateSubmission: ModerateSubmission;
  /** Moderates other free text (edits, notes) on the threads too. */
  moderateText: ModerateText;
  /** Resolves with the number of threads running once they have started (0 if they could not be built). */
  started: Promise<number>;
  /** Threads running now. */
  running(): number;
  /** Stops the threads; jobs still in hand are moderated inline. */
  close(): Promise<void>;
}

/** A small young generation keeps a thread's garbage from growing the process under a flood (docs/decisions.md). */
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
  let code = '';

  const settleInline = (job: Job) => {
    clearTimeout(job.timer);
    try {
      job.resolve(runTask(job.task));
    } catch (error) {
      job.reject(error);
    }
  };

  /** Gives a job to the ready-or-starting thread with the fewest jobs in hand, or runs it inline when there is none. */
  function dispatch(job: Job) {
    const thread = threads.reduce<Thread | undefined>((best, t) => (!best || t.jobs.size < best.jobs.size ? t : best), undefined);
    if (!thread) return settleInline(job);
    const id = nextId++;
    thread.jobs.set(id, job);
    armFirst(thread);
    if (thread.jobs.size === 1) thread.worker.ref();
    thread.worker.postMessage({ id, task: job.task });
  }

  /**
   * A thread works through its jobs in order, once it has loaded: only the job it is working on has its time
   * running, so neither a thread's start nor a queue behind a flood counts against a job.
   */
  function armFirst(thread: Thread) {
    const first = thread.jobs.entries().next();
    if (!thread.ready || first.done || first.value[1].timer) return;
    const [id, job] = first.value;
    job.timer = setTimeout(() => expire(thread, id), jobTimeoutMs);
    job.timer.unref();
  }

  /**
   * Takes a thread out of the pool (at once, so no new job goes to it), replaced when it had loaded; its jobs are
   * moderated inline, within moderation's own time budget — never sent on to another thread, where a job that
   * ended this one would end the next too.
   */
  function retire(thread: Thread) {
    const index = threads.indexOf(thread);
    if (index < 0) return;
    threads.splice(index, 1);
    const orphans = [...thread.jobs.values()];
    thread.jobs.clear();
    if (!closing && thread.ready) threads.push(start());
    for (const job of orphans) settleInline(job);
  }

  /** The thread is stuck on this job: the review is held unread, and the thread stopped and replaced. */
  function expire(thread: Thread, id: number) {
    const job = thread.jobs.get(id);
    if (!job) return;
    thread.jobs.delete(id);
    job.resolve(taskOutOfTime(job.task));
    retire(thread);
    void thread.worker.terminate();
  }

  function start(): Thread {
    const worker = new Worker(code, { eval: true, resourceLimits: THREAD_LIMITS });
    const thread: Thread = { worker, jobs: new Map(), ready: false };
    worker.on('message', (message: WorkerMessage) => {
      if ('ready' in message) {
        thread.ready = true;
        return armFirst(thread);
      }
      const { id, result, error } = message;
      const job = thread.jobs.get(id);
      if (!job) return;
      thread.jobs.delete(id);
      clearTimeout(job.timer);
      armFirst(thread);
      if (thread.jobs.size === 0) worker.unref();
      if (error !== undefined) job.reject(new Error(error));
      else job.resolve(result!);
    });
    worker.on('error', () => retire(thread));
    worker.on('exit', () => retire(thread));
    // An idle thread does not keep the process alive (stopping the server is enough to end it); a busy one does.
    worker.unref();
    return thread;
  }

  const started = (options.script !== undefined ? Promise.resolve(options.script) : workerScript()).then(
    (script) => {
      code = script;
      for (let i = 0; i < size && !closing; i++) threads.push(start());
      return threads.length;
    },
    // Without a script there are no threads: moderation stays inline, as with MODERATION_THREADS=0.
    () => 0,
  );

  const run = (task: ModerationTask) =>
    new Promise<ModeratedSubmission | ModerationResult>((resolve, reject) => dispatch({ task, resolve, reject }));

  return {
    started,
    running: () => threads.length,
    moderateSubmission: (input) => run({ kind: 'submission', input }) as Promise<ModeratedSubmission>,
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
