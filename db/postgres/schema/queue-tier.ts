// The review's tier in the moderator queue (QUEUE_TIERS), read from its jsonb moderation record: the PostgreSQL
// twin of db/sqlite/schema/queue-tier.ts. One expression for the index and the queue's query, which PostgreSQL matches to
// each other only when they are written alike; no IN list or commas, so drizzle-kit keeps it whole.
import { sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { HEAVY_LANGUAGE_REASONS, QUEUE_TIERS } from '../../../server/contract/moderation-tiers';

const jsonLiteral = (value: unknown) => sql.raw(`'${JSON.stringify(value).replaceAll("'", "''")}'::jsonb`);

export function queueTierSql(moderation: PgColumn): SQL<number> {
  const m = sql.identifier(moderation.name);
  const heavy = sql.join(
    HEAVY_LANGUAGE_REASONS.map((r) => sql`${m} -> 'reasons' @> ${jsonLiteral([r])}`),
    sql` or `,
  );
  return sql<number>`(case when ${m} -> 'redactions' <> ${jsonLiteral({})} and ${m} -> 'redactions' <> ${jsonLiteral([])} then ${sql.raw(String(QUEUE_TIERS.personalData))}
    when ${heavy} then ${sql.raw(String(QUEUE_TIERS.heavyLanguage))}
    when ${m} ->> 'decision' = 'hold' then ${sql.raw(String(QUEUE_TIERS.spamSignals))}
    else ${sql.raw(String(QUEUE_TIERS.readerReports))} end)`;
}
