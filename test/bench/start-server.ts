// The bench's server processes: as the tests' spawnServer starts them (npm start's flags, the bench's settings),
// but given minutes to listen (a first start on a million reviews took over the tests' 30 s on a busy machine,
// 2026-12-07) and killed when they do not, so no server outlives a failed run.
import { spawnTs, startFlags, type ServerProcess } from '../helpers/server-process';

const START_TIMEOUT_MS = 300_000;

export async function startBenchServer(databasePath: string, env: Record<string, string>): Promise<ServerProcess> {
  const child = spawnTs(
    'server/index.ts',
    [],
    {
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_PATH: databasePath,
      REVIEW_RATE_LIMIT: '0',
      WRITE_RATE_LIMIT: '0',
      LOG_LEVEL: 'silent',
      ...env,
    },
    startFlags(),
  );
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  try {
    const port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`server did not listen within ${START_TIMEOUT_MS / 1000} s:\n${stdout}\n${stderr}`)),
        START_TIMEOUT_MS,
      );
      child.stdout!.on('data', () => {
        const match = /listening on http:\/\/localhost:(\d+)/.exec(stdout);
        if (match) {
          clearTimeout(timer);
          resolve(Number(match[1]));
        }
      });
      void exited.then(() => {
        clearTimeout(timer);
        reject(new Error(`server exited before listening:\n${stdout}\n${stderr}`));
      });
    });
    return { child, url: `http://127.0.0.1:${port}`, output: () => stdout, exited };
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
}
