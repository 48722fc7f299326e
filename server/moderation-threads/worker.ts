// A moderation thread: answers each { id, input } with moderateSubmission's result, or the error it threw.
import { parentPort } from 'node:worker_threads';
import { moderateSubmission } from '../domain/moderation/moderate-submission';

parentPort!.on('message', ({ id, input }) => {
  try {
    parentPort!.postMessage({ id, result: moderateSubmission(input) });
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
