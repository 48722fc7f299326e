// How long each client hash is kept: only as long as the rule that needs it looks back. The server runs this
// at start and every few minutes (server/start.ts); the privacy page and the README say the same figures.
import type { ClientHashCutoffs, Store } from './store';
import type { Config } from '../env';
import { BURST_WINDOW_MS } from './patterns/detect-burst';
import { RATE_WINDOW_MS } from './submission-facts';

/** A write bucket refills fully within a minute, so one idle that long holds nothing a fresh one would not. */
const WRITE_BUCKET_IDLE_MS = 60_000;

const DAY_MS = 24 * 60 * 60 * 1000;
/** One vote and one report per client per review hold this long; after it the hash goes (the vote count stays). */
export const CLIENT_HASH_RETENTION_MS = 30 * DAY_MS;
/** How often the running server sweeps. */
export const SWEEP_EVERY_MS = 10 * 60 * 1000;

export function clientHashCutoffs(now: number, config: Pick<Config, 'loginWindowMinutes'>): ClientHashCutoffs {
  return {
    // A review's hash serves the burst notice's "from one client", over the last 24 hours.
    reviews: now - BURST_WINDOW_MS,
    attempts: now - RATE_WINDOW_MS,
    loginFailures: now - config.loginWindowMinutes * 60_000,
    votes: now - CLIENT_HASH_RETENTION_MS,
    reports: now - CLIENT_HASH_RETENTION_MS,
    writeBuckets: now - WRITE_BUCKET_IDLE_MS,
  };
}

export const forgetClientHashes = (store: Store, config: Config, now: number) => store.forgetClientHashes(clientHashCutoffs(now, config));
