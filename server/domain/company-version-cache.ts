// Built responses per company slug. An entry is served without any database read while this process has
// changed no figure since (the store's local epoch), the time bucket is the same, and the company's version
// was confirmed in the database less than RECHECK_MS ago; changes by other processes (another instance, the
// rebuild command) are therefore seen within RECHECK_MS, changes by this one at once.
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
