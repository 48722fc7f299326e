// Built responses per company slug. An entry is served without any database read while this process has
// changed no figure since (the store's local epoch), the time bucket is the same, and the company's version
// was confirmed in the database less than RECHECK_MS ago; changes by other processes (another instance, the
// rebuild command) are therefore seen within RECHECK_MS, changes by this one at once.
import type { CompanyRow, Store } from './store';
import { notFound } from './app-error';

export const RECHECK_MS = 1000;

interface Entry<T> {
  value: T;
  version: number;
  epoch: number;
  bucket: string;
  checkedAt: number;
}

/** What an entry must match to be served: this process's epoch and the time-dependent part of the response. */
export interface Freshness {
  epoch: number;
  bucket: string;
}

/** Real elapsed time, not the app's clock: tests that hold the clock still must not freeze the recheck. */
const elapsedMs = () => performance.now();

export class CompanyVersionCache<T> {
  private readonly entries = new Map<string, Entry<T>>();

  constructor(private readonly maxEntries = 1000) {}

  /** The value if nothing can have changed: no local change, same bucket, version confirmed recently. */
  fresh(key: string, f: Freshness): T | undefined {
    const entry = this.entries.get(key);
    if (!entry || entry.epoch !== f.epoch || entry.bucket !== f.bucket || elapsedMs() - entry.checkedAt >= RECHECK_MS) return undefined;
    return entry.value;
  }

  /** The value if its version is still the database's; the entry is then trusted again from now. */
  confirm(key: string, version: number, f: Freshness): T | undefined {
    const entry = this.entries.get(key);
    if (!entry || entry.version !== version || entry.bucket !== f.bucket) return undefined;
    Object.assign(entry, { epoch: f.epoch, checkedAt: elapsedMs() });
    return entry.value;
  }

  set(key: string, version: number, f: Freshness, value: T): void {
    // Re-inserting keeps the Map in insertion order of last build, so the first entry is the stalest.
    this.entries.delete(key);
    this.entries.set(key, { value, version, epoch: f.epoch, bucket: f.bucket, checkedAt: elapsedMs() });
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
  }
}

/**
 * A company's response kept under `key` (its slug, and whatever else shapes it): served while nothing can have
 * changed, else confirmed against the company's version in the database, else built and kept. The version is
 * read before the build, so a change in between leaves a newer value under an older version, which the next
 * request rebuilds, never the reverse. Without a cache it is built every time; an unknown slug is not_found.
 */
export async function keptForCompany<T>(
  ctx: { store: Pick<Store, 'localFiguresEpoch' | 'findCompanyVersion'>; cache?: CompanyVersionCache<T> },
  slug: string,
  key: string,
  bucket: string,
  build: (company: CompanyRow) => Promise<T>,
): Promise<T> {
  const { store, cache } = ctx;
  const freshness = { epoch: store.localFiguresEpoch(), bucket };
  const fresh = cache?.fresh(key, freshness);
  if (fresh) return fresh;
  const found = await store.findCompanyVersion(slug);
  if (!found) throw notFound('Company');
  const confirmed = cache?.confirm(key, found.version, freshness);
  if (confirmed) return confirmed;
  const value = await build(found.company);
  cache?.set(key, found.version, freshness, value);
  return value;
}
