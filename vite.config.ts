// Vite builds web/ into web/dist, which the Hono server serves; `npm run dev` proxies the API to it.
// Vitest reads its settings from here too, with the project root as its root.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { earfulPages } from './web/build/earful-pages.ts';

const projectRoot = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: 'web',
  plugins: [earfulPages()],
  build: { outDir: 'dist', emptyOutDir: true },
  // Everything under /api goes to the server except web/api/*.ts, the client's own modules.
  server: { proxy: { '^/api/(?![\\w-]+\\.ts(\\?|$))': `http://localhost:${process.env.PORT ?? 8787}` } },
  test: {
    root: projectRoot,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // What a page or server shows "eventually" gets 5 s, not 1 s: a two-core machine under load is slow to paint.
    expect: { poll: { timeout: 5_000 } },
    // The browser suite needs a built front end; its own project builds it once, only when it runs.
    // (Arrays merge into projects that extend this config, so each project names its own files.)
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['test/**/*.test.ts'],
          exclude: ['test/browser/**', 'node_modules/**'],
          globalSetup: ['test/helpers/build-server.ts'],
        },
      },
      { extends: true, test: { name: 'browser', include: ['test/browser/**/*.test.ts'], globalSetup: ['test/browser/build-web.ts'] } },
      // The PostgreSQL half, only with a server to run on (DATABASE_URL, an admin URL): npm run test:postgres.
      ...(process.env.DATABASE_URL
        ? [
            {
              extends: true as const,
              test: {
                name: 'postgres',
                // The store contract and the API suites again, on PostgreSQL; test/postgres/ holds what is its own.
                include: [
                  'test/postgres/**/*.test.ts',
                  'test/store/**/*.test.ts',
                  'test/api/**/*.test.ts',
                  'test/http/write-limit-shared.test.ts',
                ],
                globalSetup: ['test/postgres/global-setup.ts', 'test/helpers/build-server.ts'],
                // test/helpers/test-store.ts and server.ts build their stores on DATABASE_URL's server.
                env: { EARFUL_TEST_STORE: 'postgres' },
              },
            },
          ]
        : []),
    ],
  },
});
