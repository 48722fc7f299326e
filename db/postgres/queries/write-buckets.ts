// The per-client write limit's token buckets on PostgreSQL (twin of db/sqlite/queries/write-buckets.ts). Taking a
// token is one UPSERT that refills and takes in SQL: a concurrent one on the same bucket waits for the row and
// re-checks against it, so instances sharing the database cannot both spend the same token.
import { sql } from 'drizzle-orm';
import type { PgQuery } from '../connection';
import type { WriteToken } from '../../../server/contract/store';

const WINDOW_MS = 60_000;

export async function takeWriteToken(q: PgQuery, clientHash: string, at: number, perMinute: number): Promise<WriteToken> {
  const atMs = sql`${at}::bigint`;
  const full = sql`${perMinute}::double precision`;
  const perMs = sql`${perMinute / WINDOW_MS}::double precision`;
  // The bucket refilled up to `at`: never past full, and never drained by a clock behind the last writer's.
  const refilled = sql`least(${full}, write_buckets.tokens + greatest(0, ${atMs} - write_buckets.updated_at) * ${perMs})`;
  // A refusal leaves the row as it is: refilling later from the same point comes to the same tokens.
  const taken = await q.execute(sql`
    insert into write_buckets (client_hash, tokens, updated_at) values (${clientHash}, ${full} - 1, ${atMs})
    on conflict (client_hash) do update set tokens = ${refilled} - 1, updated_at = greatest(write_buckets.updated_at, ${atMs})
    where ${refilled} >= 1
    returning tokens`);
  if (taken.rows.length > 0) return { taken: true };
  // Read after the refusal, outside it: another instance may have moved the bucket since; it is only a hint.
  const wait = await q.execute<{ waitMs: number }>(
    sql`select (1 - ${refilled}) / ${perMs} as "waitMs" from write_buckets where client_hash = ${clientHash}`,
  );
  return { taken: false, waitMs: Math.max(Number(wait.rows[0]?.waitMs ?? 0), 0) };
}
