-- The words a review is found by, folded as SQLite's FTS5 tokenizer folds them (unicode61 remove_diacritics 2):
-- lower case, accents off, every run of characters that are not letters or digits a separator ("E-1234" is the
-- words "e" "1234"), under the simple configuration (no stemming, no stop words), so both stores match the same words.
CREATE FUNCTION earful_search_document(title text, body text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN to_tsvector('simple'::regconfig, regexp_replace(regexp_replace(normalize(lower(coalesce(title, '') || ' ' || body), NFD),
    '[\u0300-\u036f]', '', 'g'), '[^[:alnum:]]+', ' ', 'g'));
--> statement-breakpoint
INSERT INTO "review_search" ("review_id", "company_id", "document")
  SELECT "id", "company_id", earful_search_document("title", "body") FROM "reviews" WHERE "status" = 'published';
