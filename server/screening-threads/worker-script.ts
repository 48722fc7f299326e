// The screening thread's code: worker.ts and its imports bundled into one CommonJS script, so a thread needs no
// loader. `npm start`'s bundle carries it built (SCREENING_WORKER_SCRIPT); run from source, it is built once here.
import { fileURLToPath } from 'node:url';

/** Defined by server/cli/build-server.ts in the production bundle; absent when the server runs from source. */
declare const SCREENING_WORKER_SCRIPT: string | undefined;

export async function bundleWorker(): Promise<string> {
  // Loaded only here: the production bundle never needs esbuild at run time.
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [fileURLToPath(new URL('./worker.ts', import.meta.url))],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

let script: Promise<string> | undefined;
export function workerScript(): Promise<string> {
  script ??= typeof SCREENING_WORKER_SCRIPT === 'string' ? Promise.resolve(SCREENING_WORKER_SCRIPT) : bundleWorker();
  return script;
}
