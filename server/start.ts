// Opens the database, seeds the companies, and builds the app: shared by the server entry and the tests.
import type { Store } from './domain/store';
import { companySeeds, guideSeeds, openStore } from './store-factory';
import { seedGuides } from './domain/guides/seed-guides';
import { createApp } from './app';
import type { Config } from './env';
import type { Deps } from './http/app-env';
import { silentLogger, stdoutLogger, type Logger } from './http/logger';
import { moderateInline } from './domain/screening/moderate-submission';
import { moderationPool } from './screening-threads/pool';
import { moderateTextInline } from './domain/screening/moderation-task';
import { keyId, loadClientHashKey } from './client-hash-key';
import { forgetClientHashes, SWEEP_EVERY_MS } from './domain/forget-client-hashes';
import { keptAnswers } from './domain/kept-answers';
import { readPageShells } from './pages/page-shells';

export interface Started {
  app: ReturnType<typeof createApp>;
  store: Store;
  deps: Deps;
  /** Stops the moderation threads and closes the database. */
  close(): Promise<void>;
  /** Resolves with the number of moderation threads running once they are up (0 when moderation is inline). */
  moderationThreads: Promise<number>;
}

export async function startApp(
  config: Config,
  options: {
    now?: () => number;
    log?: Logger;
    webRoot?: string | null;
    sweepEveryMs?: number;
    /** The moderation threads' code, for tests (a thread that never answers); worker.ts bundled by default. */
    moderationScript?: string;
  } = {},
): Promise<Started> {
  const log = options.log ?? (config.logLevel === 'silent' ? silentLogger : stdoutLogger);
  // A pooled PostgreSQL connection the server dropped (a restart): replaced on the next query, noted once here.
  const store = await openStore(config, {
    onIdleError: (error) => log({ level: 'warn', msg: 'database connection lost', error: error.name }),
  });
  const now = options.now ?? Date.now;
  if (config.seedCompanies) {
    await store.seedCompanies(companySeeds(), now());
    await seedGuides(store, guideSeeds(), now());
  }
  const clientHashKey = loadClientHashKey(config).key;
  // A new key (rotated, or a lost key file made again) matches none of the stored hashes: they are dropped.
  await store.adoptClientHashKey(keyId(clientHashKey));
  const sweep = () =>
    forgetClientHashes(store, config, now()).catch((error: Error) =>
      log({ level: 'error', msg: 'client-hash sweep failed', error: error.name }),
    );
  await sweep();
  const sweeping = setInterval(() => void sweep(), options.sweepEveryMs ?? SWEEP_EVERY_MS);
  sweeping.unref();
  const pool =
    config.moderationThreads > 0
      ? moderationPool(config.moderationThreads, { jobTimeoutMs: config.moderationTimeoutMs, script: options.moderationScript })
      : null;
  const deps: Deps = {
    store,
    config,
    now,
    log,
    clientHashKey,
    webRoot: options.webRoot ?? null,
    pageShells: options.webRoot ? readPageShells(options.webRoot) : new Map(),
    moderateSubmission: pool?.moderateSubmission ?? moderateInline,
    moderateText: pool?.moderateText ?? moderateTextInline,
    kept: keptAnswers(),
  };
  const close = async () => {
    clearInterval(sweeping);
    await pool?.close();
    await store.close();
  };
  return { app: createApp(deps), store, deps, close, moderationThreads: pool?.started ?? Promise.resolve(0) };
}
