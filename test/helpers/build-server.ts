// Global setup: the server processes tests start run the bundle `npm start` runs, built once per test run.
import { buildServer } from '../../server/cli/build-server';

export default async function setup(): Promise<void> {
  await buildServer();
}
