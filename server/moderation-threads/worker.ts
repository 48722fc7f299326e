// A moderation thread: answers each { id, task } with the task's result, or the error it threw.
import { parentPort } from 'node:worker_threads';
import { runTask } from '../domain/moderation/moderation-task';

parentPort!.on('message', ({ id, task }) => {
  try {
    parentPort!.postMessage({ id, result: runTask(task) });
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
