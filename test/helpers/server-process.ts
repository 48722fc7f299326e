// The real server as its own process (server/dist/index.js, the bundle `npm start` runs; the test projects' global
// setup builds it), for crash, signal and backup tests that a server inside the test process cannot stand in for.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The Node flags `npm start` gives the server, read from package.json so the tests run exactly that. */
export function startFlags(): string[] {
  const { scripts } = JSON.parse(readFileSync(`${PROJECT_ROOT}/package.json`, 'utf8')) as { scripts: { start: string } };
  const match = /\bnode ((?:--[\w-]+(?:=\S+)? )*)server\/dist\/index\.js$/.exec(scripts.start);
  if (!match) throw new Error(`package.json's start script no longer reads "node [flags] server/dist/index.js": ${scripts.start}`);
  return match[1]!.split(' ').filter(Boolean);
}

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  /** Everything the process wrote to stdout so far. */
  output(): string;
  /** Resolves with the exit code (null when killed by a signal) and the signal. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * This process's environment with `env` over it, but without an inherited DATABASE_URL: a child goes on a
 * PostgreSQL database only when the caller names one, never the developer's shell's or the test admin URL.
 */
export function childEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const { DATABASE_URL: _inherited, ...inherited } = process.env;
  return { ...inherited, ...env };
}

/** Runs a project TypeScript entry with tsx in one node process, so a signal reaches the program itself. */
export function spawnTs(entry: string, args: string[], env: Record<string, string>, nodeFlags: string[] = []): ChildProcess {
  return spawn(process.execPath, [...nodeFlags, '--import', 'tsx', entry, ...args], {
    cwd: PROJECT_ROOT,
    env: childEnv(env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** `startTimeoutMs`: how long it may take to listen (the bench's million-review starts take minutes); killed past it. */
export async function spawnServer(
  databasePath: string,
  env: Record<string, string> = {},
  { startTimeoutMs = 30_000 }: { startTimeoutMs?: number } = {},
): Promise<ServerProcess> {
  const child = spawn(process.execPath, [...startFlags(), 'server/dist/index.js'], {
    cwd: PROJECT_ROOT,
    env: childEnv({
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_PATH: databasePath,
      REVIEW_RATE_LIMIT: '0',
      WRITE_RATE_LIMIT: '0',
      LOG_LEVEL: 'silent',
      ...env,
    }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
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
        () => reject(new Error(`server did not listen within ${startTimeoutMs / 1000} s:\n${stdout}\n${stderr}`)),
        startTimeoutMs,
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
    // No server outlives a start that failed.
    child.kill('SIGKILL');
    throw error;
  }
}
