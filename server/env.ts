// The only reader of process.env: every setting parsed once at start, with a default and a reason.
import { availableParallelism } from 'node:os';
import { z } from 'zod';

const Env = z.object({
  /** TCP port the server listens on. */
  PORT: z.coerce.number().int().min(0).max(65535).default(8787),
  /** Interface to bind; 0.0.0.0 serves the network, 127.0.0.1 only this machine. */
  HOST: z.string().default('0.0.0.0'),
  /** The SQLite file; created and migrated at start. */
  DATABASE_PATH: z.string().min(1).default('./data/earful.db'),
  /**
   * A PostgreSQL server's database (postgres://user:password@host:5432/earful) selects PostgreSQL instead of the
   * SQLite file, for a site run as several instances; its schema is created and migrated at start.
   */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/\S+$/, 'DATABASE_URL must be a postgres:// URL')
    .optional(),
  /** Connections each instance keeps open to PostgreSQL (with DATABASE_URL). */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  /** Reviews one client may submit per hour; 0 turns the limit off (imports, tests). */
  REVIEW_RATE_LIMIT: z.coerce.number().int().min(0).default(5),
  /**
   * The key client hashes are made with (at least 32 characters), kept out of the database; when unset, the key
   * file client-hash.key beside the database (made at first start, mode 0600) holds it.
   */
  CLIENT_HASH_KEY: z.string().min(32, 'CLIENT_HASH_KEY must be at least 32 characters').optional(),
  /** Comma-separated proxy addresses or CIDR ranges whose X-Forwarded-For / X-Real-IP are believed. */
  TRUSTED_PROXIES: z.string().default(''),
  /** Public writes (reviews, reports, votes, edits, sign-ins) one client may make per minute; 0 turns it off. */
  WRITE_RATE_LIMIT: z.coerce.number().int().min(0).default(30),
  /** "silent" turns the one-line-per-request log off. */
  LOG_LEVEL: z.enum(['info', 'silent']).default('info'),
  /** Public origin (https://reviews.example.com) for canonical links and the CSRF origin check. */
  PUBLIC_ORIGIN: z.string().url().optional(),
  /** "production" requires PUBLIC_ORIGIN; anything else takes links' origin from the request, for convenience. */
  NODE_ENV: z.string().optional(),
  /** Minutes without a request after which a moderator's session ends. */
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).default(30),
  /** Hours after sign-in after which a moderator's session ends however active it is. */
  SESSION_MAX_HOURS: z.coerce.number().int().min(1).default(12),
  /** Failed logins per account, and per client, before further attempts are refused for the window. */
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
  /** Minutes over which failed logins are counted. */
  LOGIN_WINDOW_MINUTES: z.coerce.number().int().min(1).default(15),
  /** Reader reports that hide a published review until a moderator looks at it. */
  REPORT_THRESHOLD: z.coerce.number().int().min(1).default(3),
  /** Reviews a group (issue type, contact method, month …) needs before any pattern or percentage is shown. */
  PATTERN_MIN_REVIEWS: z.coerce.number().int().min(1).default(5),
  /**
   * 1 adds the seed companies (db/seed/companies.json) and their guides at start when missing; 0 adds none, for
   * a site of one's own companies (npm run company:add, or the console).
   */
  SEED_COMPANIES: z.enum(['0', '1'], 'SEED_COMPANIES must be 0 or 1').default('1'),
  /**
   * Threads that moderate submissions beside the event loop; 0 moderates on it. By default two fewer than the
   * cores, at most two (docs/decisions.md#moderation-threads).
   */
  MODERATION_THREADS: z.coerce
    .number()
    .int()
    .min(0)
    .max(16)
    .default(Math.max(0, Math.min(2, availableParallelism() - 2))),
  /** A moderation thread's job not answered in this time is held for a moderator, and the thread replaced. */
  MODERATION_TIMEOUT_MS: z.coerce.number().int().min(1).max(60_000).default(2_000),
});

export type Config = {
  port: number;
  host: string;
  databasePath: string;
  /** Set: PostgreSQL, databasePath unused. */
  databaseUrl: string | undefined;
  databasePoolSize: number;
  reviewRateLimit: number;
  trustedProxies: string[];
  clientHashKey: string | undefined;
  writeRateLimit: number;
  logLevel: 'info' | 'silent';
  publicOrigin: string | undefined;
  sessionIdleMinutes: number;
  sessionMaxHours: number;
  loginMaxFailures: number;
  loginWindowMinutes: number;
  reportThreshold: number;
  patternMinReviews: number;
  moderationThreads: number;
  moderationTimeoutMs: number;
  seedCompanies: boolean;
};

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  // Without it every link the site hands out (robots.txt, sitemap.xml, canonical and Open Graph URLs, manage
  // links) is built from the Host header, which any client sets and caches keep for an hour.
  if (e.NODE_ENV === 'production' && e.PUBLIC_ORIGIN === undefined) {
    throw new Error(
      'Invalid environment:\n  PUBLIC_ORIGIN must be set when NODE_ENV=production (such as https://reviews.example.com): ' +
        "otherwise the site's links would come from the Host header a client sends",
    );
  }
  // Without it each instance would make a key file of its own: their hashes would never match (one vote per
  // client, rate limits and report counts per instance only), and each start would forget the others' hashes.
  if (e.DATABASE_URL !== undefined && e.CLIENT_HASH_KEY === undefined) {
    throw new Error(
      'Invalid environment:\n  CLIENT_HASH_KEY must be set when DATABASE_URL is: every instance on the database must hash clients ' +
        'with the same key (32+ characters, e.g. from `openssl rand -base64 48`), kept out of the database',
    );
  }
  return {
    port: e.PORT,
    host: e.HOST,
    databasePath: e.DATABASE_PATH,
    databaseUrl: e.DATABASE_URL,
    databasePoolSize: e.DATABASE_POOL_SIZE,
    reviewRateLimit: e.REVIEW_RATE_LIMIT,
    trustedProxies: e.TRUSTED_PROXIES.split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    clientHashKey: e.CLIENT_HASH_KEY,
    writeRateLimit: e.WRITE_RATE_LIMIT,
    logLevel: e.LOG_LEVEL,
    publicOrigin: e.PUBLIC_ORIGIN,
    sessionIdleMinutes: e.SESSION_IDLE_MINUTES,
    sessionMaxHours: e.SESSION_MAX_HOURS,
    loginMaxFailures: e.LOGIN_MAX_FAILURES,
    loginWindowMinutes: e.LOGIN_WINDOW_MINUTES,
    reportThreshold: e.REPORT_THRESHOLD,
    patternMinReviews: e.PATTERN_MIN_REVIEWS,
    moderationThreads: e.MODERATION_THREADS,
    moderationTimeoutMs: e.MODERATION_TIMEOUT_MS,
    seedCompanies: e.SEED_COMPANIES === '1',
  };
}

/** Settings for tests and tools: defaults with the given overrides. */
export function defaultConfig(overrides: Partial<Config> = {}): Config {
  return { ...readConfig({}), ...overrides };
}
