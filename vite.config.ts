// Vite builds web/ into web/dist, which the Hono server serves; `npm run dev` proxies the API to it.
// Vitest reads its settings from here too, with the project root as its root.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const projectRoot = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: 'web',
  build: { outDir: 'dist', emptyOutDir: true },
  server: { proxy: { '/api': `http://localhost:${process.env.PORT ?? 8787}` } },
  test: {
    root: projectRoot,
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
