// The only reader of process.env: every setting parsed once at start, with a default and a reason.
import { z } from 'zod';

const Env = z.object({
  /** TCP port the server listens on. */
  PORT: z.coerce.number().int().min(0).max(65535).default(8787),
  /** Interface to bind; 0.0.0.0 serves the network, 127.0.0.1 only this machine. */
  HOST: z.string().default('0.0.0.0'),
  /** The SQLite file; created and migrated at start. */
  DATABASE_PATH: z.string().min(1).default('./data/earful.db'),
  /** Reviews one client may submit per hour; 0 turns the limit off (imports, tests). */
  REVIEW_RATE_LIMIT: z.coerce.number().int().min(0).default(5),
  /** Comma-separated proxy addresses whose X-Forwarded-For / X-Real-IP are believed. */
  TRUSTED_PROXIES: z.string().default(''),
  /** "silent" turns the one-line-per-request log off. */
  LOG_LEVEL: z.enum(['info', 'silent']).default('info'),
  /** Public origin (https://reviews.example.com) for canonical links and the CSRF origin check. */
  PUBLIC_ORIGIN: z.string().url().optional(),
});

export type Config = {
  port: number;
  host: string;
  databasePath: string;
  reviewRateLimit: number;
  trustedProxies: string[];
  logLevel: 'info' | 'silent';
  publicOrigin: string | undefined;
};

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    databasePath: e.DATABASE_PATH,
    reviewRateLimit: e.REVIEW_RATE_LIMIT,
    trustedProxies: e.TRUSTED_PROXIES.split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    logLevel: e.LOG_LEVEL,
    publicOrigin: e.PUBLIC_ORIGIN,
  };
}

/** Settings for tests and tools: defaults with the given overrides. */
export function defaultConfig(overrides: Partial<Config> = {}): Config {
  return { ...readConfig({}), ...overrides };
}
