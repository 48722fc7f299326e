// Review rows: insert, lookup, status change, and the keyset-paginated public list.
import { and, asc, desc, eq, sql, type SQL, type AnyColumn } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { reviews, type NewReviewRow, type ReviewRow, type ReviewStatus } from '../schema';

/** Fields of a stored review that an edit, a decision or a later outcome may change. */
export type ReviewPatch = Partial<
  Pick<
    ReviewRow,
    | 'status'
    | 'rating'
    | 'title'
    | 'body'
    | 'displayName'
    | 'issueType'
    | 'contactMethod'
    | 'billingParty'
    | 'responseTime'
    | 'nextStepsExplained'
    | 'outcome'
    | 'resolved'
    | 'device'
    | 'moderation'
    | 'riskScore'
    | 'sentimentScore'
    | 'sentimentLabel'
    | 'helpfulCount'
    | 'reportCount'
  >
>;

export type ListSort = 'newest' | 'oldest' | 'highest' | 'lowest' | 'helpful';

export interface ListFilter {
  companyId: number;
  status: ReviewStatus;
  issueType?: string;
  contactMethod?: string;
  billingParty?: string;
  resolved?: string;
  rating?: number;
}

type KeyPart = { column: AnyColumn; dir: 'asc' | 'desc'; read: (r: ReviewRow) => number };

/** Sort keys; the id last makes every order total, so a cursor never skips or repeats a row. */
const SORT_KEYS: Record<ListSort, KeyPart[]> = {
  newest: [
    { column: reviews.createdAt, dir: 'desc', read: (r) => r.createdAt },
    { column: reviews.id, dir: 'desc', read: (r) => r.id },
  ],
  oldest: [
    { column: reviews.createdAt, dir: 'asc', read: (r) => r.createdAt },
    { column: reviews.id, dir: 'asc', read: (r) => r.id },
  ],
  highest: [
    { column: reviews.rating, dir: 'desc', read: (r) => r.rating },
    { column: reviews.createdAt, dir: 'desc', read: (r) => r.createdAt },
    { column: reviews.id, dir: 'desc', read: (r) => r.id },
  ],
  lowest: [
    { column: reviews.rating, dir: 'asc', read: (r) => r.rating },
    { column: reviews.createdAt, dir: 'desc', read: (r) => r.createdAt },
    { column: reviews.id, dir: 'desc', read: (r) => r.id },
  ],
  helpful: [
    { column: reviews.helpfulCount, dir: 'desc', read: (r) => r.helpfulCount },
    { column: reviews.createdAt, dir: 'desc', read: (r) => r.createdAt },
    { column: reviews.id, dir: 'desc', read: (r) => r.id },
  ],
};

export const sortKeyLength = (sort: ListSort) => SORT_KEYS[sort].length;

/** The values a cursor carries for a row: its sort key. */
export const cursorValuesOf = (sort: ListSort, row: ReviewRow) => SORT_KEYS[sort].map((k) => k.read(row));

/** Rows strictly after the cursor in the sort order: (a > x) or (a = x and (b > y or …)). */
function afterCursor(keys: KeyPart[], values: number[]): SQL {
  const [first, ...rest] = keys;
  const value = values[0]!;
  const beyond = first!.dir === 'asc' ? sql`${first!.column} > ${value}` : sql`${first!.column} < ${value}`;
  if (rest.length === 0) return beyond;
  return sql`(${beyond} or (${first!.column} = ${value} and ${afterCursor(rest, values.slice(1))}))`;
}

export function reviewQueries(db: DbOrTx) {
  const insert = db
    .insert(reviews)
    .values({
      companyId: sql.placeholder('companyId'),
      rating: sql.placeholder('rating'),
      title: sql.placeholder('title'),
      body: sql.placeholder('body'),
      displayName: sql.placeholder('displayName'),
      issueType: sql.placeholder('issueType'),
      contactMethod: sql.placeholder('contactMethod'),
      billingParty: sql.placeholder('billingParty'),
      responseTime: sql.placeholder('responseTime'),
      nextStepsExplained: sql.placeholder('nextStepsExplained'),
      outcome: sql.placeholder('outcome'),
      resolved: sql.placeholder('resolved'),
      device: sql.placeholder('device'),
      status: sql.placeholder('status'),
      moderation: sql.placeholder('moderation'),
      riskScore: sql.placeholder('riskScore'),
      sentimentScore: sql.placeholder('sentimentScore'),
      sentimentLabel: sql.placeholder('sentimentLabel'),
      clientHash: sql.placeholder('clientHash'),
      bodyHash: sql.placeholder('bodyHash'),
      manageTokenHash: sql.placeholder('manageTokenHash'),
      createdAt: sql.placeholder('createdAt'),
      updatedAt: sql.placeholder('updatedAt'),
      publishedAt: sql.placeholder('publishedAt'),
    })
    .returning()
    .prepare();
  const byId = db
    .select()
    .from(reviews)
    .where(eq(reviews.id, sql.placeholder('id')))
    .prepare();
  const setStatus = db
    .update(reviews)
    .set({
      status: sql`${sql.placeholder('to')}`,
      updatedAt: sql`${sql.placeholder('now')}`,
      publishedAt: sql`case when ${sql.placeholder('to')} = 'published' then coalesce(${reviews.publishedAt}, ${sql.placeholder('now')}) else ${reviews.publishedAt} end`,
    })
    .where(and(eq(reviews.id, sql.placeholder('id')), eq(reviews.status, sql.placeholder('from'))))
    .returning()
    .prepare();

  return {
    insertReview(row: Omit<NewReviewRow, 'id'>): ReviewRow {
      const values = {
        title: null,
        responseTime: null,
        nextStepsExplained: null,
        outcome: null,
        device: null,
        moderation: '{}',
        riskScore: 0,
        sentimentScore: null,
        sentimentLabel: null,
        clientHash: null,
        bodyHash: null,
        manageTokenHash: null,
        publishedAt: null,
        ...row,
      };
      // better-sqlite3 binds booleans only as integers.
      return insert.get({ ...values, nextStepsExplained: values.nextStepsExplained == null ? null : Number(values.nextStepsExplained) })!;
    },
    findReviewById: (id: number): ReviewRow | undefined => byId.get({ id }),
    /** Applies the patch only if the review is still `expected`; undefined means someone else changed it first. */
    patchReview(id: number, expected: ReviewStatus, patch: ReviewPatch, now: number): ReviewRow | undefined {
      const publishedAt = patch.status === 'published' ? sql`coalesce(${reviews.publishedAt}, ${now})` : undefined;
      return db
        .update(reviews)
        .set({ ...patch, updatedAt: now, ...(publishedAt ? { publishedAt } : {}) })
        .where(and(eq(reviews.id, id), eq(reviews.status, expected)))
        .returning()
        .get();
    },
    deleteReview: (id: number): ReviewRow | undefined => db.delete(reviews).where(eq(reviews.id, id)).returning().get(),
    /** Changes the status only if it is still `from`; undefined means someone else changed it first. */
    updateReviewStatus: (id: number, from: ReviewStatus, to: ReviewStatus, now: number): ReviewRow | undefined =>
      setStatus.get({ id, from, to, now }),
    listReviews(filter: ListFilter, sort: ListSort, after: number[] | null, limit: number): ReviewRow[] {
      const keys = SORT_KEYS[sort];
      const conditions: SQL[] = [eq(reviews.companyId, filter.companyId), eq(reviews.status, filter.status)];
      if (filter.issueType) conditions.push(eq(reviews.issueType, filter.issueType));
      if (filter.contactMethod) conditions.push(eq(reviews.contactMethod, filter.contactMethod));
      if (filter.billingParty) conditions.push(eq(reviews.billingParty, filter.billingParty));
      if (filter.resolved) conditions.push(eq(reviews.resolved, filter.resolved));
      if (filter.rating) conditions.push(eq(reviews.rating, filter.rating));
      if (after) conditions.push(afterCursor(keys, after));
      return db
        .select()
        .from(reviews)
        .where(and(...conditions))
        .orderBy(...keys.map((k) => (k.dir === 'asc' ? asc(k.column) : desc(k.column))))
        .limit(limit)
        .all();
    },
  };
}
