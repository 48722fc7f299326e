// What `npm start` builds, for the benches that start the server: the front end into web/dist, then the server.
import { join } from 'node:path';
import { build } from 'vite';
import { buildServer } from '../../server/cli/build-server';
import { PROJECT_ROOT } from '../helpers/server-process';

export async function buildSite(): Promise<void> {
  const nodeEnv = process.env.NODE_ENV;
  await build({ configFile: join(PROJECT_ROOT, 'vite.config.ts'), logLevel: 'warn' });
  // Vite's build sets NODE_ENV=production, which the server would take for a deployment without PUBLIC_ORIGIN.
  if (nodeEnv === undefined) delete process.env.NODE_ENV;
  else process.env.NODE_ENV = nodeEnv;
  await buildServer();
}
