// Which SQLite errors mean "try again shortly": the file still locked by another connection once the busy
// timeout (5 s) ran out. A full disk, I/O error or corrupt file is not: it needs an operator, so it stays a 500.
const TRANSIENT = /^SQLITE_(BUSY|LOCKED)(_|$)/;

export function isSqliteUnavailable(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && TRANSIENT.test(code);
}
