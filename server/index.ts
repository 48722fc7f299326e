// The Node entry: read the environment, open and migrate the database, serve, and stop cleanly on SIGTERM.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { readConfig } from './env';
import { startApp } from './start';
import { stdoutLogger } from './http/logger';

let config: ReturnType<typeof readConfig>;
try {
  config = readConfig();
} catch (error) {
  // A wrong setting is the operator's to fix: say which, without a stack trace.
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(1);
}
const webRoot = resolve(fileURLToPath(new URL('../web/dist', import.meta.url)));
const { app, close } = await startApp(config, { webRoot });

// Bodies are at most 64 KB: a client still sending after 30 s is holding a connection open, not uploading.
const serverOptions = { requestTimeout: 30_000, headersTimeout: 15_000 };
const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host, serverOptions }, (info) => {
  stdoutLogger({ level: 'info', msg: `Earful listening on http://localhost:${info.port}`, database: config.databasePath });
});

let stopping = false;
function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  stdoutLogger({ level: 'info', msg: 'stopping', signal });
  // close() stops accepting and waits for requests in flight; then the database is checkpointed and closed.
  server.close(() => {
    void close().then(() => {
      stdoutLogger({ level: 'info', msg: 'stopped' });
      process.exit(0);
    });
  });
  setTimeout(() => {
    void close().finally(() => process.exit(1));
  }, 10_000).unref();
}
process.on('SIGTERM', () => stop('SIGTERM'));
process.on('SIGINT', () => stop('SIGINT'));
