// The moderator queue on PostgreSQL, the twin of db/sqlite/queries/moderation-queue.ts: pending reviews and published
// ones readers reported, riskiest first (score plus open reports' weight), then tier, reports, oldest.
import { and, count, eq, getTableColumns, or, sql, type SQL } from 'drizzle-orm';
import type { PgDb } from '../connection';
import { unionAll } from 'drizzle-orm/pg-core';
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

const p = sql.placeholder;

/** The filter's conditions, with placeholders (companyId, reason) for a statement built once per shape. */
function conditions(filter: QueueFilter, base: SQL): SQL[] {
  const where: SQL[] = [base];
  if (filter.companyId !== undefined) where.push(sql`${reviews.companyId} = ${p('companyId')}`);
  if (filter.reported) where.push(hasOpenReports);
  if (filter.reason !== undefined) where.push(sql`${m} -> 'reasons' @> jsonb_build_array(${p('reason')}::text)`);
  return where;
}

/** The shape of a filter: which statements it needs. */
const shapeOf = (filter: QueueFilter) => `${filter.companyId !== undefined}:${filter.reason !== undefined}:${filter.reported === true}`;
const valuesOf = (filter: QueueFilter) => ({ companyId: filter.companyId, reason: filter.reason });

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

/** Rows strictly after the cursor in the order: (a beyond x) or (a = x and (…)), its values as placeholders k0…k4. */
function afterKey(order: Order, i = 0): SQL {
  const { expr, dir } = order[i]!;
  const value = p(`k${i}`);
  const beyond = dir === 'asc' ? sql`${expr} > ${value}` : sql`${expr} < ${value}`;
  if (i === order.length - 1) return beyond;
  return sql`(${beyond} or (${expr} = ${value} and ${afterKey(order, i + 1)}))`;
}

/**
 * The cursor's condition, led by a bound on the first key (implied by the rest) that PostgreSQL can start an
 * index walk at instead of filtering the queue from its head.
 */
const afterCursor = (order: Order) => sql`${order[0]!.expr} <= ${p('k0')} and ${afterKey(order)}`;

const keyValues = (key: QueueKey) => Object.fromEntries(key.map((v, i) => [`k${i}`, v]));

/**
 * Built once, run unnamed: Drizzle's building cost a queue page more of the server's CPU than reading its answers
 * (a fifth of it), and PostgreSQL still plans each run with its values, as the queue's plan tests expect.
 */
const UNNAMED = '';

export function moderationQueueQueries(db: PgDb) {
  const pages = new Map<string, { execute(values: Record<string, unknown>): Promise<QueueRow[]> }>();
  const counts = new Map<string, { execute(values: Record<string, unknown>): Promise<{ n: number }[]> }>();

  /** One part of the queue in its order, up to the placeholder `limitName`. */
  function part(which: 'pending' | 'reported', filter: QueueFilter, hasCursor: boolean, limitName: string) {
    const order = which === 'pending' ? PENDING_ORDER : REPORTED_ORDER;
    const where = conditions(filter, which === 'pending' ? isPendingUnreported : isReported);
    if (hasCursor) where.push(afterCursor(order));
    return db
      .select({
        ...getTableColumns(reviews),
        queueTier: sql<number>`${tier}`.mapWith(Number).as('queue_tier'),
        queueRisk: sql<number>`${order[0]!.expr}`.mapWith(Number).as('queue_risk'),
      })
      .from(reviews)
      .where(and(...where))
      .orderBy(...order.map(({ expr, dir }) => (dir === 'asc' ? sql`${expr} asc` : sql`${expr} desc`)))
      .limit(p(limitName));
  }

  /**
   * A page's reviews, both parts in one statement (each round trip to PostgreSQL costs the server more CPU than
   * the rows it brings): PostgreSQL plans each part of the UNION ALL apart, the pending one walking the index.
   */
  function page(withPending: boolean, filter: QueueFilter, hasCursor: boolean) {
    const key = `${withPending}:${shapeOf(filter)}:${hasCursor}`;
    let found = pages.get(key);
    if (!found) {
      const reported = part('reported', filter, hasCursor, 'limit');
      found = (withPending ? unionAll(part('pending', filter, hasCursor, 'pendingLimit'), reported) : reported).prepare(UNNAMED);
      pages.set(key, found);
    }
    return found;
  }

  // The pending total of the site, of one company or of one reason comes from the counts kept with each review
  // change (db/figure-changes.ts): counting a reason otherwise reads every pending review's moderation record.
  const r = queueReasonCounts;
  const keptPending = (filter: QueueFilter) => {
    if (filter.reason !== undefined) {
      const company = filter.companyId === undefined ? undefined : eq(r.companyId, p('companyId'));
      return { sum: sql`coalesce(sum(${r.count}), 0)`, from: r, where: and(eq(r.reason, p('reason')), company) };
    }
    const where = filter.companyId === undefined ? undefined : eq(queueCounts.companyId, p('companyId'));
    return { sum: sql`coalesce(sum(${queueCounts.pending}), 0)`, from: queueCounts, where };
  };
  const reportedCount = (filter: QueueFilter, base: SQL) =>
    db
      .select({ n: count() })
      .from(reviews)
      .where(and(...conditions(filter, base)));

  /**
   * The queue's total in one statement: pending reviews from the kept counts plus the (few) reported ones counted;
   * with the reported filter, the reviews that have open reports. With `pendingOnly`, the kept count alone.
   */
  function counter(filter: QueueFilter, pendingOnly = false) {
    const key = `${shapeOf(filter)}:${pendingOnly}`;
    let found = counts.get(key);
    if (!found) {
      if (filter.reported) found = reportedCount(filter, inQueue).prepare(UNNAMED);
      else {
        const kept = keptPending(filter);
        const n = pendingOnly ? kept.sum : sql`${kept.sum} + (${reportedCount(filter, isReportedPublished)})`;
        found = db
          .select({ n: sql<number>`${n}`.mapWith(Number) })
          .from(kept.from)
          .where(kept.where)
          .prepare(UNNAMED);
      }
      counts.set(key, found);
    }
    return found;
  }
  const countOf = async (filter: QueueFilter, pendingOnly = false) =>
    (await counter(filter, pendingOnly).execute(valuesOf(filter)))[0]?.n ?? 0;

  /** Each reason's pending reviews from the kept counts and its reported published ones, counted in one statement. */
  const reasonCountsOf = (forCompany: boolean) => {
    const pending = sql`select ${r.reason} as reason, ${r.count} as n from ${r}
      ${forCompany ? sql`where ${r.companyId} = ${p('companyId')}` : sql``}`;
    const company = forCompany ? sql` and ${reviews.companyId} = ${p('companyId')}` : sql``;
    const reported = sql`select r.value, 1 from ${reviews}, jsonb_array_elements_text(${reviews.moderation} -> 'reasons') r(value)
      where (${isReportedPublished})${company}`;
    return db
      .select({ reason: sql<string>`queued.reason`, count: sql<number>`sum(queued.n)`.mapWith(Number) })
      .from(sql`(${pending} union all ${reported}) as queued`)
      .groupBy(sql`queued.reason`)
      .prepare(UNNAMED);
  };
  const reasonCounts = { all: reasonCountsOf(false), company: reasonCountsOf(true) };

  return {
    /**
     * One page in queue order. Unreported pending reviews and reported ones (published, or hidden by reports) are
     * the two parts of one statement, merged here: the first walks reviews_queue_order and stops at the page's end;
     * the second starts from the small reports table and adds the reports' weight to each one's risk.
     */
    async listQueue(filter: QueueFilter, after: QueueKey | null, limit: number): Promise<QueueRow[]> {
      // A reason's pending reviews are found by walking the pending ones in queue order until the page is full;
      // there are no more of them than the kept count, so the walk stops at the last one (or never starts).
      const pendingLimit = filter.reported ? 0 : filter.reason === undefined ? limit : Math.min(limit, await countOf(filter, true));
      const values = { ...valuesOf(filter), ...(after ? keyValues(after) : {}), limit, pendingLimit };
      const rows = await page(pendingLimit > 0, filter, after !== null).execute(values);
      return rows.sort((a, b) => compareKeys(queueKeyOf(a), queueKeyOf(b))).slice(0, limit);
    },
    /** The pending part from the kept counts, the reported one counted: one count over both would walk every review. */
    countQueue: (filter: QueueFilter): Promise<number> => countOf(filter),
    /**
     * How many queued reviews carry each pipeline reason, for the filter menu: the pending ones from the kept counts
     * (queue_reason_counts), the few reported published ones counted here.
     */
    async countQueueReasons(companyId?: number): Promise<{ reason: string; count: number }[]> {
      const rows = await reasonCounts[companyId === undefined ? 'all' : 'company'].execute({ companyId });
      return rows
        .filter(({ count }) => count > 0)
        .sort((a, b) => b.count - a.count || (a.reason < b.reason ? -1 : a.reason > b.reason ? 1 : 0));
    },
  };
}
