// The search index's name on both stores. It is derived from the published reviews, so a copy or a rebuild
// writes it anew rather than reading it: on SQLite it is an FTS5 table with shadow tables beside it.
export const SEARCH_INDEX_TABLE = 'review_search';

/** SQLite's FTS5 table and its shadow tables (review_search_data, _idx, _docsize, _config). */
export const isSearchIndexTable = (name: string) => name === SEARCH_INDEX_TABLE || name.startsWith(`${SEARCH_INDEX_TABLE}_`);
