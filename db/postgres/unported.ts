// A store area not yet written for PostgreSQL: every method refuses, naming itself, so a missing area fails loudly
// in the suite that reaches it. Removed once every area is ported.
export function unported<T extends object>(area: string): T {
  return new Proxy({} as T, {
    get: (_target, method) => () => Promise.reject(new Error(`${area}.${String(method)} is not on PostgreSQL yet`)),
    ownKeys: () => [],
  });
}
