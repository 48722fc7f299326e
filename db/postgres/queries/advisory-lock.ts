// READ COMMITTED lets two instances both pass a check before either writes; an operation that reads then writes
// takes this per-key lock first, held until its transaction ends.
import { sql } from 'drizzle-orm';
import type { PgTx } from '../connection';

/** `key` names the operation and its key, e.g. "login:" + key. */
export async function lockKey(tx: PgTx, key: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${key}, 0))`);
}
