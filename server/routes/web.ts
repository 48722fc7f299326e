// Serves the built front end: hashed assets as files, and the page shell for every page address.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import type { AppEnv } from '../http/app-env';

export function webRoutes(webRoot: string) {
  const shellPath = join(webRoot, 'index.html');
  const shell = existsSync(shellPath) ? readFileSync(shellPath, 'utf8') : null;
  return new Hono<AppEnv>()
    .use(
      '/assets/*',
      serveStatic({ root: webRoot, onFound: (_path, c) => c.header('Cache-Control', 'public, max-age=31536000, immutable') }),
    )
    .use('*', serveStatic({ root: webRoot }))
    .get('*', (c) => (shell ? c.html(shell) : c.text('The front end is not built: run npm run build:web', 503)));
}
