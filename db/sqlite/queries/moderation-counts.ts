// Counts moderation events per company and month; called inside the transaction that makes the event.
import { sql } from 'drizzle-orm';
import type { Db } from '../client';
import { counterWrite } from './counter-write';
import { Tally } from './tally';
import { moderationCounts } from '../schema';
import { figuresVersionQueries } from './patterns';

export const monthOf = (ms: number) => new Date(ms).toISOString().slice(0, 7);

export function moderationCountQueries(db: Db) {
  const bump = counterWrite(
    db,
    db
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
      }),
  );
  const { bumpFiguresVersion } = figuresVersionQueries(db);

  /** Events added up per company, month and metric first, so a group of new reviews writes each count once. */
  function countModerationEvents(events: readonly ModerationEvent[]): void {
    const counts = new Tally<{ companyId: number; month: string; metric: string }>();
    for (const { companyId, at, metric, reasons = [] } of events) {
      const month = monthOf(at);
      counts.add({ companyId, month, metric }, 1);
      for (const reason of reasons) counts.add({ companyId, month, metric: `reason:${reason}` }, 1);
    }
    for (const entry of counts.values()) bump.run(entry);
    // Readers see these counts in the company's patterns: a cached copy must not outlive them.
    for (const companyId of new Set(events.map((e) => e.companyId))) bumpFiguresVersion(companyId);
  }

  return {
    /** Adds one event (and one per reason, as metric "reason:<text>") to the company's month. */
    countModerationEvent: (companyId: number, at: number, metric: string, reasons: readonly string[] = []) =>
      countModerationEvents([{ companyId, at, metric, reasons }]),
    countModerationEvents,
  };
}

export interface ModerationEvent {
  companyId: number;
  at: number;
  metric: string;
  reasons?: readonly string[];
}
