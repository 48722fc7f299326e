-- Every GIN lookup reads the index's whole pending list of new entries: kept to 128 KB instead of 4 MB. Set in
-- place (drizzle-kit would drop and rebuild the index, a minute at a million reviews).
ALTER INDEX "review_search_document" SET (gin_pending_list_limit = 128);
