// Which errors mean "PostgreSQL cannot be reached right now, try again shortly": the server stopped, restarting
// or out of connections, or the network to it broken. The HTTP layer answers those 503 with Retry-After.
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH']);
// 57P01-03: admin shutdown, crash shutdown, cannot connect now (starting up or shutting down); 53300: too many
// connections. Class 08 (connection exception) is matched by its prefix.
const SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300']);
// node-postgres and pg-pool raise these with no code.
const MESSAGES = /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error)/;

interface MaybeDriverError {
  code?: unknown;
  message?: unknown;
  cause?: unknown;
  errors?: unknown;
}

function isOutage(error: MaybeDriverError): boolean {
  const code = typeof error.code === 'string' ? error.code : '';
  if (NETWORK_CODES.has(code) || SQLSTATES.has(code) || /^08[0-9A-Z]{3}$/.test(code)) return true;
  return typeof error.message === 'string' && MESSAGES.test(error.message);
}

/** Looks through Drizzle's wrapper (`cause`) and Node's AggregateError (one error per address tried). */
export function isPostgresUnavailable(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 4) return false;
  const e = error as MaybeDriverError;
  if (isOutage(e)) return true;
  if (Array.isArray(e.errors) && e.errors.some((inner) => isPostgresUnavailable(inner, depth + 1))) return true;
  return isPostgresUnavailable(e.cause, depth + 1);
}
