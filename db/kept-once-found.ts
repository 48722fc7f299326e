// Rows written once and never changed (a company): each process keeps what it has found. What is not found is not
// kept, so a row another process adds later is still found (docs/decisions.md#company-cache).

/** `read`, remembered for every key it found something for; the values kept are frozen. */
export function keptOnceFound<K, V extends object>(read: (key: K) => V | undefined | Promise<V | undefined>) {
  const kept = new Map<K, Readonly<V>>();
  return async (key: K): Promise<V | undefined> => {
    let found = kept.get(key);
    if (!found) {
      found = await read(key);
      if (found) kept.set(key, Object.freeze(found));
    }
    return found;
  };
}
