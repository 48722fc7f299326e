// A connection a request holds can be cut between two of its queries (the server stopping: 57P01). node-postgres
// then emits 'error' on that client, and pg-pool listens only while the client is idle: without a listener of
// our own the process ends. The next query on the client fails ("not queryable") and its release drops it.
import type pg from 'pg';

export function handleCheckedOutErrors(pool: pg.Pool): void {
  pool.on('connect', (client) => client.on('error', () => {}));
}
