// The moderator queue, one keyset page at a time, with each review's open reader reports.
import type { CompanyRow, QueueKey, QueueRow, ReviewReportRow, Store } from '../store';
import { REPORTED_FILTER, type QueueItem, type QueuePage, type QueueQuery } from '../../contract/moderation';
import type { ReportReason } from '../../contract/reader';
import { invalid, notFound } from '../app-error';
import { presentModeratedReview } from './record';
import { publishedRepliesOf } from '../replies/present-reply';
import { findReportBurst } from '../readers/report-burst';
import { isoTime } from '../iso-time';

/** A review's open reports as the API gives them, with the burst they make (if any). */
const presentOpenReports = (open: readonly ReviewReportRow[]): Pick<QueueItem, 'reports' | 'reportBurst'> => ({
  reports: open.map((r) => ({ reason: r.reason as ReportReason, note: r.note, createdAt: isoTime(r.createdAt) })),
  reportBurst: findReportBurst(open.map((r) => r.createdAt)),
});

/** The queue's sort key of a row, as the store orders it: [queueRisk, tier, reportCount, createdAt, id]. */
const queueKeyOf = (r: QueueRow): QueueKey => [r.queueRisk, r.queueTier, r.reportCount, r.createdAt, r.id];

const encodeQueueCursor = (key: QueueKey) => Buffer.from(JSON.stringify(['r', ...key])).toString('base64url');

function decodeQueueCursor(cursor: string): QueueKey | null {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(parsed) || parsed.length !== 6 || parsed[0] !== 'r') return null;
    const key = parsed.slice(1);
    return key.every((v) => typeof v === 'number' && Number.isFinite(v)) ? (key as QueueKey) : null;
  } catch {
    return null;
  }
}

export async function listQueue(store: Store, query: QueueQuery): Promise<QueuePage> {
  const company = query.company === undefined ? undefined : await store.findCompanyBySlug(query.company);
  if (query.company !== undefined && !company) throw invalid({ company: 'Unknown company' });
  const after = query.cursor === undefined ? null : decodeQueueCursor(query.cursor);
  if (query.cursor !== undefined && after === null) throw invalid({ cursor: 'Invalid cursor' });

  const reported = query.reason === REPORTED_FILTER;
  const filter = { companyId: company?.id, reported, reason: reported ? undefined : query.reason };
  const rows = await store.listQueue(filter, after, query.limit + 1);
  const page = rows.slice(0, query.limit);
  const ids = page.map((r) => r.id);
  const [reports, replies] = await Promise.all([store.findOpenReports(ids), publishedRepliesOf(store, ids)]);

  const companies = new Map<number, CompanyRow>();
  const items: QueueItem[] = [];
  for (const row of page) {
    if (!companies.has(row.companyId)) {
      const found = await store.findCompanyById(row.companyId);
      if (!found) throw notFound('Company');
      companies.set(row.companyId, found);
    }
    items.push({
      review: {
        ...presentModeratedReview(row, companies.get(row.companyId)!, replies.get(row.id)),
        queueTier: row.queueTier,
        queueRisk: row.queueRisk,
      },
      ...presentOpenReports(reports.filter((r) => r.reviewId === row.id)),
    });
  }
  const last = page[page.length - 1];
  return {
    items,
    nextCursor: rows.length > query.limit && last ? encodeQueueCursor(queueKeyOf(last)) : null,
    total: await store.countQueue(filter),
    reasons: await store.countQueueReasons(company?.id),
  };
}

/** One review with its open reports, whatever its status (moderators only). */
export async function getModeratedReview(store: Store, id: number): Promise<QueueItem> {
  const row = await store.findReviewById(id);
  const company = row && (await store.findCompanyById(row.companyId));
  if (!row || !company) throw notFound('Review');
  return {
    review: presentModeratedReview(row, company, await store.findReply(id)),
    ...presentOpenReports(await store.findOpenReports([id])),
  };
}
