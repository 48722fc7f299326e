// The moderator queue: pending reviews and published ones readers reported. Riskiest first by the risk a
// moderator sees (the pipeline's score, plus what open reader reports add), then by kind (personal data found,
// heavy language, spam signals, the rest), then by reports, then oldest first.
import { and, count, eq, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../connection';
import { queueCounts, queueReasonCounts, reviewReports, reviews, type ReviewRow } from '../schema';
import { queueReasonsSql, queueTierSql } from '../schema/queue-tier';
import { FURTHER_REPORTS_RISK_MAX, REPORT_RISK } from '../../../server/contract/moderation-tiers';

export interface QueueFilter {
  companyId?: number;
  /** A pipeline reason as stored in the moderation record's reasons. */
  reason?: string;
  /** Only reviews with open reader reports. */
  reported?: boolean;
}

/** A queued review with its tier (QUEUE_TIERS) and its risk in the queue (its score plus its reports' weight). */
export type QueueRow = ReviewRow & { queueTier: number; queueRisk: number };

/** The queue's sort key of a row: [queueRisk, tier, reportCount, createdAt, id]. */
export type QueueKey = [number, number, number, number, number];
export const queueKeyOf = (r: QueueRow): QueueKey => [r.queueRisk, r.queueTier, r.reportCount, r.createdAt, r.id];

const tier = queueTierSql(reviews.moderation);
const reasons = queueReasonsSql(reviews.moderation);

/**
 * Reviews with open reader reports, found through the (small) reports table: checking report_count on every
 * published review instead scans them all.
 */
const hasOpenReports = sql`${reviews.id} in (select ${reviewReports.reviewId} from ${reviewReports} where ${reviewReports.resolvedAt} is null)`;

// A literal, not a bound value: only then may SQLite use the partial index reviews_queue_order.
const isPending = sql`${reviews.status} = 'pending'`;
// The unary + keeps SQLite from answering this by walking every published review through an index on status;
// it then looks the reported ids up by rowid instead.
const isReportedPublished = and(sql`+${reviews.status} = 'published'`, hasOpenReports)!;
const inQueue = or(isPending, isReportedPublished)!;
/** Pending reviews without open reports walk the index; reported ones (published, or hidden by reports) go apart. */
const isPendingUnreported = and(isPending, sql`not ${hasOpenReports}`)!;
const isReported = and(sql`+${reviews.status} in ('pending', 'published')`, hasOpenReports)!;

const reportWeight = sql.join(
  Object.entries(REPORT_RISK).map(([reason, weight]) => sql`when ${sql.raw(`'${reason}'`)} then ${sql.raw(String(weight))}`),
  sql` `,
);
/** A reported review's risk: its own score plus the gravest open report's weight and one per further report. */
const reportedRisk = sql<number>`(${reviews.riskScore} + (select max(case ${reviewReports.reason} ${reportWeight} else 0 end)
  + min(count(*) - 1, ${sql.raw(String(FURTHER_REPORTS_RISK_MAX))}) from ${reviewReports}
  where ${reviewReports.reviewId} = ${reviews.id} and ${reviewReports.resolvedAt} is null))`;

const p = sql.placeholder;
const ofCompany = sql`+${reviews.companyId} = ${p('companyId')}`;

/**
 * The filter's conditions, with placeholders (companyId, reason) for a statement prepared once per shape. The
 * company's `+` keeps SQLite from answering through an index on company_id: a page then walks the queue's order
 * rather than sorting the company's reviews, and a count of reported reviews starts from the open reports rather
 * than walking every review of the company, which it otherwise does on a database without statistics, as the
 * site's is (docs/decisions.md#queue-reads-on-sqlite).
 */
function conditions(filter: QueueFilter, base: SQL): SQL[] {
  const where: SQL[] = [base];
  if (filter.companyId !== undefined) where.push(ofCompany);
  if (filter.reported) where.push(hasOpenReports);
  if (filter.reason !== undefined) {
    // The reasons as the queue index holds them: a page tests them there, reading no row it does not show.
    where.push(sql`exists (select 1 from json_each(${reasons}) where value = ${p('reason')})`);
  }
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

const keyValues = (key: QueueKey) => Object.fromEntries(key.map((v, i) => [`k${i}`, v]));

export function moderationQueueQueries(db: DbOrTx) {
  // Building these statements costs Drizzle more than running them: each shape is prepared once.
  const pages = new Map<string, { all(values: Record<string, unknown>): { review: ReviewRow; queueTier: number; queueRisk: number }[] }>();
  const counts = new Map<string, { get(values: Record<string, unknown>): { n: number } | undefined }>();

  function page(part: 'pending' | 'reported', filter: QueueFilter, hasCursor: boolean) {
    const key = `${part}:${shapeOf(filter)}:${hasCursor}`;
    let found = pages.get(key);
    if (!found) {
      const order = part === 'pending' ? PENDING_ORDER : REPORTED_ORDER;
      const where = conditions(filter, part === 'pending' ? isPendingUnreported : isReported);
      if (hasCursor) where.push(afterKey(order));
      found = db
        .select({ review: reviews, queueTier: tier, queueRisk: sql<number>`${order[0]!.expr}` })
        .from(reviews)
        .where(and(...where))
        .orderBy(...order.map(({ expr, dir }) => (dir === 'asc' ? sql`${expr} asc` : sql`${expr} desc`)))
        .limit(p('limit'))
        .prepare();
      pages.set(key, found);
    }
    return found;
  }

  // The pending total of the site or one company, and of one reason, from the counts kept with every review change
  // (db/figure-changes.ts): counting a reason otherwise reads every pending review's moderation record.
  const keptReason = {
    all: db
      .select({ n: sql<number>`coalesce(sum(${queueReasonCounts.count}), 0)` })
      .from(queueReasonCounts)
      .where(eq(queueReasonCounts.reason, p('reason')))
      .prepare(),
    company: db
      .select({ n: sql<number>`coalesce(sum(${queueReasonCounts.count}), 0)` })
      .from(queueReasonCounts)
      .where(and(eq(queueReasonCounts.companyId, p('companyId')), eq(queueReasonCounts.reason, p('reason'))))
      .prepare(),
  };
  const keptPending = {
    all: db
      .select({ n: sql<number>`coalesce(sum(${queueCounts.pending}), 0)` })
      .from(queueCounts)
      .prepare(),
    company: db
      .select({ n: queueCounts.pending })
      .from(queueCounts)
      .where(eq(queueCounts.companyId, p('companyId')))
      .prepare(),
  };

  const reasonCountsOf = (forCompany: boolean) => {
    const q = queueReasonCounts;
    const company = forCompany ? sql` and ${ofCompany}` : sql``;
    return {
      pending: db
        .select({ reason: q.reason, count: sql<number>`sum(${q.count})` })
        .from(q)
        .where(forCompany ? eq(q.companyId, p('companyId')) : undefined)
        .groupBy(q.reason)
        .prepare(),
      reported: db
        .select({ reason: sql<string>`r.value`, count: sql<number>`count(*)` })
        .from(sql`${reviews}, json_each(${reviews.moderation}, '$.reasons') r`)
        .where(sql`(${isReportedPublished})${company}`)
        .groupBy(sql`r.value`)
        .prepare(),
    };
  };
  const reasonCounts = { all: reasonCountsOf(false), company: reasonCountsOf(true) };

  /** Pending reviews are counted from the kept counts; reported ones, few, from their open reports. */
  function counter(part: 'pending' | 'reported' | 'all', filter: QueueFilter) {
    if (part === 'pending') {
      const kept = filter.reason === undefined ? keptPending : keptReason;
      return filter.companyId === undefined ? kept.all : kept.company;
    }
    const key = `${part}:${shapeOf(filter)}`;
    let found = counts.get(key);
    if (!found) {
      found = db
        .select({ n: count() })
        .from(reviews)
        .where(and(...conditions(filter, part === 'reported' ? isReportedPublished : inQueue)))
        .prepare();
      counts.set(key, found);
    }
    return found;
  }

  return {
    /**
     * One page in queue order. Unreported pending and reported reviews are read apart and merged, so neither read
     * sorts every pending review: the first walks reviews_queue_order, the second starts from the reports.
     */
    listQueue(filter: QueueFilter, after: QueueKey | null, limit: number): QueueRow[] {
      const values = { ...valuesOf(filter), ...(after ? keyValues(after) : {}), limit };
      const parts = filter.reported ? (['reported'] as const) : (['pending', 'reported'] as const);
      const rows = parts.flatMap((part) => {
        // A reason's pending reviews are found by walking every pending review in queue order until the page is
        // full. There are no more of them than the kept count, so the walk stops at the last one (or never starts).
        const partLimit =
          part === 'pending' && filter.reason !== undefined ? Math.min(limit, counter('pending', filter).get(values)?.n ?? 0) : limit;
        if (partLimit === 0) return [];
        return page(part, filter, after !== null)
          .all({ ...values, limit: partLimit })
          .map(({ review, queueTier, queueRisk }) => ({ ...review, queueTier, queueRisk }));
      });
      return rows.sort((a, b) => compareKeys(queueKeyOf(a), queueKeyOf(b))).slice(0, limit);
    },
    /** Counted apart like the page: one count over both would walk every review of the company or the site. */
    countQueue(filter: QueueFilter): number {
      const parts = filter.reported ? (['all'] as const) : (['pending', 'reported'] as const);
      return parts.reduce((n, part) => n + (counter(part, filter).get(valuesOf(filter))?.n ?? 0), 0);
    },
    /**
     * How many queued reviews carry each pipeline reason, for the filter menu: the pending ones from the counts
     * kept with every review change (queue_reason_counts), the few reported published ones counted here.
     */
    countQueueReasons(companyId?: number): { reason: string; count: number }[] {
      const { pending, reported } = reasonCounts[companyId === undefined ? 'all' : 'company'];
      const values = { companyId };
      const counts = new Map<string, number>();
      for (const { reason, count } of [...pending.all(values), ...reported.all(values)])
        counts.set(reason, (counts.get(reason) ?? 0) + count);
      return [...counts]
        .filter(([, count]) => count > 0)
        .map(([reason, count]) => ({ reason, count }))
        .sort((a, b) => b.count - a.count || (a.reason < b.reason ? -1 : a.reason > b.reason ? 1 : 0));
    },
  };
}
