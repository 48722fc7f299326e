// Review rows on PostgreSQL: insert, lookup, status change, edit and erasure (the public list is in review-list.ts).
// The twin of db/sqlite/queries/reviews.ts.
import { and, eq, getTableColumns, sql } from 'drizzle-orm';
import type { PgQuery } from '../connection';
import { namedStatement } from './named-query';
import { NEW_REVIEW_DEFAULTS } from '../../review-defaults';
import { reviews } from '../schema';
import type { NewReviewRow, ReviewRow, ReviewStatus } from '../../../server/contract/store';
import type { ReviewPatch } from '../../../server/contract/store';

const columns = Object.entries(getTableColumns(reviews));
const written = columns.filter(([key]) => key !== 'id');
for (const [key, column] of written) {
  if (typeof column.default === 'object' && column.default !== null)
    throw new Error(`reviews.${key}: an SQL default needs the query builder`);
}
const insertOne = namedStatement<Record<string, unknown>>(
  `insert into reviews (${written.map(([, c]) => `"${c.name}"`).join(', ')})
   values (${written.map((_, i) => `$${i + 1}`).join(', ')}) returning *`,
);

/** One new review, by a statement written once (a submission's hot path); its defaults as the schema's. */
export async function insertReview(q: PgQuery, row: Omit<NewReviewRow, 'id'>): Promise<ReviewRow> {
  const values: Record<string, unknown> = { ...NEW_REVIEW_DEFAULTS, ...row };
  const params = written.map(([key, column]) => {
    const value = values[key] ?? column.default ?? null;
    return value === null ? null : column.mapToDriverValue(value);
  });
  const [stored] = await insertOne(q, params);
  return Object.fromEntries(
    columns.map(([key, column]) => {
      const value = stored![column.name];
      return [key, value === null || value === undefined ? null : column.mapFromDriverValue(value)];
    }),
  ) as unknown as ReviewRow;
}

/** `lock`: the row stays locked until the transaction ends, so a decision made on it cannot be made twice. */
export async function findReviewById(q: PgQuery, id: number, lock = false): Promise<ReviewRow | undefined> {
  const query = q.select().from(reviews).where(eq(reviews.id, id));
  const [row] = lock ? await query.for('update') : await query;
  return row as ReviewRow | undefined;
}

/** Applies the patch only if the review is still `expected`; undefined means someone else changed it first. */
export async function patchReview(q: PgQuery, id: number, expected: ReviewStatus, patch: ReviewPatch, now: number) {
  const publishedAt = patch.status === 'published' ? sql`coalesce(${reviews.publishedAt}, ${now})` : undefined;
  const [row] = await q
    .update(reviews)
    .set({ ...patch, updatedAt: now, ...(publishedAt ? { publishedAt } : {}) })
    .where(and(eq(reviews.id, id), eq(reviews.status, expected)))
    .returning();
  return row as ReviewRow | undefined;
}

export async function deleteReview(q: PgQuery, id: number): Promise<ReviewRow | undefined> {
  const [row] = await q.delete(reviews).where(eq(reviews.id, id)).returning();
  return row as ReviewRow | undefined;
}

/** Changes the status only if it is still `from`; undefined means someone else changed it first. */
export async function updateReviewStatus(q: PgQuery, id: number, from: ReviewStatus, to: ReviewStatus, now: number) {
  const [row] = await q
    .update(reviews)
    .set({
      status: to,
      updatedAt: now,
      publishedAt: sql`case when ${to}::text = 'published' then coalesce(${reviews.publishedAt}, ${now}) else ${reviews.publishedAt} end`,
    })
    .where(and(eq(reviews.id, id), eq(reviews.status, from)))
    .returning();
  return row as ReviewRow | undefined;
}
