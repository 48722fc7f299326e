// The floor for every ratio in `npm run bench`: a hello-world Hono route on @hono/node-server, in a process of
// its own like the real server, and nothing else. Prints {"port"} once listening.
import { Hono } from 'hono';
import { serve } from '@hono/node-server';

const app = new Hono().get('/', (c) => c.json({ hello: 'world' }));

serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
  process.stdout.write(`${JSON.stringify({ port: info.port })}\n`);
});
process.on('SIGTERM', () => process.exit(0));
