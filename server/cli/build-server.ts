// Bundles the server into one plain-JavaScript file, server/dist/index.js, which `npm start` runs with node: no
// TypeScript compiler at start. Files the code reads beside itself (migrations, seeds, web/dist) stay where they are:
// each module's import.meta.url becomes its source file's address, found relative to the bundle at run time.
import { readFile } from 'node:fs/promises';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { bundleWorker } from '../screening-threads/worker-script';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const SERVER_BUNDLE = fileURLToPath(new URL('../dist/index.js', import.meta.url));

/** server/dist/index.js is two folders below the project root. */
const BANNER = "const __sourceUrl = (file) => new URL('../../' + file, import.meta.url).href;";

const sourceUrls: Plugin = {
  name: 'source-urls',
  setup(bundle) {
    bundle.onLoad({ filter: /\.ts$/ }, async ({ path }) => {
      const text = await readFile(path, 'utf8');
      if (!text.includes('import.meta.url')) return undefined;
      const file = relative(ROOT, path).split(sep).join('/');
      return { contents: text.replaceAll('import.meta.url', `__sourceUrl(${JSON.stringify(file)})`), loader: 'ts' };
    });
  },
};

export async function buildServer(): Promise<string> {
  await build({
    entryPoints: [fileURLToPath(new URL('../index.ts', import.meta.url))],
    outfile: SERVER_BUNDLE,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Dependencies load from node_modules as they are; only the project's own code is bundled.
    packages: 'external',
    banner: { js: BANNER },
    // The screening threads' script, built now rather than at every start.
    define: { SCREENING_WORKER_SCRIPT: JSON.stringify(await bundleWorker()) },
    plugins: [sourceUrls],
    logLevel: 'warning',
  });
  return SERVER_BUNDLE;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await buildServer();
