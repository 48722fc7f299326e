// The per-client write limit's token buckets (WRITE_RATE_LIMIT). Taking a token is one UPSERT that refills and
// takes in SQL, so processes sharing the database cannot both spend the same token. Prepared once: this runs on
// every public write, and Drizzle's query builder would prepare it again each time.
import type Database from 'better-sqlite3';
import type { WriteToken } from '../../../server/contract/store';

const WINDOW_MS = 60_000;

/** The bucket refilled up to `at`: never past full, and never drained by a clock behind the last writer's. */
const REFILLED = 'min(@perMinute, tokens + max(0, @at - updated_at) * @perMs)';

export function writeBucketQueries(sqlite: Database.Database) {
  // A refusal leaves the row as it is: refilling later from the same point comes to the same tokens.
  const take = sqlite.prepare<{ clientHash: string; at: number; perMinute: number; perMs: number }, { tokens: number }>(
    `insert into write_buckets (client_hash, tokens, updated_at) values (@clientHash, @perMinute - 1, @at)
     on conflict (client_hash) do update set tokens = ${REFILLED} - 1, updated_at = max(updated_at, @at)
     where ${REFILLED} >= 1
     returning tokens`,
  );
  const wait = sqlite.prepare<{ clientHash: string; at: number; perMinute: number; perMs: number }, { waitMs: number }>(
    `select (1 - ${REFILLED}) / @perMs as waitMs from write_buckets where client_hash = @clientHash`,
  );
  return {
    take(clientHash: string, at: number, perMinute: number): WriteToken {
      const params = { clientHash, at, perMinute, perMs: perMinute / WINDOW_MS };
      if (take.get(params)) return { taken: true };
      // Read after the refusal, outside it: another process may have moved the bucket since; it is only a hint.
      return { taken: false, waitMs: Math.max(wait.get(params)?.waitMs ?? 0, 0) };
    },
  };
}
