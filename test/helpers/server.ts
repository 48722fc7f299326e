// A real server for tests: a fresh SQLite file in a temp folder, the real app, real HTTP on a random port.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { defaultConfig, type Config } from '../../server/env';
import { startApp, type Started } from '../../server/start';
import type { LogEntry } from '../../server/http/logger';
import type { SubmissionResponse } from '../../server/contract/manage';
import type { ErrorBody } from '../../server/contract/errors';
import { afterAll, beforeAll } from 'vitest';
import { onPostgres } from './test-store';
import { createTestDatabase, dropTestDatabase } from './postgres-cluster';

/**
 * On PostgreSQL (the postgres project), the database of the server's folder: made on DATABASE_URL's server at
 * the first start and named in the folder, so a restart with the same folder finds the same data.
 */
async function postgresDatabaseOf(dir: string): Promise<string> {
  const file = join(dir, 'postgres-url');
  if (existsSync(file)) return readFileSync(file, 'utf8');
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) throw new Error('EARFUL_TEST_STORE=postgres needs DATABASE_URL, an admin URL (README, "Test it")');
  const { url } = await createTestDatabase(adminUrl);
  writeFileSync(file, url);
  return url;
}

async function dropPostgresDatabaseOf(dir: string): Promise<void> {
  const file = join(dir, 'postgres-url');
  if (!existsSync(file) || !process.env.DATABASE_URL) return;
  await dropTestDatabase(process.env.DATABASE_URL, new URL(readFileSync(file, 'utf8')).pathname.slice(1));
}

/** An answer as a test reads it: the body parsed as JSON (or the text when it is not), typed by the caller. */
export interface Answer<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

/** A body that may be the route's answer or an error, for a test that reads both from one list of answers. */
export type OrError<T> = Partial<T> & Partial<ErrorBody>;

export interface TestServer extends Started {
  url: string;
  dir: string;
  databasePath: string;
  logs: LogEntry[];
  /** fetch relative to the server, JSON in and out; T names the answer's body (a contract type, or ErrorBody). */
  request<T = unknown>(path: string, init?: RequestInit & { json?: unknown }): Promise<Answer<T>>;
  /** Closes the server and database; the folder stays until remove(). */
  stop(): Promise<void>;
  remove(): void;
}

function writeWebFiles(root: string, files: Record<string, string>): string {
  mkdirSync(join(root, 'assets'), { recursive: true });
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

export async function startTestServer(
  overrides: Partial<Config> = {},
  options: {
    dir?: string;
    now?: () => number;
    webRoot?: string | null;
    /** A built front end in miniature, written into the server's folder as its webRoot: path → content. */
    webFiles?: Record<string, string>;
    sweepEveryMs?: number;
    moderationScript?: string;
  } = {},
): Promise<TestServer> {
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'earful-test-'));
  const webRoot = options.webFiles ? writeWebFiles(join(dir, 'web'), options.webFiles) : (options.webRoot ?? null);
  const databasePath = join(dir, 'earful.db');
  const logs: LogEntry[] = [];
  // Moderation inline unless a test asks for threads: each server would otherwise start its own.
  const config = defaultConfig({
    databasePath,
    databaseUrl: onPostgres ? await postgresDatabaseOf(dir) : undefined,
    reviewRateLimit: 0,
    writeRateLimit: 0,
    moderationThreads: 0,
    port: 0,
    host: '127.0.0.1',
    ...overrides,
  });
  const started = await startApp(config, {
    log: (e) => logs.push(e),
    now: options.now,
    webRoot,
    sweepEveryMs: options.sweepEveryMs,
    moderationScript: options.moderationScript,
  });
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: started.app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    ...started,
    url,
    dir,
    databasePath,
    logs,
    async request<T>(path: string, init: RequestInit & { json?: unknown } = {}): Promise<Answer<T>> {
      const { json, ...rest } = init;
      const headers = new Headers(rest.headers);
      if (json !== undefined && !headers.has('content-type')) headers.set('content-type', 'application/json');
      const response = await fetch(url + path, { ...rest, headers, body: json !== undefined ? JSON.stringify(json) : rest.body });
      const text = await response.text();
      let body: unknown = text;
      try {
        body = JSON.parse(text);
      } catch {
        // not JSON: keep the text
      }
      // The caller names the body's type, as a client of the API would.
      return { status: response.status, body: body as T, headers: response.headers };
    },
    async stop() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await started.close();
    },
    remove() {
      // The folder names the PostgreSQL database, so it goes after the drop (which callers need not wait for).
      void dropPostgresDatabaseOf(dir)
        .catch(() => {})
        .finally(() => rmSync(dir, { recursive: true, force: true }));
    },
  };
}

/**
 * A test server for the whole file: started before its tests (first, so later hooks can use it), stopped and
 * removed after them. It stands for the server itself, which exists only once the file's tests start.
 */
export function useTestServer(...args: Parameters<typeof startTestServer>): TestServer {
  let started: TestServer | undefined;
  beforeAll(async () => {
    started = await startTestServer(...args);
  });
  afterAll(async () => {
    await started?.stop();
    started?.remove();
  });
  return new Proxy({} as TestServer, {
    get(_, key) {
      if (!started) throw new Error('The test server starts in beforeAll; use it inside hooks and tests');
      return Reflect.get(started, key);
    },
  });
}

/** POSTs a review to a company, as a client would; the body is the accepted review unless T says otherwise. */
export const submitTo =
  (server: TestServer) =>
  <T = SubmissionResponse>(review: unknown, slug = 'netflix') =>
    server.request<T>(`/api/companies/${slug}/reviews`, { method: 'POST', json: review });
