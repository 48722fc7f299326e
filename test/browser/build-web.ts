// Vitest global setup for the browser suite: builds the front end once, with the real Vite config, into a
// temp folder the tests serve (startTestServer's webRoot), and removes it afterwards.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    webRoot: string;
  }
}

export default async function setup(project: TestProject) {
  const outDir = mkdtempSync(join(tmpdir(), 'earful-web-'));
  const root = fileURLToPath(new URL('../../web', import.meta.url));
  await build({
    configFile: fileURLToPath(new URL('../../vite.config.ts', import.meta.url)),
    root,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
  project.provide('webRoot', outDir);
  return () => rmSync(outDir, { recursive: true, force: true });
}
