// READ COMMITTED lets two instances both pass a check before either writes; an operation that reads then writes
// takes this per-key lock first, held until its transaction ends.
import type { PgTx } from '../connection';
import { namedStatement } from './named-query';

const lock = namedStatement('select pg_advisory_xact_lock(hashtextextended($1, 0))');

/** `key` names the operation and its key, e.g. "login:" + key. */
export async function lockKey(tx: PgTx, key: string): Promise<void> {
  await lock(tx, [key]);
}
