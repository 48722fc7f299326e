// The review's tier in the moderator queue (QUEUE_TIERS), read from its moderation record: personal data removed
// 3, heavy language 2, held for spam signals 1, else 0. One expression for the index and the queue's query, which
// SQLite matches to each other only when they are written exactly alike; plain JSON functions, since an index
// allows no subquery.
import { sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { HEAVY_LANGUAGE_REASONS, QUEUE_TIERS } from '../../../server/contract/moderation-tiers';

export function queueTierSql(moderation: SQLiteColumn): SQL<number> {
  const m = sql.identifier(moderation.name);
  const reasons = queueReasonsSql(moderation);
  const heavy = sql.join(
    HEAVY_LANGUAGE_REASONS.map((r) => sql`instr(${reasons}, ${sql.raw(`'${JSON.stringify(r)}'`)}) > 0`),
    sql` or `,
  );
  return sql<number>`(case when json_extract(${m}, '$.redactions') not in ('{}', '[]') then ${sql.raw(String(QUEUE_TIERS.personalData))}
    when ${heavy} then ${sql.raw(String(QUEUE_TIERS.heavyLanguage))}
    when json_extract(${m}, '$.decision') = 'hold' then ${sql.raw(String(QUEUE_TIERS.spamSignals))}
    else ${sql.raw(String(QUEUE_TIERS.readerReports))} end)`;
}

/**
 * The reasons of a review's moderation record (a JSON array), the queue index's last column, so a reason's queue is
 * filtered from the index instead of reading every pending review's row; written alike in index and query.
 */
export function queueReasonsSql(moderation: SQLiteColumn): SQL<string> {
  return sql<string>`json_extract(${sql.identifier(moderation.name)}, '$.reasons')`;
}
