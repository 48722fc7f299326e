// A moderation thread's entry, in JavaScript: on Node 20 a worker's --import hooks are not in place before its
// entry module loads, so the TypeScript loader (tsx) is registered here and the worker itself imported after.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
