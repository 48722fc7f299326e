// A moderation thread: says it is ready once loaded (its time per job starts then), then answers each
// { id, task } with the task's result, or the error it threw.
import { parentPort } from 'node:worker_threads';
import { runTask } from '../domain/screening/moderation-task';

parentPort!.on('message', ({ id, task }) => {
  try {
    parentPort!.postMessage({ id, result: runTask(task) });
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
parentPort!.postMessage({ ready: true });
