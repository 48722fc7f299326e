-- The search index (db/sqlite/queries/review-search.ts): one row a published review. Its rowid is the company's
-- id × 2^32 + the review's id, so a company's entries are one rowid range: its search seeks into each word's
-- postings and never walks another company's, nor intersects with a list of the company's reviews. Contentless:
-- the text lives only in reviews; a review leaves with the values it was indexed with ('delete'), and
-- secure-delete takes its words out of the pages at once (contentless_delete's tombstones would leave them in
-- the file until a merge). '-' and '_' are separators, not token characters: "E-1234" is the words "e" "1234",
-- found as a phrase and by "1234" alone. Prefix indexes of 2 to 12 characters keep the last word's prefix from
-- merging every word that starts like it (a one-character last word is matched whole).
CREATE VIRTUAL TABLE `review_search` USING fts5(words, content='', prefix='2 3 4 5 6 7 8 9 10 11 12', tokenize='unicode61 remove_diacritics 2');
--> statement-breakpoint
INSERT INTO `review_search` (`review_search`, `rank`) VALUES ('secure-delete', 1);
--> statement-breakpoint
INSERT INTO `review_search` (rowid, words)
  SELECT company_id * 4294967296 + id, coalesce(title, '') || char(10) || body FROM reviews WHERE status = 'published';
