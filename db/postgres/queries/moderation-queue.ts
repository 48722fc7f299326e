// The moderator queue on PostgreSQL, the twin of db/sqlite/queries/moderation-queue.ts: pending reviews and published
// ones readers reported, riskiest first (score plus open reports' weight), then tier, reports, oldest.
import { and, count, eq, or, sql, type SQL } from 'drizzle-orm';
import type { PgQuery } from '../connection';
import { queueCounts, queueReasonCounts, reviewReports, reviews } from '../schema';
import { queueTierSql } from '../schema/queue-tier';
import { FURTHER_REPORTS_RISK_MAX, REPORT_RISK } from '../../../server/contract/moderation-tiers';
import type { QueueFilter, QueueKey, QueueRow } from '../../../server/contract/store';

const m = reviews.moderation;
// Written as the index reviews_queue_order writes it, so the pending part walks that index in order.
const tier = queueTierSql(reviews.moderation);

/** Reviews with open reader reports, found through the (small) reports table. */
const hasOpenReports = sql`${reviews.id} in (select ${reviewReports.reviewId} from ${reviewReports} where ${reviewReports.resolvedAt} is null)`;

// A literal, not a bound value: only then may PostgreSQL match the partial index reviews_queue_order.
const isPending = sql`${reviews.status} = 'pending'`;
const isReportedPublished = and(sql`${reviews.status} = 'published'`, hasOpenReports)!;
const inQueue = or(isPending, isReportedPublished)!;
/** Pending reviews without open reports walk the index; reported ones (published, or hidden by reports) go apart. */
const isPendingUnreported = and(isPending, sql`not ${hasOpenReports}`)!;
const isReported = and(sql`${reviews.status} in ('pending', 'published')`, hasOpenReports)!;

const reportWeight = sql.join(
  Object.entries(REPORT_RISK).map(([reason, weight]) => sql`when ${sql.raw(`'${reason}'`)} then ${sql.raw(String(weight))}`),
  sql` `,
);
/** A reported review's risk: its own score plus the gravest open report's weight and one per further report. */
const reportedRisk = sql<number>`(${reviews.riskScore} + (select max(case ${reviewReports.reason} ${reportWeight} else 0 end)
  + least(count(*) - 1, ${sql.raw(String(FURTHER_REPORTS_RISK_MAX))}) from ${reviewReports}
  where ${reviewReports.reviewId} = ${reviews.id} and ${reviewReports.resolvedAt} is null))`;

/** The filter's conditions on reviews. */
function conditions(filter: QueueFilter, base: SQL): SQL[] {
  const where: SQL[] = [base];
  if (filter.companyId !== undefined) where.push(eq(reviews.companyId, filter.companyId));
  if (filter.reported) where.push(hasOpenReports);
  if (filter.reason !== undefined) where.push(sql`${m} -> 'reasons' @> jsonb_build_array(${filter.reason}::text)`);
  return where;
}

type Order = { expr: SQL; dir: 'asc' | 'desc' }[];
/** The queue's order with the part's risk expression first (the plain score for the index walk). */
const orderBy = (risk: SQL): Order => [
  { expr: risk, dir: 'desc' },
  { expr: tier, dir: 'desc' },
  { expr: sql`${reviews.reportCount}`, dir: 'desc' },
  { expr: sql`${reviews.createdAt}`, dir: 'asc' },
  { expr: sql`${reviews.id}`, dir: 'asc' },
];
const PENDING_ORDER = orderBy(sql`${reviews.riskScore}`);
const REPORTED_ORDER = orderBy(reportedRisk);

const queueKeyOf = (r: QueueRow): QueueKey => [r.queueRisk, r.queueTier, r.reportCount, r.createdAt, r.id];

/** Negative when key a comes first in the queue's order. */
function compareKeys(a: QueueKey, b: QueueKey): number {
  for (let i = 0; i < PENDING_ORDER.length; i++) {
    if (a[i] !== b[i]) return (a[i]! < b[i]! ? -1 : 1) * (PENDING_ORDER[i]!.dir === 'asc' ? 1 : -1);
  }
  return 0;
}

/** Rows strictly after the cursor in the order: (a beyond x) or (a = x and (…)). */
function afterKey(order: Order, key: QueueKey, i = 0): SQL {
  const { expr, dir } = order[i]!;
  const value = key[i]!;
  const beyond = dir === 'asc' ? sql`${expr} > ${value}` : sql`${expr} < ${value}`;
  if (i === order.length - 1) return beyond;
  return sql`(${beyond} or (${expr} = ${value} and ${afterKey(order, key, i + 1)}))`;
}

/**
 * The cursor's condition, led by a bound on the first key (implied by the rest) that PostgreSQL can start an
 * index walk at instead of filtering the queue from its head.
 */
const afterCursor = (order: Order, key: QueueKey) => sql`${order[0]!.expr} <= ${key[0]} and ${afterKey(order, key)}`;

async function page(q: PgQuery, part: 'pending' | 'reported', filter: QueueFilter, after: QueueKey | null, limit: number) {
  const order = part === 'pending' ? PENDING_ORDER : REPORTED_ORDER;
  const where = conditions(filter, part === 'pending' ? isPendingUnreported : isReported);
  if (after) where.push(afterCursor(order, after));
  const rows = await q
    .select({ review: reviews, queueTier: sql<number>`${tier}`.mapWith(Number), queueRisk: sql<number>`${order[0]!.expr}`.mapWith(Number) })
    .from(reviews)
    .where(and(...where))
    .orderBy(...order.map(({ expr, dir }) => (dir === 'asc' ? sql`${expr} asc` : sql`${expr} desc`)))
    .limit(limit);
  return rows.map(({ review, queueTier, queueRisk }): QueueRow => ({ ...review, queueTier, queueRisk }));
}

/**
 * One page in queue order. Unreported pending reviews and reported ones (published, or hidden by reports) are
 * read apart and merged: the first walks reviews_queue_order and stops at the page's end; the second starts from
 * the small reports table and adds the reports' weight to each one's risk.
 */
export async function listQueue(q: PgQuery, filter: QueueFilter, after: QueueKey | null, limit: number): Promise<QueueRow[]> {
  const parts = filter.reported ? (['reported'] as const) : (['pending', 'reported'] as const);
  const rows: QueueRow[] = [];
  for (const part of parts) {
    // A reason's pending reviews are found by walking the pending ones in queue order until the page is full;
    // there are no more of them than the kept count, so the walk stops at the last one (or never starts).
    const partLimit = part === 'pending' && filter.reason !== undefined ? Math.min(limit, await countPart(q, 'pending', filter)) : limit;
    if (partLimit > 0) rows.push(...(await page(q, part, filter, after, partLimit)));
  }
  return rows.sort((a, b) => compareKeys(queueKeyOf(a), queueKeyOf(b))).slice(0, limit);
}

async function countPart(q: PgQuery, part: 'pending' | 'reported' | 'all', filter: QueueFilter): Promise<number> {
  // The pending total of the site, of one company or of one reason comes from the counts kept with each review
  // change: counting a reason otherwise reads every pending review's moderation record.
  if (part === 'pending') {
    if (filter.reason !== undefined) {
      const r = queueReasonCounts;
      const [row] = await q
        .select({ n: sql<number>`coalesce(sum(${r.count}), 0)`.mapWith(Number) })
        .from(r)
        .where(and(eq(r.reason, filter.reason), filter.companyId === undefined ? undefined : eq(r.companyId, filter.companyId)));
      return row?.n ?? 0;
    }
    if (filter.companyId === undefined) {
      const [row] = await q.select({ n: sql<number>`coalesce(sum(${queueCounts.pending}), 0)`.mapWith(Number) }).from(queueCounts);
      return row?.n ?? 0;
    }
    const [row] = await q.select({ n: queueCounts.pending }).from(queueCounts).where(eq(queueCounts.companyId, filter.companyId));
    return row?.n ?? 0;
  }
  const [row] = await q
    .select({ n: count() })
    .from(reviews)
    .where(and(...conditions(filter, part === 'reported' ? isReportedPublished : inQueue)));
  return row?.n ?? 0;
}

/** Counted apart like the page: one count over both would walk every review of the company or the site. */
export async function countQueue(q: PgQuery, filter: QueueFilter): Promise<number> {
  const parts = filter.reported ? (['all'] as const) : (['pending', 'reported'] as const);
  let n = 0;
  for (const part of parts) n += await countPart(q, part, filter);
  return n;
}

/**
 * How many queued reviews carry each pipeline reason, for the filter menu: the pending ones from the kept counts
 * (queue_reason_counts), the few reported published ones counted here.
 */
export async function countQueueReasons(q: PgQuery, companyId?: number): Promise<{ reason: string; count: number }[]> {
  const r = queueReasonCounts;
  const pending = await q
    .select({ reason: r.reason, count: sql<number>`sum(${r.count})`.mapWith(Number) })
    .from(r)
    .where(companyId === undefined ? undefined : eq(r.companyId, companyId))
    .groupBy(r.reason);
  const ofCompany = companyId === undefined ? sql`` : sql` and ${reviews.companyId} = ${companyId}`;
  const reported = await q
    .select({ reason: sql<string>`r.value`, count: sql<number>`count(*)`.mapWith(Number) })
    .from(sql`${reviews}, jsonb_array_elements_text(${reviews.moderation} -> 'reasons') r(value)`)
    .where(sql`(${isReportedPublished})${ofCompany}`)
    .groupBy(sql`r.value`);
  const counts = new Map<string, number>();
  for (const { reason, count } of [...pending, ...reported]) counts.set(reason, (counts.get(reason) ?? 0) + count);
  return [...counts]
    .filter(([, count]) => count > 0)
    .map(([reason, count]) => ({ reason, count }))
    .sort((a, b) => b.count - a.count || (a.reason < b.reason ? -1 : a.reason > b.reason ? 1 : 0));
}
