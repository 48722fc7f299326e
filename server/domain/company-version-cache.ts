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
  size: number;
}

/** What an entry must match to be served: this process's epoch and the time-dependent part of the response. */
export interface Freshness {
  epoch: number;
  bucket: string;
}

/** Real elapsed time, not the app's clock: tests that hold the clock still must not freeze the recheck. */
const elapsedMs = () => performance.now();

/** A limit on what a cache holds beyond its entry count: the sum of sizeOf over its entries. */
export interface SizeBound<T> {
  maxSize: number;
  sizeOf: (value: T, key: string) => number;
}

export class CompanyVersionCache<T> {
  private readonly entries = new Map<string, Entry<T>>();
  private size = 0;

  constructor(
    private readonly maxEntries = 1000,
    private readonly bound?: SizeBound<T>,
  ) {}

  /** Entries held now, and the sum of their sizes (0 without a size bound). */
  get held(): { entries: number; size: number } {
    return { entries: this.entries.size, size: this.size };
  }

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
    const size = this.bound?.sizeOf(value, key) ?? 0;
    this.remove(key);
    // A value larger than the whole bound is served once, never kept.
    if (this.bound && size > this.bound.maxSize) return;
    // Re-inserting keeps the Map in insertion order of last build, so the first entry is the stalest.
    this.entries.set(key, { value, version, epoch: f.epoch, bucket: f.bucket, checkedAt: elapsedMs(), size });
    this.size += size;
    while (this.entries.size > this.maxEntries || (this.bound && this.size > this.bound.maxSize))
      this.remove(this.entries.keys().next().value!);
  }

  private remove(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.size -= entry.size;
  }
}

/**
 * A response drawn from every company's figures (the ranked list), kept under `key` like keptForCompany's but
 * checked against the site's version (PatternsStore.findSiteVersion): a change to any company, or a new one,
 * rebuilds it; at once in this process, within RECHECK_MS from another.
 */
export async function keptForSite<T>(
  ctx: { store: Pick<Store, 'localFiguresEpoch' | 'findSiteVersion'>; cache: CompanyVersionCache<T> },
  key: string,
  build: () => Promise<T>,
): Promise<T> {
  return kept(ctx, key, '', async () => ({ version: await ctx.store.findSiteVersion() }), build);
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
  const found = async () => {
    const company = await ctx.store.findCompanyVersion(slug);
    if (!company) throw notFound('Company');
    return company;
  };
  return kept(ctx, key, bucket, found, (f) => build(f.company));
}

/** The one way both kinds are kept: fresh, else confirmed by the version `read` finds, else built and kept. */
async function kept<T, V extends { version: number }>(
  { store, cache }: { store: Pick<Store, 'localFiguresEpoch'>; cache?: CompanyVersionCache<T> },
  key: string,
  bucket: string,
  read: () => Promise<V>,
  build: (found: V) => Promise<T>,
): Promise<T> {
  const freshness = { epoch: store.localFiguresEpoch(), bucket };
  const fresh = cache?.fresh(key, freshness);
  if (fresh) return fresh;
  const found = await read();
  const confirmed = cache?.confirm(key, found.version, freshness);
  if (confirmed) return confirmed;
  const value = await build(found);
  cache?.set(key, found.version, freshness, value);
  return value;
}
