// Counts moderation events per company and month; called inside the transaction that makes the event.
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { moderationCounts } from '../schema';
import { figuresVersionQueries } from './patterns';

export const monthOf = (ms: number) => new Date(ms).toISOString().slice(0, 7);

export function moderationCountQueries(db: DbOrTx) {
  const bump = db
    .insert(moderationCounts)
    .values({
      companyId: sql.placeholder('companyId'),
      month: sql.placeholder('month'),
      metric: sql.placeholder('metric'),
      count: sql.placeholder('by'),
    })
    .onConflictDoUpdate({
      target: [moderationCounts.companyId, moderationCounts.month, moderationCounts.metric],
      set: { count: sql`${moderationCounts.count} + excluded.count` },
    })
    .prepare();
  const { bumpFiguresVersion } = figuresVersionQueries(db);
  return {
    /** Adds one event (and one per reason, as metric "reason:<text>") to the company's month. */
    countModerationEvent(companyId: number, at: number, metric: string, reasons: readonly string[] = []): void {
      const month = monthOf(at);
      bump.run({ companyId, month, metric, by: 1 });
      for (const reason of reasons) bump.run({ companyId, month, metric: `reason:${reason}`, by: 1 });
      // Readers see these counts in the company's patterns: a cached copy must not outlive them.
      bumpFiguresVersion(companyId);
    },
  };
}
