// The search index on PostgreSQL, the twin of SQLite's FTS5 table review_search (db/sqlite/migrations/0018): one
// row a published review, its words as a tsvector (earful_search_document, migration 0004), its company beside it.
// Written with the figures (queries/figure-writes.ts); the parity test pairs it with the FTS5 table.
import { customType, index, integer, pgTable } from 'drizzle-orm/pg-core';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

export const reviewSearch = pgTable(
  'review_search',
  {
    reviewId: integer('review_id').primaryKey(),
    companyId: integer('company_id').notNull(),
    document: tsvector('document').notNull(),
  },
  (t) => [
    // A common word walks the company's newest entries; a rare one is looked up in the GIN index. New entries wait
    // in the index's pending list, which every lookup reads whole: kept to 128 KB (PostgreSQL's default is 4 MB).
    index('review_search_company').on(t.companyId, t.reviewId),
    index('review_search_document').using('gin', t.document).with({ gin_pending_list_limit: 128 }),
  ],
);
